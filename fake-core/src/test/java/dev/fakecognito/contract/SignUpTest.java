package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class SignUpTest {

  private static final String EMAIL = "alice@example.com";
  private static final String PHONE = "+15555552076";

  /* ---- SignUp ---- */

  @Test
  void signs_up_an_unconfirmed_user_and_sends_a_code() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();

    SignUpResponse response = signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertThat(response.userConfirmed()).isFalse();
    assertThat(response.userSub()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
    assertThat(attributes(user)).containsEntry("sub", response.userSub()).containsEntry("email", EMAIL);
  }

  @Test
  void code_delivery_details_mask_the_email_address() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, emailPool(cognito)).clientId();

    CodeDeliveryDetailsType details = signUp(cognito, clientId, "alice", attribute("email", EMAIL))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("a***@e***");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(details.attributeName()).isEqualTo("email");
  }

  @Test
  void sent_message_records_pool_username_medium_destination_and_code() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();

    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.userPoolId()).isEqualTo(poolId);
      assertThat(message.username()).isEqualTo("alice");
      assertThat(message.deliveryMedium()).isEqualTo("EMAIL");
      assertThat(message.destination()).isEqualTo(EMAIL);
      assertThat(message.code()).matches("\\d{6}");
      assertThat(message.message()).contains(message.code());
    });
  }

  @Test
  void last_code_is_found_by_username_and_by_unverified_email_alias() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();

    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    String sent = fake.outbox().messages().get(0).code();
    assertThat(fake.outbox().lastCode(poolId, "alice")).contains(sent);
    assertThat(fake.outbox().lastCode(poolId, EMAIL)).contains(sent);
    assertThat(fake.outbox().lastCode(poolId, "bob")).isEmpty();
  }

  @Test
  void phone_number_is_preferred_when_both_attributes_are_auto_verified() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(
        VerifiedAttributeType.EMAIL, VerifiedAttributeType.PHONE_NUMBER));
    String clientId = client(cognito, poolId).clientId();

    CodeDeliveryDetailsType details = signUp(cognito, clientId, "alice",
        attribute("email", EMAIL), attribute("phone_number", PHONE)).codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("+*******2076");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
    assertThat(details.attributeName()).isEqualTo("phone_number");
    SentMessage message = fake.outbox().messages().get(0);
    assertThat(message.deliveryMedium()).isEqualTo("SMS");
    assertThat(message.destination()).isEqualTo(PHONE);
  }

  @Test
  void pool_without_auto_verification_sends_no_code_and_returns_no_delivery_details() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    SignUpResponse response = signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertThat(response.codeDeliveryDetails()).isNull();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void attribute_the_pool_does_not_auto_verify_gets_no_code() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.PHONE_NUMBER));
    String clientId = client(cognito, poolId).clientId();

    SignUpResponse response = signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertThat(response.codeDeliveryDetails()).isNull();
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void client_with_a_secret_signs_up_with_the_secret_hash_of_the_username() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    UserPoolClientType app = client(cognito, poolId, r -> r.generateSecret(true));

    SignUpResponse response = cognito.signUp(r -> r.clientId(app.clientId()).username("alice")
        .password(PASSWORD).secretHash(secretHash(app, "alice")));

    assertThat(response.userConfirmed()).isFalse();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.UNCONFIRMED);
  }

  @Test
  void email_as_username_pool_makes_the_sub_the_internal_username() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();

    SignUpResponse response = signUp(cognito, clientId, EMAIL);

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username(EMAIL));
    assertThat(user.username()).isEqualTo(response.userSub());
    assertThat(attributes(user)).containsEntry("email", EMAIL);
    assertThat(fake.outbox().messages().get(0).username()).isEqualTo(response.userSub());
    assertThat(fake.outbox().lastCode(poolId, EMAIL)).contains(fake.outbox().messages().get(0).code());
  }

  @Test
  void email_as_username_pool_rejects_a_username_that_is_not_an_email() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice"),
        InvalidParameterException.class, "Username should be an email.");
  }

  @Test
  void email_as_username_pool_rejects_an_email_that_is_taken() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.usernameAttributes(UsernameAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, EMAIL);

    assertCognitoError(() -> signUp(cognito, clientId, EMAIL),
        UsernameExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void taken_username_throws_UsernameExistsException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, emailPool(cognito)).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertCognitoError(() -> signUp(cognito, clientId, "alice", attribute("email", EMAIL)),
        UsernameExistsException.class, "User already exists");
    assertThat(fake.outbox().messages()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
      "Pa5s!wd, Password not long enough",
      "PASSW0RD!, Password must have lowercase characters",
      "passw0rd!, Password must have uppercase characters",
      "Password!, Password must have numeric characters",
      "Passw0rdd, Password must have symbol characters"})
  void password_the_policy_rejects_throws_InvalidPasswordException(String password, String reason) {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> cognito.signUp(r -> r.clientId(clientId).username("alice").password(password)),
        InvalidPasswordException.class, "Password did not conform with policy: " + reason);
  }

  @Test
  void password_under_six_characters_fails_the_model_validation() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> cognito.signUp(r -> r.clientId(clientId).username("alice").password("Pa5s!")),
        InvalidParameterException.class, "1 validation error detected: Value at 'password' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 6");
  }

  @Test
  void password_under_six_characters_is_reported_before_an_unknown_client() {
    CognitoIdentityProviderClient cognito = clientFor(FakeCognito.create());

    assertCognitoError(() -> cognito.signUp(r -> r.clientId("unknownclient").username("alice").password("Pa5s!")),
        InvalidParameterException.class, "1 validation error detected: Value at 'password' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 6");
  }

  @Test
  void unknown_attribute_throws_InvalidParameterException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice", attribute("custom:nope", "x")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.\n");
  }

  @Test
  void missing_required_attribute_throws_InvalidParameterException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.schema(SchemaAttributeType.builder().name("email").required(true).build()));
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice"),
        InvalidParameterException.class, "Attributes did not conform to the schema: email: The attribute is required\n");
  }

  @Test
  void attribute_outside_the_clients_write_attributes_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.writeAttributes("email")).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice", attribute("name", "Alice")),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
  }

  @Test
  void attribute_inside_the_clients_write_attributes_is_stored() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.writeAttributes("email")).clientId();

    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertThat(attributes(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"))))
        .containsEntry("email", EMAIL);
  }

  @Test
  void client_setting_email_verified_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice", attribute("email", EMAIL),
            attribute("email_verified", "true")),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void missing_secret_hash_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito), r -> r.generateSecret(true)).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice"), NotAuthorizedException.class,
        "Client " + clientId + " is configured with secret but SECRET_HASH was not received");
  }

  @Test
  void wrong_secret_hash_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    UserPoolClientType app = client(cognito, pool(cognito), r -> r.generateSecret(true));

    assertCognitoError(() -> cognito.signUp(r -> r.clientId(app.clientId()).username("alice")
            .password(PASSWORD).secretHash(secretHash(app, "bob"))),
        NotAuthorizedException.class, "Unable to verify secret hash for client " + app.clientId());
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    pool(cognito);

    assertCognitoError(() -> signUp(cognito, "nosuchclient123", "alice"),
        ResourceNotFoundException.class, "User pool client nosuchclient123 does not exist.");
  }

  @Test
  void pool_that_allows_only_admins_to_create_users_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.adminCreateUserConfig(c -> c.allowAdminCreateUserOnly(true)));
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> signUp(cognito, clientId, "alice"),
        NotAuthorizedException.class, "SignUp is not permitted for this user pool");
  }

  @Test
  void failed_sign_up_leaves_no_user_and_sends_nothing() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();

    assertCognitoError(() -> cognito.signUp(r -> r.clientId(clientId).username("alice").password("weakpassword")
            .userAttributes(attribute("email", EMAIL))),
        InvalidPasswordException.class, "Password did not conform with policy: Password must have uppercase characters");

    assertCognitoError(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")),
        UserNotFoundException.class, "User does not exist.");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  /* ---- ConfirmSignUp ---- */

  @Test
  void confirms_the_user_and_verifies_the_email() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(attributes(user)).containsEntry("email_verified", "true");
  }

  @Test
  void confirmed_user_can_sign_in_with_the_sign_up_password() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    assertThat(cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))).authenticationResult().accessToken())
        .isNotBlank();
  }

  @Test
  void client_with_a_secret_confirms_with_the_secret_hash() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    UserPoolClientType app = client(cognito, poolId, r -> r.generateSecret(true));
    cognito.signUp(r -> r.clientId(app.clientId()).username("alice").password(PASSWORD)
        .secretHash(secretHash(app, "alice")).userAttributes(attribute("email", EMAIL)));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("alice")
            .confirmationCode(code)),
        NotAuthorizedException.class,
        "Client " + app.clientId() + " is configured with secret but SECRET_HASH was not received");
    cognito.confirmSignUp(r -> r.clientId(app.clientId()).username("alice").confirmationCode(code)
        .secretHash(secretHash(app, "alice")));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void wrong_code_throws_CodeMismatchException_and_leaves_the_user_unconfirmed() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String wrong = otherCode(fake.outbox().lastCode(poolId, "alice").orElseThrow());

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(wrong)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.UNCONFIRMED);
  }

  @Test
  void code_still_works_just_before_24_hours() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    fake.clock().advance(Duration.ofHours(24).minusMinutes(1));
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void code_older_than_24_hours_throws_ExpiredCodeException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    fake.clock().advance(Duration.ofHours(24));

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)),
        ExpiredCodeException.class, "Invalid code provided, please request a code again.");
  }

  @Test
  void confirming_a_confirmed_user_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)),
        NotAuthorizedException.class, "User cannot be confirmed. Current status is CONFIRMED");
  }

  @Test
  void confirming_an_unknown_user_throws_UserNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, emailPool(cognito)).clientId();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("nobody").confirmationCode("123456")),
        UserNotFoundException.class, "Username/client id combination not found.");
  }

  @Test
  void confirming_an_unknown_user_with_existence_errors_prevented_throws_CodeMismatchException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId,
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("nobody").confirmationCode("123456")),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
  }

  @Test
  void email_verified_by_another_user_throws_AliasExistsException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = aliasPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "bob", attribute("email", EMAIL), attribute("email_verified", "true"));
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code)),
        AliasExistsException.class, "An account with the given email already exists.");
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.UNCONFIRMED);
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username(EMAIL)).username()).isEqualTo("bob");
  }

  @Test
  void force_alias_creation_moves_the_email_alias_to_the_confirmed_user() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = aliasPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "bob", attribute("email", EMAIL), attribute("email_verified", "true"));
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code).forceAliasCreation(true));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username(EMAIL)).username()).isEqualTo("alice");
    assertThat(attributes(cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob"))))
        .containsEntry("email_verified", "false");
  }

  /* ---- ResendConfirmationCode ---- */

  @Test
  void resend_sends_a_new_code_with_masked_delivery_details() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    CodeDeliveryDetailsType details = cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("a***@e***");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(fake.outbox().messages()).hasSize(2);
    assertThat(fake.outbox().lastCode(poolId, "alice")).contains(fake.outbox().messages().get(1).code());
  }

  @Test
  void after_resend_the_old_code_stops_working_and_the_new_one_confirms() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    String old = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));
    String fresh = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    assumeThat(fresh).isNotEqualTo(old);

    assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(old)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(fresh));
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void resent_code_gets_a_fresh_24_hours() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));
    fake.clock().advance(Duration.ofHours(20));

    cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice"));
    fake.clock().advance(Duration.ofHours(20));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    cognito.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatus())
        .isEqualTo(UserStatusType.CONFIRMED);
  }

  @Test
  void resend_to_a_confirmed_user_throws_InvalidParameterException_and_sends_nothing() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL));

    assertCognitoError(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice")),
        InvalidParameterException.class, "User is already confirmed.");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void resend_without_auto_verification_throws_InvalidParameterException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    assertCognitoError(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("alice")),
        InvalidParameterException.class, "Cannot resend codes. Auto verification not turned on.");
  }

  @Test
  void resend_for_an_unknown_user_throws_UserNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, emailPool(cognito)).clientId();

    assertCognitoError(() -> cognito.resendConfirmationCode(r -> r.clientId(clientId).username("nobody")),
        UserNotFoundException.class, "Username/client id combination not found.");
  }

  @Test
  void resend_for_an_unknown_user_with_existence_errors_prevented_pretends_to_send() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, emailPool(cognito),
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();

    CodeDeliveryDetailsType details = cognito.resendConfirmationCode(r -> r.clientId(clientId).username(EMAIL))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("a***@e***");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(fake.outbox().messages()).isEmpty();
  }

  /* ---- AdminConfirmSignUp ---- */

  @Test
  void admin_confirm_sets_the_user_confirmed_without_verifying_the_email() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = emailPool(cognito);
    String clientId = client(cognito, poolId).clientId();
    signUp(cognito, clientId, "alice", attribute("email", EMAIL));

    cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice"));

    AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));
    assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    assertThat(attributes(user)).doesNotContainKey("email_verified");
  }

  @Test
  void admin_confirm_of_an_unknown_user_throws_UserNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);

    assertCognitoError(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void admin_confirm_of_a_confirmed_user_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("alice")),
        NotAuthorizedException.class, "User cannot be confirmed. Current status is CONFIRMED");
  }

  @Test
  void admin_confirm_in_an_unknown_pool_throws_ResourceNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);

    assertCognitoError(() -> cognito.adminConfirmSignUp(r -> r.userPoolId("us-east-1_nosuchpool").username("alice")),
        ResourceNotFoundException.class, "User pool us-east-1_nosuchpool does not exist.");
  }

  /* ---- Helpers ---- */

  private static String emailPool(CognitoIdentityProviderClient cognito) {
    return pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
  }

  private static String aliasPool(CognitoIdentityProviderClient cognito) {
    return pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL)
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
  }

  private static SignUpResponse signUp(
      CognitoIdentityProviderClient cognito, String clientId, String username, AttributeType... attributes) {
    return cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD).userAttributes(attributes));
  }

  private static Map<String, String> attributes(AdminGetUserResponse user) {
    return user.userAttributes().stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }

  private static String otherCode(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }
}
