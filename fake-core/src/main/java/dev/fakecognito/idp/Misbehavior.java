package dev.fakecognito.idp;

/**
 * Ways a {@link FakeSamlProvider} can answer wrongly, to test that the service provider refuses
 * the answer.
 */
public enum Misbehavior {
  /** Answer correctly. */
  NONE,
  /** Change the assertion after signing it, so that its signature no longer verifies. */
  BAD_SIGNATURE,
  /** Sign neither the response nor the assertion. */
  UNSIGNED,
  /** Sign with a key that the metadata does not name. */
  UNKNOWN_KEY,
  /** Name another audience than the service provider in the AudienceRestriction. */
  WRONG_AUDIENCE,
  /** Answer with an assertion whose conditions ended ten minutes ago. */
  EXPIRED,
  /** Answer with an assertion whose conditions start in ten minutes. */
  NOT_YET_VALID,
  /** Put another ID than the AuthnRequest's into InResponseTo. */
  WRONG_IN_RESPONSE_TO,
  /** Name another issuer than the metadata's entityID. */
  WRONG_ISSUER,
  /** Name another Recipient and Destination than the assertion consumer service. */
  WRONG_RECIPIENT,
  /** Answer with status Responder / AuthnFailed and no assertion. */
  STATUS_FAILURE,
  /**
   * Send a forged assertion for another user that carries the signature of the real one, with
   * the real one hidden in the response's Extensions (an XML signature wrapping attack).
   */
  SIGNATURE_WRAPPING
}
