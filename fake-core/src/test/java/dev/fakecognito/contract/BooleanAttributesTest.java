package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.SentMessage;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Boolean attribute values: Cognito reads "True" as it reads "true", and keeps the value as given
 * (aws-amplify/amplify-js#8205 shows a user created with "True" reading back "True").
 */
class BooleanAttributesTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private Map<String, String> attributes(String poolId, String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }

  @Test
  void capitalised_True_is_accepted_and_read_back_as_given() {
    String poolId = pool(cognito);

    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "True"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "FALSE"));

    assertThat(attributes(poolId, "alice")).containsEntry("email_verified", "True")
        .containsEntry("phone_number_verified", "FALSE");
  }

  @Test
  void a_value_other_than_true_or_false_throws_InvalidParameterException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
            attribute("email_verified", "yes")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: email_verified: Value must be true or false.\n");
  }

  @Test
  void email_verified_True_makes_the_email_a_sign_in_alias() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "True"));

    assertThat(signIn(cognito, clientId, "alice@example.com", PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void a_second_user_with_the_same_email_verified_True_throws_AliasExistsException() {
    String poolId = pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "shared@example.com"),
        attribute("email_verified", "true"));

    assertCognitoError(() -> cognito.adminCreateUser(r -> r.userPoolId(poolId).username("bob")
            .messageAction("SUPPRESS")
            .userAttributes(attribute("email", "shared@example.com"), attribute("email_verified", "TRUE"))),
        AliasExistsException.class, "An account with the given email already exists.");
  }

  @Test
  void forgot_password_sends_the_code_to_an_email_verified_with_True() {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "True"));

    cognito.forgotPassword(r -> r.clientId(clientId).username("alice"));
    cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("alice"));

    assertThat(fake.outbox().messages()).extracting(SentMessage::destination)
        .containsExactly("alice@example.com", "alice@example.com");
  }

  @Test
  void the_id_token_carries_True_as_the_boolean_true() throws Exception {
    String poolId = pool(cognito);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"),
        attribute("email_verified", "True"));

    String idToken = signIn(cognito, clientId, "alice", PASSWORD).idToken();

    assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getClaim("email_verified")).isEqualTo(true);
  }

  @Test
  void admin_update_with_a_new_email_and_True_applies_it_without_a_code() {
    String poolId = pool(cognito, r -> r.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    confirmedUser(cognito, poolId, "alice", attribute("email", "old@example.com"),
        attribute("email_verified", "true"));

    cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("alice")
        .userAttributes(attribute("email", "new@example.com"), attribute("email_verified", "True")));

    assertThat(attributes(poolId, "alice")).containsEntry("email", "new@example.com")
        .containsEntry("email_verified", "True");
    assertThat(fake.outbox().messages()).isEmpty();
  }

  @Test
  void custom_boolean_attribute_accepts_True() {
    String poolId = pool(cognito, r -> r.schema(s -> s.name("beta").attributeDataType(AttributeDataType.BOOLEAN)));

    confirmedUser(cognito, poolId, "alice", attribute("custom:beta", "True"));

    assertThat(attributes(poolId, "alice")).containsEntry("custom:beta", "True");
  }
}
