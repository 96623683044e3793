package dev.fakecognito.samples.triggers;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A Pre sign-up trigger as an application would write it: only invited email domains may sign
 * up, and their users are confirmed at once. It works on the JSON event Cognito sends.
 */
public final class InviteOnlyPreSignUp implements Function<Map<String, Object>, Map<String, Object>> {

  private final Set<String> invitedDomains;

  public InviteOnlyPreSignUp(Set<String> invitedDomains) {
    this.invitedDomains = Set.copyOf(invitedDomains);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> apply(Map<String, Object> event) {
    Map<String, Object> request = (Map<String, Object>) event.get("request");
    Map<String, Object> attributes = (Map<String, Object>) request.get("userAttributes");
    String email = String.valueOf(attributes.get("email"));
    String domain = email.substring(email.indexOf('@') + 1);
    if (!invitedDomains.contains(domain)) {
      throw new IllegalArgumentException("Domain " + domain + " is not invited");
    }
    Map<String, Object> response = (Map<String, Object>) event.get("response");
    response.put("autoConfirmUser", true);
    response.put("autoVerifyEmail", true);
    return event;
  }
}
