package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.util.Ids;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** CUSTOM_AUTH through DefineAuthChallenge, CreateAuthChallenge and VerifyAuthChallengeResponse. */
class CustomAuthTest {

  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.lambdaConfig(l -> l.defineAuthChallenge(DEFINE)
      .createAuthChallenge(CREATE).verifyAuthChallengeResponse(VERIFY)));
  private final String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(
      ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();

  CustomAuthTest() {
    confirmedUser(cognito, poolId, "alice");
    // Two questions; three wrong answers end the attempt; SRP first when the client asked for it.
    fake.registerLambda(DEFINE, event -> {
      List<Map<String, Object>> session = list(request(event).get("session"));
      Map<String, Object> response = response(event);
      long correct = session.stream().filter(c -> "CUSTOM_CHALLENGE".equals(c.get("challengeName"))
          && Boolean.TRUE.equals(c.get("challengeResult"))).count();
      long wrong = session.stream().filter(c -> Boolean.FALSE.equals(c.get("challengeResult"))).count();
      if (!session.isEmpty() && "SRP_A".equals(session.get(session.size() - 1).get("challengeName"))) {
        response.put("challengeName", "PASSWORD_VERIFIER");
      } else if (correct == 2) {
        response.put("issueTokens", true);
      } else if (wrong >= 3) {
        response.put("failAuthentication", true);
      } else {
        response.put("challengeName", "CUSTOM_CHALLENGE");
      }
      response.putIfAbsent("issueTokens", false);
      response.putIfAbsent("failAuthentication", false);
      return event;
    });
    fake.registerLambda(CREATE, event -> {
      int round = list(request(event).get("session")).size();
      response(event).put("publicChallengeParameters", Map.of("question", "2 + " + round));
      response(event).put("privateChallengeParameters", Map.of("answer", String.valueOf(2 + round)));
      response(event).put("challengeMetadata", "ROUND_" + round);
      return event;
    });
    fake.registerLambda(VERIFY, event -> {
      Map<String, Object> request = request(event);
      Map<String, Object> expected = map(request.get("privateChallengeParameters"));
      response(event).put("answerCorrect", expected.get("answer").equals(request.get("challengeAnswer")));
      return event;
    });
  }

  @Test
  void two_right_answers_issue_tokens() {
    InitiateAuthResponse first = start(Map.of("USERNAME", "alice"));
    assertThat(first.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
    assertThat(first.challengeParameters()).containsEntry("question", "2 + 0").containsEntry("USERNAME", "alice");

    RespondToAuthChallengeResponse second = answer(first.session(), "2");
    assertThat(second.challengeParameters()).containsEntry("question", "2 + 1");
    RespondToAuthChallengeResponse done = answer(second.session(), "3");

    assertThat(done.authenticationResult().idToken()).isNotBlank();
    List<Map<String, Object>> lastSession = list(fake.triggerInvocations().stream()
        .filter(i -> i.triggerSource().equals("DefineAuthChallenge_Authentication"))
        .reduce((a, b) -> b).orElseThrow().request().get("session"));
    assertThat(lastSession).extracting(c -> c.get("challengeMetadata")).containsExactly("ROUND_0", "ROUND_1");
  }

  @Test
  void three_wrong_answers_fail_the_sign_in() {
    String session = start(Map.of("USERNAME", "alice")).session();
    session = answer(session, "0").session();
    session = answer(session, "0").session();
    String last = session;

    assertCognitoError(() -> answer(last, "0"), NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void srp_first_then_custom_challenges() {
    BigInteger a = new BigInteger(1, Ids.randomBytes(128));
    BigInteger clientPublic = Srp.clientPublic(a);
    InitiateAuthResponse verifier = start(Map.of("USERNAME", "alice", "CHALLENGE_NAME", "SRP_A",
        "SRP_A", Srp.toHex(clientPublic)));
    assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);

    RespondToAuthChallengeResponse custom = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
        .challengeResponses(passwordClaim(verifier.challengeParameters(), a, clientPublic)));

    assertThat(custom.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
    assertThat(custom.challengeParameters()).containsEntry("question", "2 + 2");
  }

  @Test
  void answer_after_the_session_expired_throws_NotAuthorizedException() {
    String session = start(Map.of("USERNAME", "alice")).session();
    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> answer(session, "2"), NotAuthorizedException.class,
        "Invalid session for the user, session is expired.");
  }

  @Test
  void pool_without_define_trigger_throws_InvalidParameterException() {
    String otherPool = pool(cognito);
    String otherClient = client(cognito, otherPool, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH))
        .clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(otherClient).authFlow(AuthFlowType.CUSTOM_AUTH)
        .authParameters(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "Custom auth lambda trigger is not configured for the user pool.");
  }

  @Test
  void flow_not_enabled_throws_InvalidParameterException() {
    String passwordOnly = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(passwordOnly).authFlow(AuthFlowType.CUSTOM_AUTH)
        .authParameters(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "CUSTOM_AUTH flow not enabled for this client");
  }

  private InitiateAuthResponse start(Map<String, String> parameters) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.CUSTOM_AUTH).authParameters(parameters));
  }

  private RespondToAuthChallengeResponse answer(String session, String answer) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
        .session(session).challengeResponses(Map.of("USERNAME", "alice", "ANSWER", answer)));
  }

  private Map<String, String> passwordClaim(Map<String, String> challenge, BigInteger a, BigInteger clientPublic) {
    String poolName = poolId.substring(poolId.indexOf('_') + 1);
    String user = challenge.get("USER_ID_FOR_SRP");
    BigInteger serverPublic = Srp.fromHex(challenge.get("SRP_B"));
    BigInteger u = Srp.u(clientPublic, serverPublic);
    BigInteger x = Srp.x(HexFormat.of().parseHex(challenge.get("SALT")), poolName, user, PASSWORD);
    byte[] key = Srp.key(Srp.clientSecret(serverPublic, x, a, u), u);
    String timestamp = Srp.timestamp(fake.clock().instant());
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("USERNAME", user);
    responses.put("PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"));
    responses.put("TIMESTAMP", timestamp);
    responses.put("PASSWORD_CLAIM_SIGNATURE", Srp.signature(key, poolName, user,
        Base64.getDecoder().decode(challenge.get("SECRET_BLOCK")), timestamp));
    return responses;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> request(Map<String, Object> event) {
    return (Map<String, Object>) event.get("request");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> response(Map<String, Object> event) {
    return (Map<String, Object>) event.get("response");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
