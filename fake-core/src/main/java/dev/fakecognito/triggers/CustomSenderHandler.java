package dev.fakecognito.triggers;

/**
 * A custom email or SMS sender trigger: delivers a message Cognito would otherwise send itself. It
 * returns nothing, and since Cognito calls it asynchronously, throwing does not fail the call that
 * fired it; the fake records the failure in {@link dev.fakecognito.FakeCognito#triggerInvocations()}.
 *
 * <pre>{@code
 * List<String> codes = new CopyOnWriteArrayList<>();
 * fake.registerLambda(arn, Triggers.customSender(event -> codes.add(event.plaintextCode())));
 * }</pre>
 */
@FunctionalInterface
public interface CustomSenderHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void handle(CustomSenderEvent event);
}
