package dev.fakecognito.triggers;

/**
 * A post authentication trigger: told when a user has signed in. It returns nothing; throwing makes
 * the sign-in fail with {@code UserLambdaValidationException}.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.postAuthentication(event -> signIns.add(event.userName())));
 * }</pre>
 */
@FunctionalInterface
public interface PostAuthenticationHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void handle(PostAuthenticationEvent event);
}
