package dev.fakecognito.internal.auth;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/** Tokens, or the next challenge. */
record Outcome(
    @Nullable AuthenticationResultType tokens,
    @Nullable String challengeName,
    Map<String, String> challengeParameters,
    @Nullable String session,
    List<String> availableChallenges) {

  Outcome(@Nullable AuthenticationResultType tokens, @Nullable String challengeName,
      Map<String, String> challengeParameters, @Nullable String session) {
    this(tokens, challengeName, challengeParameters, session, List.of());
  }

  static Outcome tokens(AuthenticationResultType tokens) {
    return new Outcome(tokens, null, Map.of(), null);
  }

  /** The SDK leaves AvailableChallenges out when there are none. */
  @Nullable List<String> available() {
    return availableChallenges.isEmpty() ? null : availableChallenges;
  }
}
