package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

class AdminUsersTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- AdminCreateUser ---- */

  @Test
  void creates_a_user_in_FORCE_CHANGE_PASSWORD_with_a_sub() {
    String poolId = pool(cognito);

    UserType user = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "alice@example.com")).messageAction("SUPPRESS")).user();

    assertThat(user.username()).isEqualTo("alice");
    assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(user.enabled()).isTrue();
    assertThat(user.userCreateDate()).isEqualTo(fake.clock().instant());
    assertThat(attributes(user.attributes()))
        .containsEntry("email", "alice@example.com")
        .hasEntrySatisfying("sub", sub -> assertThat(sub).matches("[0-9a-f-]{36}"));
  }

  @Test
  void sends_the_temporary_password_by_email_when_asked_to() {
    String poolId = pool(cognito);

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp0rary!")
        .userAttributes(attribute("email", "alice@example.com"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.userPoolId()).isEqualTo(poolId);
      assertThat(message.username()).isEqualTo("alice");
      assertThat(message.deliveryMedium()).isEqualTo("EMAIL");
      assertThat(message.destination()).isEqualTo("alice@example.com");
      assertThat(message.code()).isEqualTo("Temp0rary!");
      assertThat(message.message()).contains("alice", "Temp0rary!");
    });
  }

  @Test
  void invitation_goes_by_SMS_when_no_medium_is_named() {
    String poolId = pool(cognito);

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp0rary!")
        .userAttributes(attribute("email", "alice@example.com"), attribute("phone_number", "+15555550100")));

    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.deliveryMedium()).isEqualTo("SMS");
      assertThat(message.destination()).isEqualTo("+15555550100");
      assertThat(message.code()).isEqualTo("Temp0rary!");
    });
  }

  @Test
  void suppressed_invitation_sends_nothing() {
    String poolId = pool(cognito);

    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(attribute("email", "alice@example.com"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void resend_sends_a_new_invitation_to_a_FORCE_CHANGE_PASSWORD_user() {
    String poolId = pool(cognito);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").temporaryPassword("Temp0rary!")
        .userAttributes(attribute("email", "alice@example.com"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    UserType user = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("RESEND")
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL)).user();

    assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    List<SentMessage> messages = fake.outbox().messages();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).destination()).isEqualTo("alice@example.com");
    assertThat(messages.get(1).code()).isNotEqualTo("Temp0rary!");
    assertThat(fake.outbox().lastCode(poolId, "alice")).contains(messages.get(1).code());
  }

  @Test
  void resend_for_a_confirmed_user_throws_UnsupportedUserStateException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .messageAction("RESEND")),
        UnsupportedUserStateException.class, "Resend not possible. alice status is not FORCE_CHANGE_PASSWORD");
  }

  @Test
  void resend_for_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("nobody")
        .messageAction("RESEND")), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void unknown_message_action_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .messageAction("SHOUT")), InvalidParameterException.class,
        "1 validation error detected: Value 'SHOUT' at 'messageAction' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [RESEND, SUPPRESS]");
  }

  @Test
  void generated_temporary_password_satisfies_the_policy_and_signs_in() {
    String poolId = pool(cognito, r -> r.policies(p -> p.passwordPolicy(pp -> pp.minimumLength(14)
        .requireUppercase(true).requireLowercase(true).requireNumbers(true).requireSymbols(true))));
    String clientId = client(cognito, poolId).clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "alice@example.com"))
        .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

    String temporary = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertThat(temporary).hasSizeGreaterThanOrEqualTo(14)
        .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", temporary))).challengeName())
        .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
  }

  @Test
  void weak_temporary_password_throws_InvalidPasswordException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .temporaryPassword("password1!")), InvalidPasswordException.class,
        "Password did not conform with password policy: Password must have uppercase characters");
  }

  @Test
  void temporary_password_shorter_than_6_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
            .temporaryPassword("Ab1!")), InvalidParameterException.class,
        "1 validation error detected: Value at 'temporaryPassword' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 6");
  }

  @Test
  void duplicate_username_throws_UsernameExistsException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")),
        UsernameExistsException.class, "User account already exists");
  }

  @Test
  void verified_email_alias_of_another_user_throws_AliasExistsException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("bob")
            .messageAction("SUPPRESS").userAttributes(attribute("email", "shared@example.com"),
                attribute("email_verified", "true"))),
        AliasExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void email_as_username_pool_makes_the_sub_the_internal_username() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));

    UserType user = cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice@example.com")
        .messageAction("SUPPRESS")).user();

    Map<String, String> attributes = attributes(user.attributes());
    assertThat(user.username()).isEqualTo(attributes.get("sub"));
    assertThat(attributes).containsEntry("email", "alice@example.com");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice@example.com")).username())
        .isEqualTo(user.username());
  }

  @Test
  void email_as_username_pool_rejects_a_second_user_with_the_same_email() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice@example.com").messageAction("SUPPRESS"));

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice@example.com")
        .messageAction("SUPPRESS")), UsernameExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void create_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId("us-east-1_missing").username("alice")),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  /* ---- AdminGetUser ---- */

  @Test
  void gets_a_user_by_username() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(user.username()).isEqualTo("alice");
    assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(user.enabled()).isTrue();
    assertThat(attributes(user.userAttributes())).containsEntry("email", "alice@example.com").containsKey("sub");
  }

  @Test
  void gets_a_user_by_verified_email_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice@example.com")).username())
        .isEqualTo("alice");
  }

  @Test
  void unverified_email_is_not_an_alias_and_throws_UserNotFoundException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice@example.com")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void gets_a_user_by_sub() {
    String poolId = pool(cognito);
    String sub = attributes(cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice")
        .messageAction("SUPPRESS")).user().attributes()).get("sub");

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username(sub)).username()).isEqualTo("alice");
  }

  @Test
  void unknown_username_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void get_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId("us-east-1_missing").username("alice")),
        ResourceNotFoundException.class, "User pool us-east-1_missing does not exist.");
  }

  @Test
  void missing_username_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null");
  }

  /* ---- Case sensitivity ---- */

  @Test
  void case_insensitive_pool_treats_differently_cased_usernames_as_one_user() {
    String poolId = pool(cognito, r -> r.usernameConfiguration(c -> c.caseSensitive(false)));
    String sub = attributes(cognito.adminCreateUser(r -> r.userPoolId(poolId).username("Alice")
        .messageAction("SUPPRESS")).user().attributes()).get("sub");

    AdminGetUserResponse found = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(attributes(found.userAttributes())).containsEntry("sub", sub);
    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("ALICE")),
        UsernameExistsException.class, "User account already exists");
  }

  @Test
  void case_insensitive_pool_signs_in_with_any_case() {
    String poolId = pool(cognito, r -> r.usernameConfiguration(c -> c.caseSensitive(false)));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "Alice");

    AuthenticationResultType tokens = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "aLiCe", "PASSWORD", PASSWORD))).authenticationResult();

    assertThat(tokens.accessToken()).isNotBlank();
  }

  @Test
  void usernames_are_case_sensitive_without_UsernameConfiguration() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "Alice");

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).username()).isEqualTo("alice");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("Alice")).username()).isEqualTo("Alice");
  }

  /* ---- AdminDeleteUser ---- */

  @Test
  void deleted_user_is_gone() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void deleting_a_user_frees_its_email_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));

    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("shared@example.com"));
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("shared@example.com")).username())
        .isEqualTo("bob");
  }

  @Test
  void deleting_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- AdminSetUserPassword ---- */

  @Test
  void permanent_password_confirms_the_user_and_signs_in() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));

    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("N3w-Password").permanent(true));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "N3w-Password"))).authenticationResult())
        .isNotNull();
  }

  @Test
  void temporary_password_puts_the_user_in_FORCE_CHANGE_PASSWORD() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Temp0rary!").permanent(false));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Temp0rary!"))).challengeName())
        .isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
  }

  @Test
  void password_against_the_policy_throws_InvalidPasswordException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice")
            .password("Sh0rt!x").permanent(true)), InvalidPasswordException.class,
        "Password did not conform with password policy: Password not long enough");
    assertCognitoError(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice")
            .password("NoSymbols123").permanent(true)), InvalidPasswordException.class,
        "Password did not conform with password policy: Password must have symbol characters");
  }

  @Test
  void missing_password_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice")),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void setting_the_password_of_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("nobody")
        .password(PASSWORD).permanent(true)), UserNotFoundException.class, "User does not exist.");
  }

  /* ---- GetUser ---- */

  @Test
  void access_token_gets_the_username_and_attributes() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("name", "Alice"));

    GetUserResponse user = cognito.getUser(r -> r.accessToken(signIn(clientId, "alice").accessToken()));

    assertThat(user.username()).isEqualTo("alice");
    assertThat(attributes(user.userAttributes()))
        .containsEntry("email", "alice@example.com").containsEntry("name", "Alice").containsKey("sub");
  }

  @Test
  void read_attributes_of_the_client_restrict_the_attributes_returned() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.readAttributes("email")).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("name", "Alice"));

    GetUserResponse user = cognito.getUser(r -> r.accessToken(signIn(clientId, "alice").accessToken()));

    assertThat(attributes(user.userAttributes())).containsOnlyKeys("sub", "email");
  }

  @Test
  void garbage_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.getUser(r -> r.accessToken("not-a-token")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void expired_access_token_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    fake.clock().advance(Duration.ofHours(1));

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)),
        NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void id_token_is_not_an_access_token() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String idToken = signIn(clientId, "alice").idToken();

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(idToken)),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void access_token_of_another_fake_is_rejected() {
    CognitoIdentityProviderClient other = clientFor(fake());
    String otherPool = pool(other);
    String otherClient = client(other, otherPool).clientId();
    confirmedUser(other, otherPool, "alice");
    String token = other.initiateAuth(r -> r.clientId(otherClient).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult().accessToken();

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void access_token_of_a_deleted_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void access_token_of_a_deleted_and_recreated_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void missing_access_token_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.getUser(r -> {}), InvalidParameterException.class,
        "1 validation error detected: Value null at 'accessToken' failed to satisfy constraint: "
            + "Member must not be null");
  }

  /* ---- Helpers ---- */

  private AuthenticationResultType signIn(String clientId, String username) {
    return Fixtures.signIn(cognito, clientId, username, PASSWORD);
  }

  private static Map<String, String> attributes(List<AttributeType> attributes) {
    return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }
}
