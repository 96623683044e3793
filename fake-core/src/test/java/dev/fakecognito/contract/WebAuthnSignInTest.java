package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.triggers.PostAuthenticationEvent;
import dev.fakecognito.triggers.Triggers;
import dev.fakecognito.webauthn.SoftwareAuthenticator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserVerificationType;

/** Sign-in with a passkey: the WEB_AUTHN challenge of choice-based sign-in (USER_AUTH). */
class WebAuthnSignInTest {

  private static final String ORIGIN = "https://example.com";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.policies(p -> p.signInPolicy(
      s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN))));
  private final String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(
      ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_AUTH,
      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
  private final SoftwareAuthenticator passkey = SoftwareAuthenticator.create(ORIGIN);

  WebAuthnSignInTest() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.relyingPartyId("example.com").userVerification(UserVerificationType.PREFERRED)));
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
  }

  @Test
  void a_registered_passkey_signs_the_user_in() {
    String clientId = this.clientId;
    String accessToken = signIn(cognito, clientId, "alice", PASSWORD).accessToken();
    // region passkey
    SoftwareAuthenticator passkey = SoftwareAuthenticator.create("https://example.com");
    Document options = cognito.startWebAuthnRegistration(r -> r.accessToken(accessToken)).credentialCreationOptions();
    cognito.completeWebAuthnRegistration(r -> r.accessToken(accessToken).credential(passkey.register(options)));

    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
    String assertion = passkey.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    RespondToAuthChallengeResponse signedIn = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.WEB_AUTHN).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion)));
    // endregion passkey

    assertThat(signedIn.authenticationResult().accessToken()).isNotBlank();
    assertThat(cognito.getUser(r -> r.accessToken(signedIn.authenticationResult().accessToken())).username())
        .isEqualTo("alice");
  }

  @Test
  void the_web_authn_challenge_carries_the_credential_request_options() throws Exception {
    register("alice", passkey);

    InitiateAuthResponse challenge = preferWebAuthn("alice");

    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
    assertThat(challenge.session()).isNotBlank();
    Map<String, Object> options =
        JSONObjectUtils.parse(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    assertThat(options.get("challenge")).asString().matches("[A-Za-z0-9_-]{43}");
    assertThat(options).containsEntry("rpId", "example.com").containsEntry("userVerification", "preferred")
        .containsKey("timeout");
    assertThat(options.get("allowCredentials")).isEqualTo(
        List.of(Map.of("type", "public-key", "id", passkey.credentialIds().get(0), "transports",
            List.of("internal", "hybrid"))));
  }

  @Test
  void select_challenge_offers_web_authn_only_once_the_user_has_a_passkey() {
    assertThat(initiate("alice", Map.of()).availableChallenges())
        .containsExactly(ChallengeNameType.PASSWORD, ChallengeNameType.PASSWORD_SRP);

    register("alice", passkey);

    assertThat(initiate("alice", Map.of()).availableChallenges())
        .containsExactly(ChallengeNameType.PASSWORD, ChallengeNameType.PASSWORD_SRP, ChallengeNameType.WEB_AUTHN);
  }

  @Test
  void web_authn_chosen_in_select_challenge_signs_in_with_the_passkey() {
    register("alice", passkey);
    String session = initiate("alice", Map.of()).session();

    RespondToAuthChallengeResponse challenge = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.SELECT_CHALLENGE).session(session)
        .challengeResponses(Map.of("USERNAME", "alice", "ANSWER", "WEB_AUTHN")));
    assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);

    RespondToAuthChallengeResponse tokens = answer("alice", challenge.session(),
        passkey.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")));
    assertThat(tokens.authenticationResult().idToken()).isNotBlank();
  }

  @Test
  void admin_respond_to_auth_challenge_takes_the_passkey_assertion() {
    register("alice", passkey);
    String clientId = this.clientId;
    var challenge = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.USER_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
    String assertion = passkey.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));

    AdminRespondToAuthChallengeResponse tokens = cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId)
        .clientId(clientId).challengeName(ChallengeNameType.WEB_AUTHN).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion)));

    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void an_rs256_passkey_with_packed_attestation_signs_in() {
    SoftwareAuthenticator rsa = SoftwareAuthenticator.builder().origin(ORIGIN)
        .algorithm(SoftwareAuthenticator.Algorithm.RS256)
        .attestation(SoftwareAuthenticator.Attestation.PACKED_X5C).build();
    register("alice", rsa);

    assertThat(signInWith("alice", rsa).authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void a_preferred_web_authn_without_a_passkey_falls_back_to_select_challenge() {
    assertThat(preferWebAuthn("alice").challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
  }

  @Test
  void a_passkey_sign_in_runs_the_authentication_triggers_and_records_the_context_data() {
    register("alice", passkey);
    List<PostAuthenticationEvent> events = new CopyOnWriteArrayList<>();
    fake.attachTrigger(poolId, Triggers.postAuthentication(events::add));
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String assertion = passkey.authenticate(options(challenge));

    cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.WEB_AUTHN)
        .session(challenge.session()).userContextData(u -> u.ipAddress("192.0.2.7"))
        .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion)));

    assertThat(events).singleElement().satisfies(event -> {
      assertThat(event.triggerSource()).isEqualTo("PostAuthentication_Authentication");
      assertThat(event.userName()).isEqualTo("alice");
    });
    assertThat(fake.recordedContextData()).last().satisfies(recorded -> {
      assertThat(recorded.operation()).isEqualTo("RespondToAuthChallenge");
      assertThat(recorded.ipAddress()).isEqualTo("192.0.2.7");
    });
  }

  /* ---- Refusals ---- */

  @Test
  void an_assertion_from_another_origin_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String assertion = passkey.withOrigin("https://evil.example.org").authenticate(options(challenge));

    assertCognitoError(() -> answer("alice", challenge.session(), assertion), NotAuthorizedException.class,
        "Passkey authentication failed: origin https://evil.example.org is not allowed.");
  }

  @Test
  void an_assertion_for_another_relying_party_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String assertion = passkey.withRelyingPartyId("example.org").authenticate(options(challenge));

    assertCognitoError(() -> answer("alice", challenge.session(), assertion), NotAuthorizedException.class,
        "Passkey authentication failed: the relying party ID does not match.");
  }

  @Test
  void no_user_verification_where_the_pool_requires_it_throws_NotAuthorizedException() {
    register("alice", passkey);
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.relyingPartyId("example.com").userVerification(UserVerificationType.REQUIRED)));
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String assertion = passkey.withoutUserVerification().authenticate(options(challenge));

    assertCognitoError(() -> answer("alice", challenge.session(), assertion), NotAuthorizedException.class,
        "Passkey authentication failed: user verification is required.");
  }

  @Test
  void a_signature_counter_that_does_not_grow_throws_NotAuthorizedException() {
    register("alice", passkey);
    signInWith("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String replayed = passkey.withReplayedCounter().authenticate(options(challenge));

    assertCognitoError(() -> answer("alice", challenge.session(), replayed), NotAuthorizedException.class,
        "Passkey authentication failed: the signature counter did not increase.");
  }

  @Test
  void an_assertion_over_another_challenge_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse first = preferWebAuthn("alice");
    InitiateAuthResponse second = preferWebAuthn("alice");

    assertCognitoError(() -> answer("alice", second.session(), passkey.authenticate(options(first))),
        NotAuthorizedException.class, "Passkey authentication failed: the challenge does not match.");
  }

  @Test
  void another_users_passkey_throws_NotAuthorizedException() {
    SoftwareAuthenticator bobs = SoftwareAuthenticator.create(ORIGIN);
    register("alice", passkey);
    register("bob", bobs);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String options = options(challenge).replace(passkey.credentialIds().get(0), bobs.credentialIds().get(0));

    assertCognitoError(() -> answer("alice", challenge.session(), bobs.authenticate(options)),
        NotAuthorizedException.class, "Passkey authentication failed: the credential is not registered to the user.");
  }

  @Test
  void a_tampered_signature_throws_NotAuthorizedException() throws Exception {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    Map<String, Object> assertion = JSONObjectUtils.parse(passkey.authenticate(options(challenge)));
    @SuppressWarnings("unchecked")
    Map<String, Object> response = (Map<String, Object>) assertion.get("response");
    response.put("signature", "MEUCIQDeadBeefDeadBeefDeadBeefDeadBeefDeadBeefDeadBeefDeadBeQIgAAAA");

    assertCognitoError(() -> answer("alice", challenge.session(), JSONObjectUtils.toJSONString(assertion)),
        NotAuthorizedException.class, "Passkey authentication failed: the signature does not verify.");
  }

  @Test
  void a_credential_that_is_not_json_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");

    assertCognitoError(() -> answer("alice", challenge.session(), "not json"), NotAuthorizedException.class,
        "Passkey authentication failed: CREDENTIAL is not a JSON object.");
  }

  @Test
  void a_used_challenge_cannot_sign_in_again() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    answer("alice", challenge.session(), passkey.authenticate(options(challenge)));

    assertCognitoError(() -> answer("alice", challenge.session(), passkey.authenticate(options(challenge))),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void a_failed_answer_leaves_the_challenge_open_for_a_good_one() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    String wrong = passkey.withOrigin("https://evil.example.org").authenticate(options(challenge));
    assertCognitoError(() -> answer("alice", challenge.session(), wrong), NotAuthorizedException.class,
        "Passkey authentication failed: origin https://evil.example.org is not allowed.");

    RespondToAuthChallengeResponse tokens =
        answer("alice", challenge.session(), passkey.authenticate(options(challenge)));

    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void an_expired_session_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");
    fake.clock().advance(Duration.ofMinutes(4));

    assertCognitoError(() -> answer("alice", challenge.session(), passkey.authenticate(options(challenge))),
        NotAuthorizedException.class, "Invalid session for the user, session is expired.");
  }

  @Test
  void answering_another_users_session_throws_NotAuthorizedException() {
    register("alice", passkey);
    InitiateAuthResponse challenge = preferWebAuthn("alice");

    assertCognitoError(() -> answer("bob", challenge.session(), passkey.authenticate(options(challenge))),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  /* ---- Helpers ---- */

  private void register(String username, SoftwareAuthenticator authenticator) {
    String token = signIn(cognito, clientId, username, PASSWORD).accessToken();
    Document options = cognito.startWebAuthnRegistration(r -> r.accessToken(token)).credentialCreationOptions();
    cognito.completeWebAuthnRegistration(r -> r.accessToken(token).credential(authenticator.register(options)));
  }

  private InitiateAuthResponse initiate(String username, Map<String, String> extra) {
    Map<String, String> parameters = new java.util.HashMap<>(extra);
    parameters.put("USERNAME", username);
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_AUTH)
        .authParameters(parameters));
  }

  private InitiateAuthResponse preferWebAuthn(String username) {
    return initiate(username, Map.of("PREFERRED_CHALLENGE", "WEB_AUTHN"));
  }

  private static String options(InitiateAuthResponse challenge) {
    return challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS");
  }

  private RespondToAuthChallengeResponse answer(String username, String session, String credential) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.WEB_AUTHN)
        .session(session).challengeResponses(Map.of("USERNAME", username, "CREDENTIAL", credential)));
  }

  private RespondToAuthChallengeResponse signInWith(String username, SoftwareAuthenticator authenticator) {
    InitiateAuthResponse challenge = preferWebAuthn(username);
    return answer(username, challenge.session(), authenticator.authenticate(options(challenge)));
  }
}
