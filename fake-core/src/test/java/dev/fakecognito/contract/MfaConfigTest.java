package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserVerificationType;

class MfaConfigTest {

  private static final SmsConfigurationType SMS = SmsConfigurationType.builder()
      .snsCallerArn("arn:aws:iam::123456789012:role/sms").externalId("fake").build();
  private static final String SES = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  /* ---- GetUserPoolMfaConfig ---- */

  @Test
  void new_pool_has_mfa_off_and_no_factors() {
    GetUserPoolMfaConfigResponse config = get(poolId);

    assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
    assertThat(config.smsMfaConfiguration()).isNull();
    assertThat(config.softwareTokenMfaConfiguration()).isNull();
    assertThat(config.emailMfaConfiguration()).isNull();
  }

  @Test
  void pool_created_with_required_mfa_and_sms_settings_reports_the_sms_factor() {
    String smsPool = pool(cognito, r -> r.mfaConfiguration(UserPoolMfaType.ON).smsConfiguration(SMS)
        .smsAuthenticationMessage("Code: {####}"));

    GetUserPoolMfaConfigResponse config = get(smsPool);

    assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
    assertThat(config.smsMfaConfiguration().smsAuthenticationMessage()).isEqualTo("Code: {####}");
    assertThat(config.smsMfaConfiguration().smsConfiguration()).isEqualTo(SMS);
    assertThat(config.softwareTokenMfaConfiguration()).isNull();
  }

  @Test
  void update_user_pool_turning_mfa_off_shows_in_the_mfa_config() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));

    cognito.updateUserPool(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF));

    GetUserPoolMfaConfigResponse config = get(poolId);
    assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
    assertThat(config.softwareTokenMfaConfiguration()).isNull();
  }

  @Test
  void get_for_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> get("us-east-1_nosuchpool"), ResourceNotFoundException.class,
        "User pool us-east-1_nosuchpool does not exist.");
  }

  /* ---- SetUserPoolMfaConfig ---- */

  @Test
  void sets_optional_mfa_with_software_tokens_and_returns_the_new_settings() {
    SetUserPoolMfaConfigResponse response = cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
        .mfaConfiguration(UserPoolMfaType.OPTIONAL).softwareTokenMfaConfiguration(t -> t.enabled(true)));

    assertThat(response.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
    assertThat(response.softwareTokenMfaConfiguration().enabled()).isTrue();
    GetUserPoolMfaConfigResponse config = get(poolId);
    assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
    assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
    assertThat(config.smsMfaConfiguration()).isNull();
  }

  @Test
  void the_mode_shows_in_describe_user_pool() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));

    assertThat(describe(poolId).mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
  }

  @Test
  void sms_factor_keeps_its_message_and_configuration_and_updates_the_pool() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your code is {####}").smsConfiguration(SMS)));

    GetUserPoolMfaConfigResponse config = get(poolId);
    assertThat(config.smsMfaConfiguration().smsAuthenticationMessage()).isEqualTo("Your code is {####}");
    assertThat(config.smsMfaConfiguration().smsConfiguration()).isEqualTo(SMS);
    assertThat(describe(poolId).smsAuthenticationMessage()).isEqualTo("Your code is {####}");
    assertThat(describe(poolId).smsConfiguration()).isEqualTo(SMS);
  }

  @Test
  void sms_factor_without_an_sms_configuration_uses_the_pools() {
    String smsPool = pool(cognito, r -> r.smsConfiguration(SMS));

    cognito.setUserPoolMfaConfig(r -> r.userPoolId(smsPool).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your code is {####}")));

    assertThat(get(smsPool).smsMfaConfiguration().smsConfiguration()).isEqualTo(SMS);
  }

  @Test
  void sms_factor_in_a_pool_without_sms_configuration_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL).smsMfaConfiguration(s -> s.smsAuthenticationMessage("{####}!!"))),
        InvalidParameterException.class,
        "Invalid SMS MFA configuration given, external id and a valid caller arn are required");
  }

  @Test
  void sms_message_without_the_code_placeholder_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL)
            .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Your code").smsConfiguration(SMS))),
        InvalidParameterException.class,
        "1 validation error detected: Value 'Your code' at 'smsMfaConfiguration.smsAuthenticationMessage' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: .*\\{####\\}.*");
  }

  @Test
  void email_factor_is_kept_in_a_pool_that_sends_email_through_ses() {
    String sesPool = pool(cognito, r -> r.emailConfiguration(e -> e
        .emailSendingAccount(EmailSendingAccountType.DEVELOPER).sourceArn(SES).from("no-reply@example.com")));

    cognito.setUserPoolMfaConfig(r -> r.userPoolId(sesPool).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .emailMfaConfiguration(e -> e.message("Your sign-in code is {####}").subject("Sign-in code")));

    GetUserPoolMfaConfigResponse config = get(sesPool);
    assertThat(config.emailMfaConfiguration().message()).isEqualTo("Your sign-in code is {####}");
    assertThat(config.emailMfaConfiguration().subject()).isEqualTo("Sign-in code");
  }

  @Test
  void email_factor_with_cognitos_own_email_account_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL).emailMfaConfiguration(e -> e.message("Code {####}"))),
        InvalidParameterException.class,
        "Email MFA requires the user pool to send email with Amazon SES (EmailSendingAccount DEVELOPER).");
  }

  @Test
  void email_factor_in_the_lite_plan_throws_FeatureUnavailableInTierException() {
    String litePool = pool(cognito, r -> r.userPoolTier(UserPoolTierType.LITE).emailConfiguration(e -> e
        .emailSendingAccount(EmailSendingAccountType.DEVELOPER).sourceArn(SES).from("no-reply@example.com")));

    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(litePool)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL).emailMfaConfiguration(e -> e.message("Code {####}"))),
        FeatureUnavailableInTierException.class, "Email MFA is not available in the LITE feature plan.");
  }

  @Test
  void email_message_and_subject_breaking_the_model_rules_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL).emailMfaConfiguration(e -> e.message("Code").subject(""))),
        InvalidParameterException.class,
        "3 validation errors detected: Value 'Code' at 'emailMfaConfiguration.message' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: "
            + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*; "
            + "Value 'Code' at 'emailMfaConfiguration.message' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 6; "
            + "Value '' at 'emailMfaConfiguration.subject' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+");
  }

  @Test
  void required_mfa_without_any_factor_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.ON)),
        InvalidParameterException.class,
        "Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.");
  }

  @Test
  void optional_mfa_with_only_a_disabled_software_token_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OPTIONAL).softwareTokenMfaConfiguration(t -> t.enabled(false))),
        InvalidParameterException.class,
        "Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.");
  }

  @Test
  void mfa_off_with_a_factor_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .mfaConfiguration(UserPoolMfaType.OFF).softwareTokenMfaConfiguration(t -> t.enabled(false))),
        InvalidParameterException.class,
        "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
  }

  @Test
  void a_missing_mode_means_off_so_a_factor_without_it_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId)
            .softwareTokenMfaConfiguration(t -> t.enabled(true))),
        InvalidParameterException.class,
        "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.");
  }

  @Test
  void turning_mfa_off_drops_the_factors() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));

    SetUserPoolMfaConfigResponse response = cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId));

    assertThat(response.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
    assertThat(response.softwareTokenMfaConfiguration()).isNull();
    assertThat(describe(poolId).mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .smsMfaConfiguration(s -> s.smsConfiguration(SMS)));
    assertThat(get(poolId).softwareTokenMfaConfiguration()).isNull();
  }

  @Test
  void factors_left_out_keep_their_settings() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OPTIONAL)
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));

    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.ON)
        .smsMfaConfiguration(s -> s.smsConfiguration(SMS)));

    GetUserPoolMfaConfigResponse config = get(poolId);
    assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
    assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
    assertThat(config.smsMfaConfiguration().smsConfiguration()).isEqualTo(SMS);
  }

  @Test
  void an_unknown_mode_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration("SOMETIMES")),
        InvalidParameterException.class,
        "1 validation error detected: Value 'SOMETIMES' at 'mfaConfiguration' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [OPTIONAL, OFF, ON]");
  }

  @Test
  void web_authn_configuration_is_kept_even_with_mfa_off() {
    cognito.setUserPoolMfaConfig(r -> r.userPoolId(poolId).mfaConfiguration(UserPoolMfaType.OFF)
        .webAuthnConfiguration(w -> w.relyingPartyId("example.com").userVerification(UserVerificationType.REQUIRED)));

    GetUserPoolMfaConfigResponse config = get(poolId);
    assertThat(config.webAuthnConfiguration().relyingPartyId()).isEqualTo("example.com");
    assertThat(config.webAuthnConfiguration().userVerification()).isEqualTo(UserVerificationType.REQUIRED);
  }

  @Test
  void set_for_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId("us-east-1_nosuchpool")
            .mfaConfiguration(UserPoolMfaType.OFF)),
        ResourceNotFoundException.class, "User pool us-east-1_nosuchpool does not exist.");
  }

  private GetUserPoolMfaConfigResponse get(String id) {
    return cognito.getUserPoolMfaConfig(r -> r.userPoolId(id));
  }

  private UserPoolType describe(String id) {
    return cognito.describeUserPool(r -> r.userPoolId(id)).userPool();
  }
}
