package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.testing.NodeScript;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

// USER_SRP_AUTH against the client math of amazon-cognito-identity-js, run by src/test/node/srp-client.js.
// Runs only under the node-interop profile (on when CI=true, or with -Pnode-interop), which installs
// the node modules from the npm registry and sets the property below; otherwise it is skipped.
class SrpInteropTest {

  private static final String ENABLED_PROPERTY = "fakecognito.srp-interop";
  private static final long TIMEOUT_SECONDS = 30;

  // Follows the wall clock, since the JavaScript client stamps its answer with the real time.
  private final FakeCognito fake = FakeCognito.builder().clock(Clock.systemUTC()).build();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  @BeforeEach
  void requireNodeModules() {
    assumeTrue(Boolean.getBoolean(ENABLED_PROPERTY),
        "the node-interop profile (-Pnode-interop) tests against amazon-cognito-identity-js");
    // With the profile on, npm ci has run: a missing module is a broken setup, not a reason to skip.
    assertThat(NodeScript.PROJECT.resolve("node_modules").resolve("amazon-cognito-identity-js"))
        .as("amazon-cognito-identity-js installed by npm ci in " + NodeScript.PROJECT)
        .isDirectory();
  }

  @Test
  void javascript_client_signs_in_with_the_right_password() throws Exception {
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    RespondToAuthChallengeResponse response = signIn(poolId, clientId, "alice", PASSWORD);

    assertThat(response.authenticationResult().accessToken()).isNotBlank();
    assertThat(SignedJWT.parse(response.authenticationResult().idToken()).getJWTClaimsSet()
        .getClaim("cognito:username")).isEqualTo("alice");
  }

  @Test
  void javascript_client_signs_in_with_an_email_alias() throws Exception {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    RespondToAuthChallengeResponse response = signIn(poolId, clientId, "alice@example.com", PASSWORD);

    assertThat(SignedJWT.parse(response.authenticationResult().accessToken()).getJWTClaimsSet()
        .getClaim("username")).isEqualTo("alice");
  }

  @Test
  void javascript_client_with_a_wrong_password_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = srpClient(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> signIn(poolId, clientId, "alice", "Wr0ng-password"), NotAuthorizedException.class,
        "Incorrect username or password.");
  }

  // Runs one sign-in: node computes SRP_A and the PASSWORD_VERIFIER answer, this test makes the
  // Cognito calls in between.
  private RespondToAuthChallengeResponse signIn(String poolId, String clientId, String username, String password)
      throws IOException, ParseException {
    try (NodeScript node = NodeScript.start("srp-client.js", TIMEOUT_SECONDS)) {
      node.send(Map.of("poolName", poolId.substring(poolId.indexOf('_') + 1)));
      Map<String, Object> start = node.receive();
      InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
          .authFlow(AuthFlowType.USER_SRP_AUTH)
          .authParameters(Map.of("USERNAME", username, "SRP_A", (String) start.get("SRP_A"))));
      assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);

      node.send(Map.of("password", password, "challengeParameters", challenge.challengeParameters()));
      Map<String, String> answer = new HashMap<>();
      node.receive().forEach((key, value) -> answer.put(key, (String) value));
      return cognito.respondToAuthChallenge(r -> r.clientId(clientId)
          .challengeName(ChallengeNameType.PASSWORD_VERIFIER).challengeResponses(answer));
    }
  }
}
