package dev.fakecognito.internal.federation;

import java.time.Instant;

/**
 * A federated identity that AdminLinkProviderForUser linked to a user of the pool: when someone
 * signs in through {@code providerName} and the IdP's {@code attributeName} has {@code
 * attributeValue}, the sign-in lands on the user whose {@code sub} this is.
 *
 * @param providerName the identity provider
 * @param attributeName {@code Cognito_Subject}, or the SAML attribute the link matches on
 * @param attributeValue the value of that attribute
 * @param userSub the {@code sub} of the linked user
 * @param created when the link was made
 */
public record ProviderLink(
    String providerName, String attributeName, String attributeValue, String userSub, Instant created) {

  /** The attribute name of a link on the subject the IdP gives, as Cognito names it. */
  public static final String COGNITO_SUBJECT = "Cognito_Subject";

  /** The key of this link in the pool: provider, attribute and value. */
  public String key() {
    return key(providerName, attributeName, attributeValue);
  }

  static String key(String providerName, String attributeName, String attributeValue) {
    return providerName + "\n" + attributeName + "\n" + attributeValue;
  }
}
