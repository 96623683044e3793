package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.util.ModelSupport;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

class PasswordSignInTest {

  private static final String TEMPORARY = "Temp0rary!";
  private static final String NEW_PASSWORD = "N3w-Password";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH ---- */

  @Test
  void user_password_auth_returns_tokens() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(credentials("alice", PASSWORD)));

    assertTokens(response.authenticationResult(), true);
    assertThat(response.challengeName()).isNull();
    assertThat(response.session()).isNull();
    assertThat(response.challengeParameters()).isEmpty();
  }

  @Test
  void admin_user_password_auth_returns_tokens() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    AdminInitiateAuthResponse response = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(credentials("alice", PASSWORD)));

    assertTokens(response.authenticationResult(), true);
    assertThat(response.challengeName()).isNull();
    assertThat(response.challengeParameters()).isEmpty();
  }

  @Test
  void admin_no_srp_auth_returns_tokens() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    AdminInitiateAuthResponse response = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_NO_SRP_AUTH).authParameters(credentials("alice", PASSWORD)));

    assertTokens(response.authenticationResult(), true);
  }

  @Test
  void signs_in_with_a_verified_email_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    AuthenticationResultType tokens = passwordAuth(clientId, "alice@example.com", PASSWORD);

    assertThat(claims(tokens.accessToken()).getClaim("username")).isEqualTo("alice");
  }

  @Test
  void signs_in_with_the_email_in_an_email_as_username_pool() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice@example.com");

    AuthenticationResultType tokens = passwordAuth(clientId, "alice@example.com", PASSWORD);

    JWTClaimsSet access = claims(tokens.accessToken());
    assertThat(access.getClaim("username")).isEqualTo(access.getSubject());
  }

  @Test
  void user_password_auth_not_enabled_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> passwordAuth(clientId, "alice", PASSWORD),
        InvalidParameterException.class, "USER_PASSWORD_AUTH flow not enabled for this client");
  }

  @Test
  void admin_user_password_auth_not_enabled_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> adminPasswordAuth(poolId, clientId, "alice", PASSWORD),
        InvalidParameterException.class, "Auth flow not enabled for this client");
  }

  @Test
  void admin_flow_on_InitiateAuth_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId)
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(credentials("alice", PASSWORD))),
        InvalidParameterException.class, "Initiate Auth method not supported.");
    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId)
            .authFlow(AuthFlowType.ADMIN_NO_SRP_AUTH).authParameters(credentials("alice", PASSWORD))),
        InvalidParameterException.class, "Initiate Auth method not supported.");
  }

  @Test
  void user_password_auth_on_AdminInitiateAuth_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(credentials("alice", PASSWORD))),
        InvalidParameterException.class, "Initiate Auth method not supported.");
  }

  @Test
  void missing_username_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("PASSWORD", PASSWORD))), InvalidParameterException.class,
        "Missing required parameter USERNAME");
    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("PASSWORD", PASSWORD))),
        InvalidParameterException.class, "Missing required parameter USERNAME");
  }

  @Test
  void missing_password_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "Missing required parameter PASSWORD");
  }

  @Test
  void unknown_user_throws_UserNotFoundException_with_LEGACY_existence_errors() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> passwordAuth(clientId, "nobody", PASSWORD),
        UserNotFoundException.class, "User does not exist.");
    assertCognitoError(() -> adminPasswordAuth(poolId, clientId, "nobody", PASSWORD),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void unknown_user_throws_NotAuthorizedException_with_ENABLED_existence_errors() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId,
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();

    assertCognitoError(() -> passwordAuth(clientId, "nobody", PASSWORD),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void wrong_password_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> passwordAuth(clientId, "alice", "Wr0ng-Password"),
        NotAuthorizedException.class, "Incorrect username or password.");
    assertCognitoError(() -> adminPasswordAuth(poolId, clientId, "alice", "Wr0ng-Password"),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void unconfirmed_user_throws_UserNotConfirmedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD));

    assertCognitoError(() -> passwordAuth(clientId, "alice", PASSWORD),
        UserNotConfirmedException.class, "User is not confirmed.");
  }

  @Test
  void unconfirmed_user_with_a_wrong_password_and_ENABLED_existence_errors_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId,
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();
    cognito.signUp(r -> r.clientId(clientId).username("alice").password(PASSWORD));

    assertCognitoError(() -> passwordAuth(clientId, "alice", "Wr0ng-Password"),
        NotAuthorizedException.class, "Incorrect username or password.");
    assertCognitoError(() -> passwordAuth(clientId, "alice", PASSWORD),
        UserNotConfirmedException.class, "User is not confirmed.");
  }

  @Test
  void client_with_a_secret_accepts_the_right_SECRET_HASH() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
            "SECRET_HASH", secretHash(client, "alice"))));

    assertTokens(response.authenticationResult(), true);
  }

  @Test
  void missing_SECRET_HASH_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> passwordAuth(client.clientId(), "alice", PASSWORD), NotAuthorizedException.class,
        "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
    assertCognitoError(() -> adminPasswordAuth(poolId, client.clientId(), "alice", PASSWORD),
        NotAuthorizedException.class,
        "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
  }

  @Test
  void wrong_SECRET_HASH_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(client.clientId())
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice",
                "PASSWORD", PASSWORD, "SECRET_HASH", secretHash(client, "bob")))),
        NotAuthorizedException.class, "Unable to verify secret hash for client " + client.clientId());
  }

  @Test
  void null_auth_flow_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId).authParameters(credentials("a", PASSWORD))),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'authFlow' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void unknown_auth_flow_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
            .authFlow("MAGIC_AUTH").authParameters(credentials("a", PASSWORD))),
        InvalidParameterException.class,
        "1 validation error detected: Value 'MAGIC_AUTH' at 'authFlow' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, "
            + "ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH]");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(() -> passwordAuth("nosuchclient", "alice", PASSWORD),
        ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
  }

  @Test
  void admin_sign_in_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> adminPasswordAuth("us-east-1_missing", "nosuchclient", "alice", PASSWORD),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  @Test
  void admin_sign_in_with_a_client_of_another_pool_throws_ResourceNotFoundException() {
    String poolId = pool(cognito);
    String otherClientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> adminPasswordAuth(poolId, otherClientId, "alice", PASSWORD),
        ResourceNotFoundException.class, "User pool client " + otherClientId + " does not exist.");
  }

  /* ---- NEW_PASSWORD_REQUIRED ---- */

  @Test
  void temporary_password_returns_the_NEW_PASSWORD_REQUIRED_challenge() throws Exception {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice", attribute("email", "alice@example.com"));

    InitiateAuthResponse response = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(credentials("alice", TEMPORARY)));

    assertThat(response.authenticationResult()).isNull();
    assertThat(response.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(response.session()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(response.challengeParameters())
        .containsEntry("USER_ID_FOR_SRP", "alice")
        .containsEntry("requiredAttributes", "[]")
        .containsKey("userAttributes");
    assertThat(JSONObjectUtils.parse(response.challengeParameters().get("userAttributes")))
        .isEqualTo(Map.of("email", "alice@example.com"));
  }

  @Test
  void admin_sign_in_with_a_temporary_password_returns_the_challenge() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");

    AdminInitiateAuthResponse response = adminPasswordAuthResponse(poolId, clientId, "alice", TEMPORARY);

    assertThat(response.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
    assertThat(response.session()).isNotBlank();
    assertThat(response.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "alice");
  }

  @Test
  void new_password_answer_returns_tokens_and_confirms_the_user() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    AuthenticationResultType tokens = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD))).authenticationResult();

    assertTokens(tokens, true);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertTokens(passwordAuth(clientId, "alice", NEW_PASSWORD), true);
    assertCognitoError(() -> passwordAuth(clientId, "alice", TEMPORARY),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void admin_new_password_answer_returns_tokens_and_confirms_the_user() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = adminPasswordAuthResponse(poolId, clientId, "alice", TEMPORARY).session();

    AuthenticationResultType tokens = cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId)
        .clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD))).authenticationResult();

    assertTokens(tokens, true);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void required_attributes_are_listed_and_set_by_the_answer() {
    String poolId = pool(cognito, r -> r.schema(s -> s.name("name").required(true)));
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(credentials("alice", TEMPORARY)));

    cognito.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
        .session(challenge.session()).challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD,
            "userAttributes.name", "Alice Liddell")));

    assertThat(challenge.challengeParameters()).containsEntry("requiredAttributes", "[\"userAttributes.name\"]");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes())
        .contains(attribute("name", "Alice Liddell"));
  }

  @Test
  void missing_required_attribute_throws_InvalidParameterException() {
    String poolId = pool(cognito, r -> r.schema(s -> s.name("name").required(true)));
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId)
            .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
            .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD))),
        InvalidParameterException.class, "Invalid attributes given, name is missing");
  }

  @Test
  void weak_new_password_throws_InvalidPasswordException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    assertCognitoError(() -> answerNewPassword(clientId, session, "alice", "n3w-password"),
        InvalidPasswordException.class,
        "Password did not conform with password policy: Password must have uppercase characters");
  }

  @Test
  void missing_new_password_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId)
            .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
            .challengeResponses(Map.of("USERNAME", "alice"))),
        InvalidParameterException.class, "Missing required parameter NEW_PASSWORD");
  }

  @Test
  void session_used_twice_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");
    answerNewPassword(clientId, session, "alice", NEW_PASSWORD);

    assertCognitoError(() -> answerNewPassword(clientId, session, "alice", "An0ther-Password"),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void unknown_session_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");

    assertCognitoError(() -> answerNewPassword(clientId, "x".repeat(40), "alice", NEW_PASSWORD),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void session_of_another_client_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String otherClientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    assertCognitoError(() -> answerNewPassword(otherClientId, session, "alice", NEW_PASSWORD),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void expired_session_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    fake.clock().advance(Duration.ofMinutes(3));

    assertCognitoError(() -> answerNewPassword(clientId, session, "alice", NEW_PASSWORD),
        NotAuthorizedException.class, "Invalid session for the user, session is expired.");
  }

  @Test
  void session_is_still_valid_just_before_it_expires() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    fake.clock().advance(Duration.ofMinutes(3).minusSeconds(1));

    assertTokens(answerNewPassword(clientId, session, "alice", NEW_PASSWORD), true);
  }

  @Test
  void expired_temporary_password_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");

    fake.clock().advance(Duration.ofDays(7));

    assertCognitoError(() -> passwordAuth(clientId, "alice", TEMPORARY), NotAuthorizedException.class,
        "Temporary password has expired and must be reset by an administrator.");
  }

  @Test
  void temporary_password_expires_after_the_pool_s_validity_days() {
    String poolId = pool(cognito, r -> r.policies(p -> p.passwordPolicy(pp -> pp.minimumLength(8)
        .requireUppercase(true).requireLowercase(true).requireNumbers(true).requireSymbols(true)
        .temporaryPasswordValidityDays(1))));
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    fake.clock().advance(Duration.ofHours(23));
    assertThat(challengeSession(clientId, "alice")).isNotBlank();

    fake.clock().advance(Duration.ofHours(1));

    assertCognitoError(() -> passwordAuth(clientId, "alice", TEMPORARY), NotAuthorizedException.class,
        "Temporary password has expired and must be reset by an administrator.");
  }

  @Test
  void admin_setting_a_new_temporary_password_restarts_its_validity() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    fake.clock().advance(Duration.ofDays(6));

    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password(TEMPORARY).permanent(false));
    fake.clock().advance(Duration.ofDays(6));

    assertThat(challengeSession(clientId, "alice")).isNotBlank();
  }

  @Test
  void challenge_answer_hashes_the_internal_username() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    invitedUser(poolId, "alice@example.com");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice@example.com",
            "PASSWORD", TEMPORARY, "SECRET_HASH", secretHash(client, "alice@example.com"))));
    String internal = challenge.challengeParameters().get("USER_ID_FOR_SRP");

    AuthenticationResultType tokens = cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
        .challengeResponses(Map.of("USERNAME", internal, "NEW_PASSWORD", NEW_PASSWORD,
            "SECRET_HASH", secretHash(client, internal)))).authenticationResult();

    assertThat(internal).isNotEqualTo("alice@example.com");
    assertTokens(tokens, true);
  }

  @Test
  void challenge_answer_hashed_over_the_email_throws_NotAuthorizedException() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    invitedUser(poolId, "alice@example.com");
    InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice@example.com",
            "PASSWORD", TEMPORARY, "SECRET_HASH", secretHash(client, "alice@example.com"))));
    String internal = challenge.challengeParameters().get("USER_ID_FOR_SRP");

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
            .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
            .challengeResponses(Map.of("USERNAME", internal, "NEW_PASSWORD", NEW_PASSWORD,
                "SECRET_HASH", secretHash(client, "alice@example.com")))),
        NotAuthorizedException.class, "Unable to verify secret hash for client " + client.clientId());
  }

  @Test
  void null_challenge_name_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId).session("x".repeat(40))
            .challengeResponses(Map.of("USERNAME", "alice"))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'challengeName' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void challenge_the_fake_never_issues_with_an_unknown_session_throws_NotAuthorizedException() {
    assumeTrue(ModelSupport.WEB_AUTHN, "needs SDK 2.29+ (WEB_AUTHN challenge)");
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId)
            .challengeName(ChallengeNameType.WEB_AUTHN).session("x".repeat(40))
            .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", "{}"))),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  @Test
  void ADMIN_NO_SRP_AUTH_named_as_the_challenge_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    invitedUser(poolId, "alice");
    String session = challengeSession(clientId, "alice");

    assertCognitoError(() -> cognito.respondToAuthChallenge(r -> r.clientId(clientId)
            .challengeName(ChallengeNameType.ADMIN_NO_SRP_AUTH).session(session)
            .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", NEW_PASSWORD))),
        NotAuthorizedException.class, "Invalid session for the user.");
  }

  /* ---- Refresh ---- */

  @Test
  void refresh_token_auth_returns_new_id_and_access_tokens() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType first = passwordAuth(clientId, "alice", PASSWORD);
    fake.clock().advance(Duration.ofMinutes(10));

    AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", first.refreshToken())))
        .authenticationResult();

    assertTokens(refreshed, false);
    assertSameSignIn(first, refreshed);
  }

  @Test
  void refresh_token_flow_is_the_same_as_refresh_token_auth() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType first = passwordAuth(clientId, "alice", PASSWORD);
    fake.clock().advance(Duration.ofMinutes(10));

    AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN).authParameters(Map.of("REFRESH_TOKEN", first.refreshToken())))
        .authenticationResult();

    assertTokens(refreshed, false);
    assertSameSignIn(first, refreshed);
  }

  @Test
  void admin_refresh_returns_new_id_and_access_tokens() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    AuthenticationResultType first = adminPasswordAuth(poolId, clientId, "alice", PASSWORD);
    fake.clock().advance(Duration.ofMinutes(10));

    AuthenticationResultType refreshed = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", first.refreshToken())))
        .authenticationResult();

    assertTokens(refreshed, false);
    assertSameSignIn(first, refreshed);
  }

  @Test
  void refresh_token_of_another_client_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String otherClientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = passwordAuth(clientId, "alice", PASSWORD).refreshToken();

    assertCognitoError(() -> refresh(otherClientId, Map.of("REFRESH_TOKEN", refreshToken)),
        NotAuthorizedException.class, "Invalid Refresh Token.");
  }

  @Test
  void garbage_refresh_token_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> refresh(clientId, Map.of("REFRESH_TOKEN", "not.a.refresh.token.at-all")),
        NotAuthorizedException.class, "Invalid Refresh Token.");
    assertCognitoError(() -> refresh(clientId, Map.of("REFRESH_TOKEN", "garbage")),
        NotAuthorizedException.class, "Invalid Refresh Token.");
  }

  @Test
  void refresh_not_enabled_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH))
        .clientId();
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = passwordAuth(clientId, "alice", PASSWORD).refreshToken();

    assertCognitoError(() -> refresh(clientId, Map.of("REFRESH_TOKEN", refreshToken)),
        InvalidParameterException.class, "REFRESH_TOKEN_AUTH flow not enabled for this client");
  }

  @Test
  void client_with_legacy_flow_names_always_allows_refresh() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.explicitAuthFlows(ExplicitAuthFlowsType.USER_PASSWORD_AUTH))
        .clientId();
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = passwordAuth(clientId, "alice", PASSWORD).refreshToken();

    assertTokens(refresh(clientId, Map.of("REFRESH_TOKEN", refreshToken)), false);
  }

  @Test
  void missing_auth_flow_is_reported_before_an_unknown_client() {
    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId("unknownclient").authParameters(Map.of())),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'authFlow' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void missing_refresh_token_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> refresh(clientId, Map.of()),
        InvalidParameterException.class, "Missing required parameter REFRESH_TOKEN");
  }

  @Test
  void expired_refresh_token_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = passwordAuth(clientId, "alice", PASSWORD).refreshToken();

    fake.clock().advance(Duration.ofDays(30));

    assertCognitoError(() -> refresh(clientId, Map.of("REFRESH_TOKEN", refreshToken)),
        NotAuthorizedException.class, "Refresh Token has expired");
  }

  @Test
  void refresh_token_of_a_deleted_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = passwordAuth(clientId, "alice", PASSWORD).refreshToken();
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> refresh(clientId, Map.of("REFRESH_TOKEN", refreshToken)),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void refresh_hashes_the_internal_username() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice@example.com");
    AuthenticationResultType first = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice@example.com",
            "PASSWORD", PASSWORD, "SECRET_HASH", secretHash(client, "alice@example.com")))).authenticationResult();
    String internal = (String) claims(first.accessToken()).getClaim("username");

    AuthenticationResultType refreshed = refresh(client.clientId(),
        Map.of("REFRESH_TOKEN", first.refreshToken(), "SECRET_HASH", secretHash(client, internal)));

    assertTokens(refreshed, false);
  }

  @Test
  void refresh_hashed_over_the_email_throws_NotAuthorizedException() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice@example.com");
    String refreshToken = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice@example.com",
            "PASSWORD", PASSWORD, "SECRET_HASH", secretHash(client, "alice@example.com"))))
        .authenticationResult().refreshToken();

    assertCognitoError(() -> refresh(client.clientId(),
            Map.of("REFRESH_TOKEN", refreshToken, "SECRET_HASH", secretHash(client, "alice@example.com"))),
        NotAuthorizedException.class, "SecretHash does not match for the client: " + client.clientId());
  }

  @Test
  void refresh_without_SECRET_HASH_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    UserPoolClientType client = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = cognito.initiateAuth(r -> r.clientId(client.clientId())
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "alice",
            "PASSWORD", PASSWORD, "SECRET_HASH", secretHash(client, "alice")))).authenticationResult().refreshToken();

    assertCognitoError(() -> refresh(client.clientId(), Map.of("REFRESH_TOKEN", refreshToken)),
        NotAuthorizedException.class,
        "Client " + client.clientId() + " is configured with secret but SECRET_HASH was not received");
  }

  /* ---- Helpers ---- */

  private static Map<String, String> credentials(String username, String password) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("USERNAME", username);
    parameters.put("PASSWORD", password);
    return parameters;
  }

  private AuthenticationResultType passwordAuth(String clientId, String username, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(credentials(username, password))).authenticationResult();
  }

  private AdminInitiateAuthResponse adminPasswordAuthResponse(
      String poolId, String clientId, String username, String password) {
    return cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(credentials(username, password)));
  }

  private AuthenticationResultType adminPasswordAuth(String poolId, String clientId, String username, String password) {
    return adminPasswordAuthResponse(poolId, clientId, username, password).authenticationResult();
  }

  private AuthenticationResultType refresh(String clientId, Map<String, String> parameters) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(parameters)).authenticationResult();
  }

  private void invitedUser(String poolId, String username, AttributeType... attributes) {
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).temporaryPassword(TEMPORARY)
        .userAttributes(attributes).messageAction("SUPPRESS"));
  }

  private String challengeSession(String clientId, String username) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(credentials(username, TEMPORARY))).session();
  }

  private AuthenticationResultType answerNewPassword(
      String clientId, String session, String username, String password) {
    return cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
        .challengeResponses(Map.of("USERNAME", username, "NEW_PASSWORD", password))).authenticationResult();
  }

  private static void assertTokens(AuthenticationResultType tokens, boolean withRefreshToken) {
    assertThat(tokens).isNotNull();
    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(tokens.idToken()).isNotBlank();
    assertThat(tokens.expiresIn()).isEqualTo(3600);
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    if (withRefreshToken) {
      assertThat(tokens.refreshToken()).isNotBlank();
    } else {
      assertThat(tokens.refreshToken()).isNull();
    }
  }

  private static void assertSameSignIn(AuthenticationResultType first, AuthenticationResultType refreshed) {
    for (String[] pair : new String[][] {{first.accessToken(), refreshed.accessToken()},
        {first.idToken(), refreshed.idToken()}}) {
      JWTClaimsSet before = claims(pair[0]);
      JWTClaimsSet after = claims(pair[1]);
      assertThat(after.getClaim("auth_time")).isEqualTo(before.getClaim("auth_time"));
      assertThat(after.getClaim("origin_jti")).isEqualTo(before.getClaim("origin_jti"));
      assertThat(after.getJWTID()).isNotEqualTo(before.getJWTID());
      assertThat(after.getIssueTime()).isAfter(before.getIssueTime());
      assertThat(after.getSubject()).isEqualTo(before.getSubject());
    }
  }

  private static JWTClaimsSet claims(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new AssertionError("not a signed JWT: " + token, e);
    }
  }
}
