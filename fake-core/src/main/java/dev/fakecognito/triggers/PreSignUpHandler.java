package dev.fakecognito.triggers;

/**
 * A pre sign-up trigger: sees a new user before Cognito creates it, and may reject the sign-up by
 * throwing or confirm the user at once.
 *
 * <p>A handler that throws makes the call fail with {@code UserLambdaValidationException} "PreSignUp
 * failed with error &lt;message&gt;.", and no user is created. Register it with {@link
 * Triggers#preSignUp(PreSignUpHandler)}:
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.preSignUp(event -> {
 *   if (!event.userAttributes().getOrDefault("email", "").endsWith("@example.com")) {
 *     throw new IllegalArgumentException("Only example.com may sign up");
 *   }
 *   return PreSignUpResponse.autoConfirm();
 * }));
 * }</pre>
 */
@FunctionalInterface
public interface PreSignUpHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  PreSignUpResponse handle(PreSignUpEvent event);
}
