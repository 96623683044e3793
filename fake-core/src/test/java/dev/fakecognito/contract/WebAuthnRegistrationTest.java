package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.Documents;
import dev.fakecognito.webauthn.SoftwareAuthenticator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserVerificationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnClientMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnConfigurationMissingException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialNotSupportedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;

/**
 * Passkey registration: StartWebAuthnRegistration, CompleteWebAuthnRegistration,
 * ListWebAuthnCredentials and DeleteWebAuthnCredential.
 */
class WebAuthnRegistrationTest {

  private static final String ORIGIN = "https://example.com";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.policies(p -> p.signInPolicy(
      s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN))));
  private final String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(
      ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_AUTH,
      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
  private final SoftwareAuthenticator authenticator = SoftwareAuthenticator.create(ORIGIN);
  private final String token;

  WebAuthnRegistrationTest() {
    relyingParty("example.com", UserVerificationType.PREFERRED);
    confirmedUser(cognito, poolId, "alice");
    token = signIn(cognito, clientId, "alice", PASSWORD).accessToken();
  }

  /* ---- StartWebAuthnRegistration ---- */

  @Test
  void start_returns_creation_options_for_the_pool_and_the_user() {
    Map<String, Object> options = options(start());

    assertThat(options.get("challenge")).asString().matches("[A-Za-z0-9_-]{43}");
    assertThat(options.get("rp")).isEqualTo(Map.of("id", "example.com", "name", "example.com"));
    assertThat(map(options.get("user"))).containsEntry("name", "alice").containsEntry("displayName", "alice")
        .containsKey("id");
    assertThat(options.get("pubKeyCredParams")).isEqualTo(List.of(
        Map.of("type", "public-key", "alg", new BigDecimal(-7)),
        Map.of("type", "public-key", "alg", new BigDecimal(-257))));
    assertThat(map(options.get("authenticatorSelection"))).containsEntry("userVerification", "preferred")
        .containsEntry("residentKey", "required");
    assertThat(options.get("timeout")).isEqualTo(new BigDecimal(300000));
    assertThat((List<?>) options.get("excludeCredentials")).isEmpty();
  }

  @Test
  void required_user_verification_reaches_the_options() {
    relyingParty("example.com", UserVerificationType.REQUIRED);

    assertThat(map(options(start()).get("authenticatorSelection"))).containsEntry("userVerification", "required");
  }

  @Test
  void existing_passkeys_are_excluded_from_a_new_registration() {
    register(authenticator);

    List<?> excluded = (List<?>) options(start()).get("excludeCredentials");

    assertThat(excluded).hasSize(1);
    assertThat(map(excluded.get(0))).containsEntry("id", authenticator.credentialIds().get(0))
        .containsEntry("type", "public-key");
  }

  @Test
  void start_without_web_authn_in_the_sign_in_policy_throws_WebAuthnNotEnabledException() {
    cognito.updateUserPool(r -> r.userPoolId(poolId).policies(p -> p.signInPolicy(
        s -> s.allowedFirstAuthFactors(AuthFactorType.PASSWORD))));

    assertCognitoError(this::start, WebAuthnNotEnabledException.class,
        "Passkey authentication is not enabled for this user pool.");
  }

  @Test
  void start_without_a_relying_party_id_throws_WebAuthnConfigurationMissingException() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.userVerification(UserVerificationType.PREFERRED)));

    assertCognitoError(this::start, WebAuthnConfigurationMissingException.class,
        "The user pool has no relying party ID and no domain configured for passkeys.");
  }

  @Test
  void without_a_relying_party_id_the_prefix_domain_is_the_relying_party() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.userVerification(UserVerificationType.PREFERRED)));
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));

    assertThat(map(options(start()).get("rp")).get("id"))
        .isEqualTo("my-app.auth." + poolId.split("_")[0] + ".amazoncognito.com");
  }

  @Test
  void a_custom_domain_comes_before_the_prefix_domain_as_relying_party() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.userVerification(UserVerificationType.PREFERRED)));
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("auth.example.com")
        .customDomainConfig(c -> c.certificateArn("arn:aws:acm:us-east-1:123456789012:certificate/1234abcd")));

    assertThat(map(options(start()).get("rp")).get("id")).isEqualTo("auth.example.com");
  }

  @Test
  void start_with_an_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.startWebAuthnRegistration(r -> r.accessToken("not-a-token")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void a_user_with_the_most_passkeys_throws_LimitExceededException() {
    for (int i = 0; i < 20; i++) {
      register(SoftwareAuthenticator.create(ORIGIN));
    }

    assertCognitoError(this::start, LimitExceededException.class, "A user can register at most 20 passkeys.");
  }

  /* ---- CompleteWebAuthnRegistration ---- */

  @Test
  void a_completed_registration_is_listed() {
    register(authenticator);

    List<WebAuthnCredentialDescription> credentials = list(null, null).credentials();

    assertThat(credentials).hasSize(1);
    WebAuthnCredentialDescription credential = credentials.get(0);
    assertThat(credential.credentialId()).isEqualTo(authenticator.credentialIds().get(0));
    assertThat(credential.relyingPartyId()).isEqualTo("example.com");
    assertThat(credential.friendlyCredentialName()).isEqualTo("Passkey");
    assertThat(credential.authenticatorAttachment()).isEqualTo("platform");
    assertThat(credential.authenticatorTransports()).containsExactly("internal", "hybrid");
    assertThat(credential.createdAt()).isEqualTo(fake.clock().instant().truncatedTo(
        java.time.temporal.ChronoUnit.MILLIS));
  }

  @Test
  void rs256_keys_and_packed_attestations_are_accepted() {
    register(SoftwareAuthenticator.builder().origin(ORIGIN).algorithm(SoftwareAuthenticator.Algorithm.RS256)
        .build());
    register(SoftwareAuthenticator.builder().origin(ORIGIN)
        .attestation(SoftwareAuthenticator.Attestation.PACKED_SELF).build());
    register(SoftwareAuthenticator.builder().origin(ORIGIN).algorithm(SoftwareAuthenticator.Algorithm.RS256)
        .attestation(SoftwareAuthenticator.Attestation.PACKED_X5C).build());

    assertThat(list(null, null).credentials()).hasSize(3);
  }

  @Test
  void a_subdomain_origin_is_allowed() {
    register(SoftwareAuthenticator.create("https://login.example.com:8443"));

    assertThat(list(null, null).credentials()).hasSize(1);
  }

  @Test
  void complete_without_a_started_registration_throws_WebAuthnChallengeNotFoundException() {
    Document credential = authenticator.register(start());
    complete(credential);

    assertCognitoError(() -> complete(credential), WebAuthnChallengeNotFoundException.class,
        "The passkey registration challenge was not found or has expired.");
  }

  @Test
  void complete_after_the_challenge_expired_throws_WebAuthnChallengeNotFoundException() {
    Document credential = authenticator.register(start());
    fake.clock().advance(Duration.ofMinutes(5));

    assertCognitoError(() -> complete(credential), WebAuthnChallengeNotFoundException.class,
        "The passkey registration challenge was not found or has expired.");
  }

  @Test
  void an_answer_to_a_replaced_challenge_throws_WebAuthnChallengeNotFoundException() {
    Document credential = authenticator.register(start());
    start();

    assertCognitoError(() -> complete(credential), WebAuthnChallengeNotFoundException.class,
        "The passkey registration challenge was not found or has expired.");
  }

  @Test
  void complete_with_a_token_of_another_app_client_throws_WebAuthnClientMismatchException() {
    String otherClient = client(cognito, poolId, r -> r.explicitAuthFlows(
        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).clientId();
    String otherToken = signIn(cognito, otherClient, "alice", PASSWORD).accessToken();
    Document credential = authenticator.register(start());

    assertCognitoError(() -> cognito.completeWebAuthnRegistration(r -> r.accessToken(otherToken)
            .credential(credential)), WebAuthnClientMismatchException.class,
        "The access token belongs to a different app client than the one that started the passkey registration.");
  }

  @Test
  void a_credential_made_on_another_origin_throws_WebAuthnOriginNotAllowedException() {
    Document credential = authenticator.withOrigin("https://evil.example.org").register(start());

    assertCognitoError(() -> complete(credential), WebAuthnOriginNotAllowedException.class,
        "The origin https://evil.example.org is not allowed for passkeys of this user pool.");
  }

  @Test
  void plain_http_on_another_host_than_localhost_throws_WebAuthnOriginNotAllowedException() {
    Document credential = authenticator.withOrigin("http://example.com").register(start());

    assertCognitoError(() -> complete(credential), WebAuthnOriginNotAllowedException.class,
        "The origin http://example.com is not allowed for passkeys of this user pool.");
  }

  @Test
  void a_credential_for_another_relying_party_throws_WebAuthnRelyingPartyMismatchException() {
    Document credential = authenticator.withRelyingPartyId("example.org").register(start());

    assertCognitoError(() -> complete(credential), WebAuthnRelyingPartyMismatchException.class,
        "The passkey credential is associated with a different relying party ID than the user pool's.");
  }

  @Test
  void no_user_verification_where_the_pool_requires_it_throws_WebAuthnCredentialNotSupportedException() {
    relyingParty("example.com", UserVerificationType.REQUIRED);
    Document credential = authenticator.withoutUserVerification().register(start());

    assertCognitoError(() -> complete(credential), WebAuthnCredentialNotSupportedException.class,
        "The passkey credential is not supported: the user pool requires user verification.");
  }

  @Test
  void no_user_verification_where_the_pool_prefers_it_is_accepted() {
    register(authenticator.withoutUserVerification());

    assertThat(list(null, null).credentials()).hasSize(1);
  }

  @Test
  void a_malformed_credential_throws_InvalidParameterException() {
    start();

    assertCognitoError(() -> complete(Documents.fromJava(Map.of("id", "AAAA", "type", "public-key"))),
        InvalidParameterException.class, "Invalid passkey credential: response must be a JSON object.");
  }

  @Test
  void a_tampered_attestation_throws_InvalidParameterException() {
    Map<String, Object> credential = map(Documents.toJava(SoftwareAuthenticator.builder().origin(ORIGIN)
        .attestation(SoftwareAuthenticator.Attestation.PACKED_SELF).build().register(start())));
    Map<String, Object> response = map(credential.get("response"));
    // Same challenge and origin, one more member: the attestation signature no longer covers it.
    Base64.Decoder decoder = Base64.getUrlDecoder();
    String clientData = new String(decoder.decode((String) response.get("clientDataJSON")), StandardCharsets.UTF_8);
    String tampered = clientData.substring(0, clientData.length() - 1) + ",\"extra\":1}";
    response.put("clientDataJSON", Base64.getUrlEncoder().withoutPadding()
        .encodeToString(tampered.getBytes(StandardCharsets.UTF_8)));

    assertCognitoError(() -> complete(Documents.fromJava(credential)), InvalidParameterException.class,
        "Invalid passkey credential: the self attestation signature does not verify.");
  }

  @Test
  void complete_without_a_credential_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.completeWebAuthnRegistration(r -> r.accessToken(token)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'credential' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void a_failed_completion_leaves_the_challenge_for_a_good_answer() {
    Document options = start();
    Document wrongOrigin = authenticator.withOrigin("https://evil.example.org").register(options);
    assertCognitoError(() -> complete(wrongOrigin), WebAuthnOriginNotAllowedException.class,
        "The origin https://evil.example.org is not allowed for passkeys of this user pool.");
    assertThat(list(null, null).credentials()).isEmpty();

    complete(SoftwareAuthenticator.create(ORIGIN).register(options));

    assertThat(list(null, null).credentials()).hasSize(1);
  }

  /* ---- ListWebAuthnCredentials ---- */

  @Test
  void list_pages_with_max_results_and_next_token() {
    register(SoftwareAuthenticator.create(ORIGIN));
    fake.clock().advance(Duration.ofSeconds(1));
    register(SoftwareAuthenticator.create(ORIGIN));

    ListWebAuthnCredentialsResponse first = list(1, null);
    ListWebAuthnCredentialsResponse second = list(1, first.nextToken());

    assertThat(first.credentials()).hasSize(1);
    assertThat(first.nextToken()).isNotBlank();
    assertThat(second.credentials()).hasSize(1).doesNotContainAnyElementsOf(first.credentials());
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void max_results_above_twenty_throws_InvalidParameterException() {
    assertCognitoError(() -> list(21, null), InvalidParameterException.class,
        "1 validation error detected: Value '21' at 'maxResults' failed to satisfy constraint: "
            + "Member must have value less than or equal to 20");
  }

  @Test
  void list_with_an_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.listWebAuthnCredentials(r -> r.accessToken("not-a-token")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  /* ---- DeleteWebAuthnCredential ---- */

  @Test
  void delete_removes_the_passkey() {
    register(authenticator);

    cognito.deleteWebAuthnCredential(r -> r.accessToken(token).credentialId(authenticator.credentialIds().get(0)));

    assertThat(list(null, null).credentials()).isEmpty();
  }

  @Test
  void delete_of_an_unknown_credential_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.deleteWebAuthnCredential(r -> r.accessToken(token).credentialId("AAAA")),
        ResourceNotFoundException.class, "Credential not found.");
  }

  @Test
  void deleting_the_user_removes_its_passkeys() {
    register(authenticator);
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));
    confirmedUser(cognito, poolId, "alice");
    String newToken = signIn(cognito, clientId, "alice", PASSWORD).accessToken();

    assertThat(cognito.listWebAuthnCredentials(r -> r.accessToken(newToken)).credentials()).isEmpty();
  }

  @Test
  void get_user_auth_factors_lists_web_authn_once_registered() {
    assertThat(cognito.getUserAuthFactors(r -> r.accessToken(token)).configuredUserAuthFactors())
        .containsExactly(AuthFactorType.PASSWORD);

    register(authenticator);

    assertThat(cognito.getUserAuthFactors(r -> r.accessToken(token)).configuredUserAuthFactors())
        .containsExactly(AuthFactorType.PASSWORD, AuthFactorType.WEB_AUTHN);
  }

  /* ---- Helpers ---- */

  private void relyingParty(String rpId, UserVerificationType verification) {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.relyingPartyId(rpId).userVerification(verification)));
  }

  private Document start() {
    return cognito.startWebAuthnRegistration(r -> r.accessToken(token)).credentialCreationOptions();
  }

  private void complete(Document credential) {
    cognito.completeWebAuthnRegistration(r -> r.accessToken(token).credential(credential));
  }

  private void register(SoftwareAuthenticator passkey) {
    complete(passkey.register(start()));
  }

  private ListWebAuthnCredentialsResponse list(Integer maxResults, String nextToken) {
    return cognito.listWebAuthnCredentials(r -> r.accessToken(token).maxResults(maxResults).nextToken(nextToken));
  }

  private static Map<String, Object> options(Document options) {
    return map(Documents.toJava(options));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
