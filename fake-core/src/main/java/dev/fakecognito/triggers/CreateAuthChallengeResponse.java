package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a create auth challenge function answers: what the client sees of the challenge, what only
 * the verify function sees, and a label for the session.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.createAuthChallenge(event -> new CreateAuthChallengeResponse(
 *     Map.of("hint", "the magic word"), Map.of("answer", "please"), "MAGIC_WORD")));
 * }</pre>
 *
 * @param publicChallengeParameters returned to the client as the ChallengeParameters ({@code
 *     publicChallengeParameters})
 * @param privateChallengeParameters passed to the verify auth challenge response function ({@code
 *     privateChallengeParameters})
 * @param challengeMetadata recorded in the session for later define and create calls ({@code
 *     challengeMetadata}), or null
 */
public record CreateAuthChallengeResponse(
    Map<String, String> publicChallengeParameters,
    Map<String, String> privateChallengeParameters,
    @Nullable String challengeMetadata) {

  /**
   * Copies the maps; null maps read as empty.
   *
   * @param publicChallengeParameters see {@link #publicChallengeParameters()}
   * @param privateChallengeParameters see {@link #privateChallengeParameters()}
   * @param challengeMetadata see {@link #challengeMetadata()}
   */
  public CreateAuthChallengeResponse {
    publicChallengeParameters = EventMaps.copy(publicChallengeParameters);
    privateChallengeParameters = EventMaps.copy(privateChallengeParameters);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("publicChallengeParameters", EventMaps.mutable(publicChallengeParameters));
    map.put("privateChallengeParameters", EventMaps.mutable(privateChallengeParameters));
    EventMaps.putIfPresent(map, "challengeMetadata", challengeMetadata);
    return map;
  }
}
