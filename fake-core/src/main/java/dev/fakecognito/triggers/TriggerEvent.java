package dev.fakecognito.triggers;

/**
 * The fields every typed trigger event shares, taken from the top of Cognito's JSON event.
 *
 * <p>Each trigger has its own record that implements this interface and adds the trigger's
 * {@code request} fields. A field the event lacks reads as an empty string.
 */
public sealed interface TriggerEvent
    permits PreSignUpEvent, PostConfirmationEvent, PreAuthenticationEvent, PostAuthenticationEvent,
        CustomMessageEvent, DefineAuthChallengeEvent, CreateAuthChallengeEvent,
        VerifyAuthChallengeResponseEvent, PreTokenGenerationEvent, PreTokenGenerationV2Event,
        UserMigrationEvent, CustomSenderEvent {

  /**
   * The event's {@code triggerSource}, which says what fired it.
   *
   * @return for example {@code PreSignUp_SignUp}
   */
  String triggerSource();

  /**
   * The event's {@code region}.
   *
   * @return for example {@code us-east-1}
   */
  String region();

  /**
   * The event's {@code userPoolId}.
   *
   * @return the pool's ID
   */
  String userPoolId();

  /**
   * The event's top-level {@code userName}.
   *
   * @return the user's internal username, or for user migration what the user typed
   */
  String userName();

  /**
   * The app client of the call, from {@code callerContext.clientId}.
   *
   * @return the app client ID, or {@code CLIENT_ID_NOT_APPLICABLE} for admin calls that name no
   *     app client
   */
  String clientId();
}
