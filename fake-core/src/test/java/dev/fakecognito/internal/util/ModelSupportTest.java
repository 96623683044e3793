package dev.fakecognito.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

class ModelSupportTest {

  @Test
  void the_sdk_the_fake_compiles_against_has_every_member() {
    assertThat(ModelSupport.DELETION_PROTECTION).isTrue();
    assertThat(ModelSupport.USER_POOL_TIER).isTrue();
    assertThat(ModelSupport.PASSWORD_HISTORY).isTrue();
    assertThat(ModelSupport.UPDATE_POOL_NAME).isTrue();
    assertThat(ModelSupport.SIGN_IN_POLICY).isTrue();
    assertThat(ModelSupport.EMAIL_MFA).isTrue();
    assertThat(ModelSupport.WEB_AUTHN).isTrue();
    assertThat(ModelSupport.PRE_TOKEN_GENERATION_CONFIG).isTrue();
    assertThat(ModelSupport.AUTH_SESSION_VALIDITY).isTrue();
    assertThat(ModelSupport.REFRESH_TOKEN_ROTATION).isTrue();
    assertThat(ModelSupport.CLIENT_SECRET).isTrue();
    assertThat(ModelSupport.SERVICE_CLIENT_CONFIGURATION).isTrue();
    assertThat(ModelSupport.EVENT_RESPONSE_PASS_FAIL).isTrue();
    assertThat(ModelSupport.ADMIN_GET_USER_AUTH_FACTORS).isTrue();
  }

  @Test
  void has_is_false_for_a_member_the_model_lacks() {
    assertThat(ModelSupport.has(UserPoolType.class, "id")).isTrue();
    assertThat(ModelSupport.has(UserPoolType.class, "noSuchMember")).isFalse();
  }

  @Test
  void has_model_class_is_false_for_a_class_the_model_lacks() {
    assertThat(ModelSupport.hasModelClass("UserPoolType")).isTrue();
    assertThat(ModelSupport.hasModelClass("NoSuchType")).isFalse();
  }

  @Test
  void existing_exception_is_built_from_its_own_builder() {
    CognitoIdentityProviderException built = (CognitoIdentityProviderException) ModelSupport.exceptionBuilder(
        ModelSupport.exceptionBuilderHandle("FeatureUnavailableInTierException")).message("m").build();

    assertThat(built).isExactlyInstanceOf(FeatureUnavailableInTierException.class).hasMessageStartingWith("m");
  }

  @Test
  void missing_exception_class_falls_back_to_the_base_exception() {
    assertThat(ModelSupport.exceptionBuilderHandle("NoSuchException")).isNull();

    CognitoIdentityProviderException built =
        (CognitoIdentityProviderException) ModelSupport.exceptionBuilder(null).message("m").build();

    assertThat(built).isExactlyInstanceOf(CognitoIdentityProviderException.class);
  }
}
