package dev.fakecognito.triggers;

/**
 * A create auth challenge trigger: makes each challenge of a CUSTOM_AUTH sign-in. Register it with
 * {@link Triggers#createAuthChallenge(CreateAuthChallengeHandler)}; see {@link
 * CreateAuthChallengeResponse} for an example.
 */
@FunctionalInterface
public interface CreateAuthChallengeHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  CreateAuthChallengeResponse handle(CreateAuthChallengeEvent event);
}
