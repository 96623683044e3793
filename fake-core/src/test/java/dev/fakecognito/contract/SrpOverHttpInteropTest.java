package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.assertions.FakeCognitoAssertions;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.testing.NodeScript;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

// The browser path: amazon-cognito-identity-js's CognitoUserPool and CognitoUser, run by
// src/test/node/http-client.js, make their own calls over fetch to FakeCognito.endpoint(). Runs
// only under the node-interop profile, as SrpInteropTest does; otherwise it is skipped.
class SrpOverHttpInteropTest {

  private static final String ENABLED_PROPERTY = "fakecognito.srp-interop";
  private static final long TIMEOUT_SECONDS = 30;
  private static final String ENCODED_DATA = "page-fingerprint";

  // Follows the wall clock, since the JavaScript client stamps its SRP answer with the real time.
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

  @AfterEach
  void stopEndpoint() {
    fake.close();
  }

  @Test
  void javascript_client_signs_up_confirms_and_signs_in_with_srp_over_http() throws Exception {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .generateSecret(false)
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();

    try (NodeScript node = NodeScript.start("http-client.js", TIMEOUT_SECONDS)) {
      node.send(Map.of("endpoint", fake.endpoint().toString(), "userPoolId", poolId, "clientId", clientId,
          "username", "alice", "email", "alice@example.com", "password", PASSWORD,
          "wrongPassword", "Wr0ng-password", "encodedData", ENCODED_DATA));

      Map<String, Object> signedUp = node.receive();
      assertThat(signedUp).containsEntry("step", "signedUp").containsEntry("userConfirmed", false);
      assertThat(status(poolId)).isEqualTo(UserStatusType.UNCONFIRMED);
      assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
          .contains(AttributeType.builder().name("sub").value((String) signedUp.get("userSub")).build());

      String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
      node.send(Map.of("code", code));
      assertThat(node.receive()).containsEntry("step", "confirmed").containsEntry("result", "SUCCESS");
      assertThat(status(poolId)).isEqualTo(UserStatusType.CONFIRMED);
      assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
          .contains(AttributeType.builder().name("email_verified").value("true").build());

      assertThat(node.receive()).containsEntry("step", "wrongPassword")
          .containsEntry("code", "NotAuthorizedException")
          .containsEntry("name", "NotAuthorizedException")
          .containsEntry("message", "Incorrect username or password.");

      Map<String, Object> signedIn = node.receive();
      assertThat(signedIn).containsEntry("step", "signedIn");
      FakeCognitoAssertions.assertThat(fake).token((String) signedIn.get("idToken")).isIdToken()
          .hasClaim("cognito:username", "alice").hasClaim("aud", List.of(clientId))
          .hasClaim("email", "alice@example.com").hasClaim("email_verified", true);
      FakeCognitoAssertions.assertThat(fake).token((String) signedIn.get("accessToken")).isAccessToken()
          .hasClaim("username", "alice").hasClaim("client_id", clientId);
      assertThat((String) signedIn.get("refreshToken")).isNotBlank();

      Map<String, Object> refreshed = node.receive();
      assertThat(refreshed).containsEntry("step", "refreshed");
      FakeCognitoAssertions.assertThat(fake).token((String) refreshed.get("idToken")).isIdToken()
          .hasClaim("cognito:username", "alice");
      FakeCognitoAssertions.assertThat(fake).token((String) refreshed.get("accessToken")).isAccessToken()
          .hasClaim("username", "alice");

      assertThat(node.awaitExit()).as("exit status of http-client.js").isZero();
    }

    assertThat(fake.recordedContextData())
        .extracting(RecordedContextData::operation, RecordedContextData::clientId, RecordedContextData::username,
            RecordedContextData::encodedData)
        .containsExactly(
            tuple("SignUp", clientId, "alice", ENCODED_DATA),
            tuple("ConfirmSignUp", clientId, "alice", ENCODED_DATA),
            tuple("InitiateAuth", clientId, "alice", ENCODED_DATA),
            tuple("RespondToAuthChallenge", clientId, "alice", ENCODED_DATA),
            tuple("InitiateAuth", clientId, "alice", ENCODED_DATA),
            tuple("RespondToAuthChallenge", clientId, "alice", ENCODED_DATA),
            // The refresh names no user: the library sends only REFRESH_TOKEN.
            tuple("InitiateAuth", clientId, null, ENCODED_DATA));
  }

  private UserStatusType status(String poolId) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus();
  }
}
