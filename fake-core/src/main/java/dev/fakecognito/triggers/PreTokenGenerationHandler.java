package dev.fakecognito.triggers;

/**
 * A pre token generation trigger in its first version ({@code LambdaVersion V1_0}, or a pool that
 * sets only {@code PreTokenGeneration}): changes the claims of the ID token and the groups of both
 * tokens. Register it with {@link Triggers#preTokenGeneration(PreTokenGenerationHandler)}; see
 * {@link PreTokenGenerationResponse} for an example, and {@link PreTokenGenerationV2Handler} for
 * versions 2 and 3.
 */
@FunctionalInterface
public interface PreTokenGenerationHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  PreTokenGenerationResponse handle(PreTokenGenerationEvent event);
}
