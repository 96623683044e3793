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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class ForgotPasswordTest {

  private static final String EMAIL = "alice@example.com";
  private static final String PHONE = "+15555552076";
  private static final String NEW_PASSWORD = "N3w-Passw0rd";

  /* ---- ForgotPassword ---- */

  @Test
  void sends_a_code_to_the_verified_email() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"));

    CodeDeliveryDetailsType details = cognito.forgotPassword(r -> r.clientId(clientId).username("alice"))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("a***@e***");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(details.attributeName()).isEqualTo("email");
    assertThat(fake.outbox().messages()).singleElement().satisfies(message -> {
      assertThat(message.userPoolId()).isEqualTo(poolId);
      assertThat(message.username()).isEqualTo("alice");
      assertThat(message.deliveryMedium()).isEqualTo("EMAIL");
      assertThat(message.destination()).isEqualTo(EMAIL);
      assertThat(message.code()).matches("\\d{6}");
    });
  }

  @Test
  void verified_phone_is_preferred_without_a_recovery_setting() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"),
        attribute("phone_number", PHONE), attribute("phone_number_verified", "true"));

    CodeDeliveryDetailsType details = cognito.forgotPassword(r -> r.clientId(clientId).username("alice"))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("+*******2076");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
    assertThat(fake.outbox().messages().get(0).destination()).isEqualTo(PHONE);
  }

  @Test
  void recovery_setting_priority_chooses_the_email_over_the_phone() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.accountRecoverySetting(s -> s.recoveryMechanisms(
        recovery(RecoveryOptionNameType.VERIFIED_EMAIL, 1), recovery(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 2))));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"),
        attribute("phone_number", PHONE), attribute("phone_number_verified", "true"));

    CodeDeliveryDetailsType details = cognito.forgotPassword(r -> r.clientId(clientId).username("alice"))
        .codeDeliveryDetails();

    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(fake.outbox().messages().get(0).destination()).isEqualTo(EMAIL);
  }

  @Test
  void recovery_setting_falls_back_to_the_next_mechanism_the_user_has_verified() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.accountRecoverySetting(s -> s.recoveryMechanisms(
        recovery(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 1), recovery(RecoveryOptionNameType.VERIFIED_EMAIL, 2))));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"),
        attribute("phone_number", PHONE));

    CodeDeliveryDetailsType details = cognito.forgotPassword(r -> r.clientId(clientId).username("alice"))
        .codeDeliveryDetails();

    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
  }

  @Test
  void user_without_a_verified_contact_throws_InvalidParameterException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL));

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("alice")),
        InvalidParameterException.class,
        "Cannot reset password for the user as there is no registered/verified email or phone_number");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void user_who_never_replaced_the_temporary_password_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(attribute("email", EMAIL), attribute("email_verified", "true")));

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("alice")),
        NotAuthorizedException.class, "User password cannot be reset in the current state.");
  }

  @Test
  void email_alias_finds_the_user() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"));

    cognito.forgotPassword(r -> r.clientId(clientId).username(EMAIL));

    assertThat(fake.outbox().messages()).singleElement()
        .satisfies(message -> assertThat(message.username()).isEqualTo("alice"));
  }

  @Test
  void unknown_user_throws_UserNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("nobody")),
        UserNotFoundException.class, "Username/client id combination not found.");
  }

  @Test
  void unknown_user_with_existence_errors_prevented_gets_simulated_delivery_details() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito),
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();

    CodeDeliveryDetailsType details = cognito.forgotPassword(r -> r.clientId(clientId).username(EMAIL))
        .codeDeliveryDetails();

    assertThat(details.destination()).isEqualTo("a***@e***");
    assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
    assertThat(details.attributeName()).isEqualTo("email");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void missing_secret_hash_throws_NotAuthorizedException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId, r -> r.generateSecret(true)).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"));

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId(clientId).username("alice")),
        NotAuthorizedException.class,
        "Client " + clientId + " is configured with secret but SECRET_HASH was not received");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);

    assertCognitoError(() -> cognito.forgotPassword(r -> r.clientId("nosuchclient123").username("alice")),
        ResourceNotFoundException.class, "User pool client nosuchclient123 does not exist.");
  }

  /* ---- ConfirmForgotPassword ---- */

  @Test
  void confirm_sets_the_new_password_and_the_old_one_stops_working() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);

    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password(NEW_PASSWORD));

    assertThat(signIn(cognito, clientId, NEW_PASSWORD).authenticationResult().accessToken()).isNotBlank();
    assertCognitoError(() -> signIn(cognito, clientId, PASSWORD),
        NotAuthorizedException.class, "Incorrect username or password.");
  }

  @Test
  void client_with_a_secret_confirms_with_the_secret_hash() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    UserPoolClientType app = client(cognito, poolId, r -> r.generateSecret(true));
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"));
    cognito.forgotPassword(r -> r.clientId(app.clientId()).username("alice").secretHash(secretHash(app, "alice")));
    String code = fake.outbox().lastCode(poolId, "alice").orElseThrow();

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(app.clientId()).username("alice")
            .confirmationCode(code).password(NEW_PASSWORD).secretHash(secretHash(app, "bob"))),
        NotAuthorizedException.class, "Unable to verify secret hash for client " + app.clientId());
    cognito.confirmForgotPassword(r -> r.clientId(app.clientId()).username("alice").confirmationCode(code)
        .password(NEW_PASSWORD).secretHash(secretHash(app, "alice")));

    assertThat(cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(app.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", NEW_PASSWORD,
            "SECRET_HASH", secretHash(app, "alice")))).authenticationResult()).isNotNull();
  }

  @Test
  void wrong_code_throws_CodeMismatchException_and_keeps_the_old_password() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String wrong = requestCode(fake, poolId, clientId).equals("000000") ? "111111" : "000000";

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(wrong).password(NEW_PASSWORD)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
    assertThat(signIn(cognito, clientId, PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void code_still_works_just_before_one_hour() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);

    fake.clock().advance(Duration.ofMinutes(59));
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password(NEW_PASSWORD));

    assertThat(signIn(cognito, clientId, NEW_PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void code_older_than_one_hour_throws_ExpiredCodeException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);

    fake.clock().advance(Duration.ofHours(1));

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(code).password(NEW_PASSWORD)),
        ExpiredCodeException.class, "Invalid code provided, please request a code again.");
    assertThat(signIn(cognito, clientId, PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void weak_password_throws_InvalidPasswordException_and_leaves_the_code_usable() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(code).password("Sh0rt!x")),
        InvalidPasswordException.class, "Password did not conform with policy: Password not long enough");
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password(NEW_PASSWORD));

    assertThat(signIn(cognito, clientId, NEW_PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void password_under_six_characters_fails_the_model_validation() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(code).password("Ab1!")),
        InvalidParameterException.class, "1 validation error detected: Value at 'password' failed to satisfy "
            + "constraint: Member must have length greater than or equal to 6");
  }

  @Test
  void code_works_only_once() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String code = requestCode(fake, poolId, clientId);
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(code)
        .password(NEW_PASSWORD));

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(code).password("An0ther-Passw0rd")),
        ExpiredCodeException.class, "Invalid code provided, please request a code again.");
    assertThat(signIn(cognito, clientId, NEW_PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void new_request_replaces_the_previous_code() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    String old = requestCode(fake, poolId, clientId);
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    String fresh = fake.outbox().lastCode(poolId, "alice").orElseThrow();
    assumeThat(fresh).isNotEqualTo(old);

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice")
            .confirmationCode(old).password(NEW_PASSWORD)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
    cognito.confirmForgotPassword(r -> r.clientId(clientId).username("alice").confirmationCode(fresh)
        .password(NEW_PASSWORD));
    assertThat(signIn(cognito, clientId, NEW_PASSWORD).authenticationResult()).isNotNull();
  }

  @Test
  void confirm_for_an_unknown_user_throws_UserNotFoundException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito)).clientId();

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("nobody")
            .confirmationCode("123456").password(NEW_PASSWORD)),
        UserNotFoundException.class, "Username/client id combination not found.");
  }

  @Test
  void confirm_for_an_unknown_user_with_existence_errors_prevented_throws_CodeMismatchException() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = clientFor(fake);
    String clientId = client(cognito, pool(cognito),
        r -> r.preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).clientId();

    assertCognitoError(() -> cognito.confirmForgotPassword(r -> r.clientId(clientId).username("nobody")
            .confirmationCode("123456").password(NEW_PASSWORD)),
        CodeMismatchException.class, "Invalid verification code provided, please try again.");
  }

  /* ---- Helpers ---- */

  private static String requestCode(FakeCognito fake, String poolId, String clientId) {
    CognitoIdentityProviderClient cognito = clientFor(fake);
    confirmedUser(cognito, poolId, "alice", attribute("email", EMAIL), attribute("email_verified", "true"));
    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    return fake.outbox().lastCode(poolId, "alice").orElseThrow();
  }

  private static InitiateAuthResponse signIn(CognitoIdentityProviderClient cognito, String clientId, String password) {
    return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", password)));
  }

  private static RecoveryOptionType recovery(RecoveryOptionNameType name, int priority) {
    return RecoveryOptionType.builder().name(name).priority(priority).build();
  }
}
