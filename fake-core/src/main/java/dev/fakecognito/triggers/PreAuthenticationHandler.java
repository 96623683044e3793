package dev.fakecognito.triggers;

/**
 * A pre authentication trigger: may reject a sign-in by throwing, which makes the call fail with
 * {@code UserLambdaValidationException} "PreAuthentication failed with error &lt;message&gt;.".
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.preAuthentication(event -> {
 *   if (event.clientId().equals(blockedClientId)) {
 *     throw new IllegalStateException("Wrong clientId");
 *   }
 * }));
 * }</pre>
 */
@FunctionalInterface
public interface PreAuthenticationHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void handle(PreAuthenticationEvent event);
}
