package dev.fakecognito.triggers;

/**
 * A post confirmation trigger: told when a user has been confirmed or has reset their password. It
 * returns nothing; throwing makes the call fail with {@code UserLambdaValidationException}.
 *
 * <pre>{@code
 * List<String> welcomed = new CopyOnWriteArrayList<>();
 * fake.registerLambda(arn, Triggers.postConfirmation(event -> welcomed.add(event.userName())));
 * }</pre>
 */
@FunctionalInterface
public interface PostConfirmationHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void handle(PostConfirmationEvent event);
}
