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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class AdminUserManagementTest {

  private static final String NOT_NULL = "1 validation error detected: Value null at '%s' failed to satisfy "
      + "constraint: Member must not be null";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /* ---- AdminUpdateUserAttributes ---- */

  @Test
  void updates_attributes_and_the_last_modified_date() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("name", "Alice"));
    fake.clock().advance(Duration.ofMinutes(5));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("name", "Alice Smith"), attribute("locale", "en-GB")));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(attributes(user.userAttributes())).containsEntry("name", "Alice Smith").containsEntry("locale", "en-GB");
    assertThat(user.userLastModifiedDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void new_email_marked_verified_applies_at_once_without_a_code() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "new@example.org"), attribute("email_verified", "true")));

    assertThat(attributes(poolId, "alice"))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "true");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void new_email_in_an_auto_verified_pool_is_sent_a_code() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "new@example.org")));

    assertThat(attributes(poolId, "alice"))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "false");
    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.destination()).isEqualTo("new@example.org");
      assertThat(message.code()).matches("\\d{6}");
    });
  }

  @Test
  void marking_the_email_verified_confirms_a_pending_change() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
        .userAttributeUpdateSettings(u -> u.attributesRequireVerificationBeforeUpdate(VerifiedAttributeType.EMAIL)));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "new@example.org")));
    assertThat(attributes(poolId, "alice")).containsEntry("email", "alice@example.com");

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email_verified", "true")));

    assertThat(attributes(poolId, "alice"))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "true");
  }

  @Test
  void verified_email_becomes_a_sign_in_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email_verified", "true")));

    assertThat(signIn(clientId, "alice@example.com").accessToken()).isNotBlank();
  }

  @Test
  void email_another_user_has_as_alias_throws_AliasExistsException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"), attribute("email_verified", "true"));
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("email", "shared@example.com"), attribute("email_verified", "true"))),
        AliasExistsException.class, "An account with the given email already exists.");
    assertThat(attributes(poolId, "alice")).doesNotContainKey("email");
  }

  @Test
  void update_of_an_immutable_attribute_throws_InvalidParameterException() {
    String poolId = pool(cognito, r -> r.schema(SchemaAttributeType.builder().name("tenant")
        .attributeDataType(AttributeDataType.STRING).mutable(false).build()));
    confirmedUser(cognito, poolId, "alice", attribute("custom:tenant", "acme"));

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
            .userAttributes(attribute("custom:tenant", "other"))),
        InvalidParameterException.class, "user.custom:tenant: Attribute cannot be updated.");
  }

  @Test
  void malformed_email_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "not-an-email"))), InvalidParameterException.class,
        "Invalid email address format.");
  }

  @Test
  void update_of_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("nobody")
        .userAttributes(attribute("name", "x"))), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void update_without_attributes_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")),
        InvalidParameterException.class, NOT_NULL.formatted("userAttributes"));
  }

  @Test
  void update_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId("us-east-1_nothere")
            .username("alice").userAttributes(attribute("name", "x"))),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  /* ---- AdminDeleteUserAttributes ---- */

  @Test
  void deletes_attributes() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("name", "Alice"), attribute("locale", "en"));

    cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("alice").userAttributeNames("name"));

    assertThat(attributes(poolId, "alice")).doesNotContainKey("name").containsEntry("locale", "en");
  }

  @Test
  void deleting_a_verified_alias_email_stops_sign_in_with_it() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("alice").userAttributeNames("email"));

    assertThat(attributes(poolId, "alice")).doesNotContainKeys("email", "email_verified");
    assertCognitoError(() -> signIn(clientId, "alice@example.com"), UserNotFoundException.class,
        "User does not exist.");
  }

  @Test
  void deleting_a_required_attribute_throws_InvalidParameterException() {
    String poolId = pool(cognito, r -> r.schema(SchemaAttributeType.builder().name("email").required(true).build()));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("alice")
            .userAttributeNames("email")),
        InvalidParameterException.class, "Attributes did not conform to the schema: email: The attribute is required\n");
  }

  @Test
  void deleting_the_sub_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("alice")
            .userAttributeNames("sub")),
        InvalidParameterException.class, "Attributes did not conform to the schema: sub: Attribute cannot be updated.\n");
  }

  @Test
  void deleting_attributes_of_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("nobody")
        .userAttributeNames("name")), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void deleting_without_names_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminDeleteUserAttributes(r -> r.userPoolId(poolId).username("alice")),
        InvalidParameterException.class, NOT_NULL.formatted("userAttributeNames"));
  }

  /* ---- AdminDisableUser and AdminEnableUser ---- */

  @Test
  void disabled_user_cannot_sign_in() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");

    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).enabled()).isFalse();
    assertCognitoError(() -> signIn(clientId, "alice"), NotAuthorizedException.class, "User is disabled.");
  }

  @Test
  void enabled_user_can_sign_in_again() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    cognito.adminEnableUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).enabled()).isTrue();
    assertThat(signIn(clientId, "alice").accessToken()).isNotBlank();
  }

  @Test
  void disabling_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminDisableUser(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void enabling_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminEnableUser(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void disabling_without_username_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminDisableUser(r -> r.userPoolId(poolId)),
        InvalidParameterException.class, NOT_NULL.formatted("username"));
  }

  @Test
  void enabling_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.adminEnableUser(r -> r.userPoolId("us-east-1_nothere").username("alice")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  /* ---- AdminResetUserPassword ---- */

  @Test
  void reset_requires_a_new_password_and_sends_a_code() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.RESET_REQUIRED);
    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.deliveryMedium()).isEqualTo("EMAIL");
      assertThat(message.destination()).isEqualTo("alice@example.com");
      assertThat(message.code()).matches("\\d{6}");
    });
  }

  @Test
  void sign_in_after_a_reset_throws_PasswordResetRequiredException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));

    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> signIn(clientId, "alice"), PasswordResetRequiredException.class,
        "Password reset required for the user");
  }

  @Test
  void the_reset_code_sets_a_new_password_with_ConfirmForgotPassword() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));
    String code = fake.outbox().messages().get(0).code();

    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password("N3w-Passw0rd"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertThat(signIn(clientId, "alice", "N3w-Passw0rd").accessToken()).isNotBlank();
  }

  @Test
  void reset_code_goes_to_the_verified_phone_number_first() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true"));

    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(fake.outbox().messages()).singleElement().extracting(SentMessage::destination)
        .isEqualTo("+15555550100");
  }

  @Test
  void reset_code_follows_the_account_recovery_setting() {
    String poolId = pool(cognito, r -> r.accountRecoverySetting(s -> s.recoveryMechanisms(
        RecoveryOptionType.builder().name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1).build())));
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true"));

    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(fake.outbox().messages()).singleElement().extracting(SentMessage::destination)
        .isEqualTo("alice@example.com");
  }

  @Test
  void reset_without_a_verified_contact_throws_InvalidParameterException() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice")),
        InvalidParameterException.class,
        "Cannot reset password for the user as there is no registered/verified email or phone_number");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void reset_of_an_invited_user_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(attribute("email", "alice@example.com"), attribute("email_verified", "true")));

    assertCognitoError(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice")),
        NotAuthorizedException.class, "User password cannot be reset in the current state.");
  }

  @Test
  void reset_of_a_disabled_user_throws_NotAuthorizedException_and_sends_nothing() {
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice")),
        NotAuthorizedException.class, "User is disabled.");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void reset_of_an_unknown_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- Helpers ---- */

  private AuthenticationResultType signIn(String clientId, String username) {
    return signIn(clientId, username, PASSWORD);
  }

  private AuthenticationResultType signIn(String clientId, String username, String password) {
    return Fixtures.signIn(cognito, clientId, username, password);
  }

  private Map<String, String> attributes(String poolId, String username) {
    return attributes(cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes());
  }

  private static Map<String, String> attributes(List<AttributeType> attributes) {
    return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }
}
