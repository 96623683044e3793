package dev.fakecognito.triggers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One earlier step of a custom authentication flow, as listed in the {@code session} of the Define
 * and Create auth challenge events.
 *
 * @param challengeName the challenge, for example {@code CUSTOM_CHALLENGE}, {@code SRP_A} or
 *     {@code PASSWORD_VERIFIER}
 * @param challengeResult whether the user answered it correctly
 * @param challengeMetadata what the Create auth challenge function put in its {@code
 *     challengeMetadata}, or null
 */
public record ChallengeResult(String challengeName, boolean challengeResult, @Nullable String challengeMetadata) {

  static List<ChallengeResult> fromSession(Map<String, Object> request) {
    return EventMaps.objectList(request, "session").stream()
        .map(step -> new ChallengeResult(EventMaps.string(step, "challengeName"),
            EventMaps.bool(step, "challengeResult"), EventMaps.optionalString(step, "challengeMetadata")))
        .toList();
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("challengeName", challengeName);
    map.put("challengeResult", challengeResult);
    EventMaps.putIfPresent(map, "challengeMetadata", challengeMetadata);
    return map;
  }
}
