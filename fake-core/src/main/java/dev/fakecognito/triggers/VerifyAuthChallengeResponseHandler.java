package dev.fakecognito.triggers;

/**
 * A verify auth challenge response trigger: checks each answer in a CUSTOM_AUTH sign-in. Register
 * it with {@link Triggers#verifyAuthChallengeResponse(VerifyAuthChallengeResponseHandler)}; see
 * {@link VerifyAuthChallengeResponseResponse} for an example.
 */
@FunctionalInterface
public interface VerifyAuthChallengeResponseHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  VerifyAuthChallengeResponseResponse handle(VerifyAuthChallengeResponseEvent event);
}
