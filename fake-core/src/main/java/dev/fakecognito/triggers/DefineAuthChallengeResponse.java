package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a define auth challenge function answers: issue the tokens, fail the sign-in, or ask
 * another challenge.
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.defineAuthChallenge(event -> {
 *   List<ChallengeResult> session = event.session();
 *   if (session.isEmpty()) {
 *     return DefineAuthChallengeResponse.challenge("CUSTOM_CHALLENGE");
 *   }
 *   return session.get(session.size() - 1).challengeResult()
 *       ? DefineAuthChallengeResponse.succeed()
 *       : DefineAuthChallengeResponse.fail();
 * }));
 * }</pre>
 *
 * @param challengeName the next challenge ({@code challengeName}), for example {@code
 *     CUSTOM_CHALLENGE} or {@code PASSWORD_VERIFIER}, or null
 * @param issueTokens end the sign-in and issue tokens ({@code issueTokens})
 * @param failAuthentication end the sign-in with an error ({@code failAuthentication})
 */
public record DefineAuthChallengeResponse(
    @Nullable String challengeName, boolean issueTokens, boolean failAuthentication) {

  /**
   * Asks the user another challenge.
   *
   * @param challengeName the challenge, for example {@code CUSTOM_CHALLENGE}
   * @return the response
   */
  public static DefineAuthChallengeResponse challenge(String challengeName) {
    return new DefineAuthChallengeResponse(challengeName, false, false);
  }

  /**
   * Ends the sign-in successfully.
   *
   * @return a response with {@code issueTokens} set
   */
  public static DefineAuthChallengeResponse succeed() {
    return new DefineAuthChallengeResponse(null, true, false);
  }

  /**
   * Ends the sign-in with an error.
   *
   * @return a response with {@code failAuthentication} set
   */
  public static DefineAuthChallengeResponse fail() {
    return new DefineAuthChallengeResponse(null, false, true);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    EventMaps.putIfPresent(map, "challengeName", challengeName);
    map.put("issueTokens", issueTokens);
    map.put("failAuthentication", failAuthentication);
    return map;
  }
}
