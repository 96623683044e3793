package dev.fakecognito.triggers;

/**
 * A define auth challenge trigger: the state machine of a CUSTOM_AUTH sign-in. Register it with
 * {@link Triggers#defineAuthChallenge(DefineAuthChallengeHandler)}; see {@link
 * DefineAuthChallengeResponse} for an example.
 */
@FunctionalInterface
public interface DefineAuthChallengeHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  DefineAuthChallengeResponse handle(DefineAuthChallengeEvent event);
}
