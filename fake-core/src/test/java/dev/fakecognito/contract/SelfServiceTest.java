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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class SelfServiceTest {

  private static final String NOT_NULL = "1 validation error detected: Value null at '%s' failed to satisfy "
      + "constraint: Member must not be null";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private String clientId;

  /* ---- UpdateUserAttributes ---- */

  @Test
  void updates_an_attribute_without_sending_a_code() {
    String token = signedIn(r -> {}, attribute("name", "Alice"));

    List<CodeDeliveryDetailsType> deliveries = cognito.updateUserAttributes(r -> r.accessToken(token)
        .userAttributes(attribute("name", "Alice Smith"))).codeDeliveryDetailsList();

    assertThat(deliveries).isEmpty();
    assertThat(userAttributes(token)).containsEntry("name", "Alice Smith");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void new_email_in_an_auto_verified_pool_is_unverified_and_gets_a_code() {
    String token = signedIn(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL),
        attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    List<CodeDeliveryDetailsType> deliveries = cognito.updateUserAttributes(r -> r.accessToken(token)
        .userAttributes(attribute("email", "new@example.org"))).codeDeliveryDetailsList();

    assertThat(deliveries).singleElement().satisfies(delivery -> {
      assertThat(delivery.destination()).isEqualTo("n***@e***");
      assertThat(delivery.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
      assertThat(delivery.attributeName()).isEqualTo("email");
    });
    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.destination()).isEqualTo("new@example.org");
      assertThat(message.code()).matches("\\d{6}");
    });
    assertThat(userAttributes(token))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "false");
  }

  @Test
  void new_phone_number_in_an_auto_verified_pool_gets_an_SMS_code() {
    String token = signedIn(r -> r.autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER));

    List<CodeDeliveryDetailsType> deliveries = cognito.updateUserAttributes(r -> r.accessToken(token)
        .userAttributes(attribute("phone_number", "+15555552076"))).codeDeliveryDetailsList();

    assertThat(deliveries).singleElement().satisfies(delivery -> {
      assertThat(delivery.destination()).isEqualTo("+*******2076");
      assertThat(delivery.deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
      assertThat(delivery.attributeName()).isEqualTo("phone_number");
    });
    assertThat(fake.outbox().messages()).singleElement()
        .extracting(SentMessage::destination).isEqualTo("+15555552076");
  }

  @Test
  void new_email_without_auto_verification_is_unverified_and_sends_nothing() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    List<CodeDeliveryDetailsType> deliveries = cognito.updateUserAttributes(r -> r.accessToken(token)
        .userAttributes(attribute("email", "new@example.org"))).codeDeliveryDetailsList();

    assertThat(deliveries).isEmpty();
    assertThat(fake.outbox().messages()).isEmpty();
    assertThat(userAttributes(token))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "false");
  }

  @Test
  void unchanged_email_sends_no_code_and_stays_verified() {
    String token = signedIn(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL),
        attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    List<CodeDeliveryDetailsType> deliveries = cognito.updateUserAttributes(r -> r.accessToken(token)
        .userAttributes(attribute("email", "alice@example.com"))).codeDeliveryDetailsList();

    assertThat(deliveries).isEmpty();
    assertThat(userAttributes(token)).containsEntry("email_verified", "true");
  }

  @Test
  void pool_that_verifies_before_update_keeps_the_old_email_until_the_code_is_confirmed() {
    String token = signedIn(r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
            .userAttributeUpdateSettings(u -> u.attributesRequireVerificationBeforeUpdate(VerifiedAttributeType.EMAIL)),
        attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    cognito.updateUserAttributes(r -> r.accessToken(token).userAttributes(attribute("email", "new@example.org")));

    assertThat(userAttributes(token))
        .containsEntry("email", "alice@example.com").containsEntry("email_verified", "true");
    String code = fake.outbox().messages().get(0).code();
    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code));
    assertThat(userAttributes(token))
        .containsEntry("email", "new@example.org").containsEntry("email_verified", "true");
  }

  @Test
  void client_without_write_access_to_an_attribute_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.writeAttributes("name")).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("family_name", "Smith"))),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
  }

  @Test
  void user_cannot_mark_their_own_email_verified() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("email_verified", "true"))),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
  }

  @Test
  void unknown_attribute_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("custom:unknown", "x"))),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:unknown: Attribute does not exist in the schema.\n");
  }

  @Test
  void immutable_attribute_throws_InvalidParameterException() {
    String token = signedIn(r -> r.schema(SchemaAttributeType.builder().name("tenant")
        .attributeDataType(AttributeDataType.STRING).mutable(false).build()), attribute("custom:tenant", "acme"));

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("custom:tenant", "other"))),
        InvalidParameterException.class, "user.custom:tenant: Attribute cannot be updated.");
  }

  @Test
  void email_another_user_signs_in_with_throws_AliasExistsException() {
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice@example.com");
    confirmedUser(cognito, poolId, "bob@example.com");
    String token = signIn(clientId, "alice@example.com").accessToken();

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("email", "bob@example.com"))),
        AliasExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void missing_attributes_throw_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)),
        InvalidParameterException.class, NOT_NULL.formatted("userAttributes"));
  }

  @Test
  void invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken("not-a-token")
            .userAttributes(attribute("name", "Alice"))),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void access_token_of_a_deleted_user_throws_UserNotFoundException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("name", "Alice"))),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void user_whose_password_was_reset_throws_PasswordResetRequiredException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "true"));
    String token = signIn(clientId, "alice").accessToken();
    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> cognito.updateUserAttributes(r -> r.accessToken(token)
            .userAttributes(attribute("name", "Alice"))),
        PasswordResetRequiredException.class, "Password reset required for the user");
  }

  /* ---- GetUserAttributeVerificationCode ---- */

  @Test
  void sends_a_verification_code_to_the_email_address() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));

    CodeDeliveryDetailsType delivery = cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
        .attributeName("email")).codeDeliveryDetails();

    assertThat(delivery.destination()).isEqualTo("a***@e***");
    assertThat(delivery.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(delivery.attributeName()).isEqualTo("email");
    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.destination()).isEqualTo("alice@example.com");
      assertThat(message.message()).contains(message.code());
    });
  }

  @Test
  void only_the_newest_verification_code_works() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
    String first = fake.outbox().messages().get(0).code();
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
    String second = fake.outbox().messages().get(1).code();

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
        .code(first)), CodeMismatchException.class, "Invalid verification code provided, please try again.");
    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(second));
    assertThat(userAttributes(token)).containsEntry("email_verified", "true");
  }

  @Test
  void attribute_that_codes_cannot_verify_throws_InvalidParameterException() {
    String token = signedIn(r -> {}, attribute("name", "Alice"));

    assertCognitoError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("name")),
        InvalidParameterException.class, "invalid attribute name. Only phone_number and email can be verified");
  }

  @Test
  void attribute_the_user_lacks_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)
            .attributeName("phone_number")),
        InvalidParameterException.class, "User does not have a value for the attribute phone_number.");
  }

  @Test
  void verification_code_without_attribute_name_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken(token)),
        InvalidParameterException.class, NOT_NULL.formatted("attributeName"));
  }

  @Test
  void verification_code_with_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.getUserAttributeVerificationCode(r -> r.accessToken("x").attributeName("email")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  /* ---- VerifyUserAttribute ---- */

  @Test
  void correct_code_marks_the_email_verified() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));

    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(lastCode()));

    assertThat(userAttributes(token)).containsEntry("email_verified", "true");
  }

  @Test
  void verified_email_becomes_a_sign_in_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    String token = signIn(clientId, "alice").accessToken();
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));

    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(lastCode()));

    assertThat(signIn(clientId, "alice@example.com").accessToken()).isNotBlank();
  }

  @Test
  void wrong_code_throws_CodeMismatchException() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
    String wrong = lastCode().equals("000000") ? "111111" : "000000";

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(wrong)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
  }

  @Test
  void code_that_was_never_sent_throws_CodeMismatchException() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
        .code("123456")), CodeMismatchException.class, "Invalid verification code provided, please try again.");
  }

  @Test
  void code_older_than_24_hours_throws_ExpiredCodeException() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
    String code = lastCode();

    String later = signInAfter(Duration.ofHours(24));

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(later).attributeName("email").code(code)),
        ExpiredCodeException.class, "Invalid code provided, please request a code again.");
  }

  @Test
  void used_code_throws_CodeMismatchException() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"));
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));
    String code = lastCode();
    cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code));

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email").code(code)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
  }

  @Test
  void email_another_user_has_verified_as_alias_throws_AliasExistsException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "bob", attribute("email", "shared@example.com"), attribute("email_verified", "true"));
    confirmedUser(cognito, poolId, "alice", attribute("email", "shared@example.com"));
    String token = signIn(clientId, "alice").accessToken();
    cognito.getUserAttributeVerificationCode(r -> r.accessToken(token).attributeName("email"));

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")
        .code(lastCode())), AliasExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void verify_without_code_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("email")),
        InvalidParameterException.class, NOT_NULL.formatted("code"));
  }

  @Test
  void verify_of_an_attribute_codes_cannot_verify_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.verifyUserAttribute(r -> r.accessToken(token).attributeName("name").code("1")),
        InvalidParameterException.class, "invalid attribute name. Only phone_number and email can be verified");
  }

  /* ---- DeleteUserAttributes ---- */

  @Test
  void deletes_attributes() {
    String token = signedIn(r -> {}, attribute("name", "Alice"), attribute("family_name", "Smith"));

    cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("name"));

    assertThat(userAttributes(token)).doesNotContainKey("name").containsEntry("family_name", "Smith");
  }

  @Test
  void deleting_the_email_removes_its_verified_flag() {
    String token = signedIn(r -> {}, attribute("email", "alice@example.com"), attribute("email_verified", "true"));

    cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("email"));

    assertThat(userAttributes(token)).doesNotContainKeys("email", "email_verified");
  }

  @Test
  void deleting_a_required_attribute_throws_InvalidParameterException() {
    String token = signedIn(r -> r.schema(SchemaAttributeType.builder().name("email").required(true).build()),
        attribute("email", "alice@example.com"));

    assertCognitoError(() -> cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("email")),
        InvalidParameterException.class, "Attributes did not conform to the schema: email: The attribute is required\n");
  }

  @Test
  void deleting_an_unknown_attribute_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("custom:x")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:x: Attribute does not exist in the schema.\n");
  }

  @Test
  void deleting_without_write_access_throws_NotAuthorizedException() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.writeAttributes("name")).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("family_name", "Smith"));
    String token = signIn(clientId, "alice").accessToken();

    assertCognitoError(() -> cognito.deleteUserAttributes(r -> r.accessToken(token).userAttributeNames("family_name")),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
  }

  @Test
  void deleting_without_names_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.deleteUserAttributes(r -> r.accessToken(token)),
        InvalidParameterException.class, NOT_NULL.formatted("userAttributeNames"));
  }

  /* ---- ChangePassword ---- */

  @Test
  void changes_the_password() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    cognito.changePassword(r -> r.accessToken(token).previousPassword(PASSWORD).proposedPassword("N3w-Passw0rd"));

    assertThat(signIn(clientId, "alice", "N3w-Passw0rd").accessToken()).isNotBlank();
    assertCognitoError(() -> signIn(clientId, "alice"), NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void changing_the_password_keeps_other_sessions_signed_in() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    cognito.changePassword(r -> r.accessToken(token).previousPassword(PASSWORD).proposedPassword("N3w-Passw0rd"));

    assertThat(cognito.getUser(r -> r.accessToken(token)).username()).isEqualTo("alice");
  }

  @Test
  void wrong_previous_password_throws_NotAuthorizedException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken(token).previousPassword("Wr0ng-Password")
        .proposedPassword("N3w-Passw0rd")), NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void missing_previous_password_throws_NotAuthorizedException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken(token).proposedPassword("N3w-Passw0rd")),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void new_password_against_the_policy_throws_InvalidPasswordException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken(token).previousPassword(PASSWORD)
            .proposedPassword("n3w-passw0rd")),
        InvalidPasswordException.class, "Password did not conform with password policy: Password must have uppercase characters");
  }

  @Test
  void new_password_under_6_characters_throws_InvalidParameterException() {
    String token = signedIn(r -> {});

    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken(token).previousPassword(PASSWORD)
            .proposedPassword("Ab1!")),
        InvalidParameterException.class, "1 validation error detected: Value at 'proposedPassword' failed to "
            + "satisfy constraint: Member must have length greater than or equal to 6");
  }

  @Test
  void change_password_with_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.changePassword(r -> r.accessToken("x").previousPassword(PASSWORD)
        .proposedPassword("N3w-Passw0rd")), NotAuthorizedException.class, "Invalid Access Token");
  }

  /* ---- DeleteUser ---- */

  @Test
  void deletes_the_signed_in_user() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    String token = signIn(clientId, "alice").accessToken();

    cognito.deleteUser(r -> r.accessToken(token));

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void deleting_the_user_twice_throws_UserNotFoundException() {
    String token = signedIn(r -> {});
    cognito.deleteUser(r -> r.accessToken(token));

    assertCognitoError(() -> cognito.deleteUser(r -> r.accessToken(token)),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void delete_user_with_invalid_access_token_throws_NotAuthorizedException() {
    assertCognitoError(() -> cognito.deleteUser(r -> r.accessToken("x")), NotAuthorizedException.class,
        "Invalid Access Token");
  }

  /* ---- GlobalSignOut ---- */

  @Test
  void global_sign_out_revokes_the_calling_access_token() {
    String token = signedIn(r -> {});

    cognito.globalSignOut(r -> r.accessToken(token));

    assertCognitoError(() -> cognito.getUser(r -> r.accessToken(token)),
        NotAuthorizedException.class, "Access Token has been revoked");
  }

  @Test
  void global_sign_out_without_access_token_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.globalSignOut(r -> {}), InvalidParameterException.class,
        NOT_NULL.formatted("accessToken"));
  }

  /* ---- Helpers ---- */

  /** Creates a pool with the settings, a client, and a confirmed "alice"; returns her access token. */
  private String signedIn(Consumer<CreateUserPoolRequest.Builder> settings, AttributeType... attributes) {
    String poolId = pool(cognito, settings);
    clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attributes);
    return signIn(clientId, "alice").accessToken();
  }

  /** Moves the clock on and returns a fresh access token for "alice" from a new sign-in. */
  private String signInAfter(Duration duration) {
    fake.clock().advance(duration);
    return signIn(clientId, "alice").accessToken();
  }

  private AuthenticationResultType signIn(String clientId, String username) {
    return signIn(clientId, username, PASSWORD);
  }

  private AuthenticationResultType signIn(String clientId, String username, String password) {
    return Fixtures.signIn(cognito, clientId, username, password);
  }

  private String lastCode() {
    List<SentMessage> messages = fake.outbox().messages();
    return messages.get(messages.size() - 1).code();
  }

  private Map<String, String> userAttributes(String accessToken) {
    return cognito.getUser(r -> r.accessToken(accessToken)).userAttributes().stream()
        .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }
}
