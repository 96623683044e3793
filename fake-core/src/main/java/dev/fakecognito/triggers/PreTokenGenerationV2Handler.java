package dev.fakecognito.triggers;

/**
 * A pre token generation trigger in versions 2 and 3 ({@code LambdaVersion V2_0} or {@code
 * V3_0}): changes claims and scopes in both tokens. Register it with {@link
 * Triggers#preTokenGenerationV2(PreTokenGenerationV2Handler)}; see {@link
 * PreTokenGenerationV2Response} for an example.
 */
@FunctionalInterface
public interface PreTokenGenerationV2Handler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  PreTokenGenerationV2Response handle(PreTokenGenerationV2Event event);
}
