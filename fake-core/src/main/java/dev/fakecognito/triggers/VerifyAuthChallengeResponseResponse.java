package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a verify auth challenge response function answers: whether the user's answer was right.
 * (The name repeats "Response" because the trigger itself is called "verify auth challenge
 * response".)
 *
 * <pre>{@code
 * fake.registerLambda(arn, Triggers.verifyAuthChallengeResponse(event ->
 *     new VerifyAuthChallengeResponseResponse(
 *         event.challengeAnswer().equals(event.privateChallengeParameters().get("answer")))));
 * }</pre>
 *
 * @param answerCorrect whether the answer was right ({@code answerCorrect})
 */
public record VerifyAuthChallengeResponseResponse(boolean answerCorrect) {

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("answerCorrect", answerCorrect);
    return map;
  }
}
