package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONArrayUtils;
import dev.fakecognito.FakeCognito;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderTypeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ProviderUserIdentifierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class ProviderLinkingTest {

  private static final Map<String, String> SOCIAL = Map.of("client_id", "id-1", "client_secret", "secret-1",
      "authorize_scopes", "openid email");

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  ProviderLinkingTest() {
    provider("Google", IdentityProviderTypeType.GOOGLE, SOCIAL);
    provider("Corp", IdentityProviderTypeType.SAML, Map.of("MetadataFile", IdentityProvidersTest.METADATA));
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
  }

  private void provider(String name, IdentityProviderTypeType type, Map<String, String> details) {
    cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName(name).providerType(type)
        .providerDetails(details));
  }

  private static ProviderUserIdentifierType native_(String username) {
    return ProviderUserIdentifierType.builder().providerName("Cognito").providerAttributeValue(username).build();
  }

  private static ProviderUserIdentifierType source(String provider, String attribute, String value) {
    return ProviderUserIdentifierType.builder().providerName(provider).providerAttributeName(attribute)
        .providerAttributeValue(value).build();
  }

  private void link(String username, ProviderUserIdentifierType source) {
    cognito.adminLinkProviderForUser(r -> r.userPoolId(poolId).destinationUser(native_(username)).sourceUser(source));
  }

  private void disable(ProviderUserIdentifierType user) {
    cognito.adminDisableProviderForUser(r -> r.userPoolId(poolId).user(user));
  }

  private @Nullable String identities(String username) {
    return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userAttributes().stream()
        .filter(a -> a.name().equals("identities")).map(AttributeType::value).findFirst().orElse(null);
  }

  private List<Object> identityList(String username) throws ParseException {
    return JSONArrayUtils.parse(identities(username));
  }

  /* ---- Linking ---- */

  @Test
  void linked_identity_shows_in_the_users_identities_attribute() throws ParseException {
    link("alice", source("Google", "Cognito_Subject", "1234567890"));

    List<Object> identities = identityList("alice");
    assertThat(identities).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> google = (Map<String, Object>) identities.get(0);
    assertThat(google).containsEntry("userId", "1234567890").containsEntry("providerName", "Google")
        .containsEntry("providerType", "Google").containsEntry("issuer", null).containsEntry("primary", false)
        .containsEntry("dateCreated", fake.clock().instant().toEpochMilli());
    assertThat(identities("bob")).isNull();
  }

  @Test
  void saml_identity_links_on_an_attribute_and_names_the_idp_as_issuer() throws ParseException {
    link("alice", source("Google", "Cognito_Subject", "g-1"));
    link("alice", source("Corp", "email", "alice@example.com"));

    List<Object> identities = identityList("alice");
    assertThat(identities).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> corp = identities.stream().map(i -> (Map<String, Object>) i)
        .filter(i -> "Corp".equals(i.get("providerName"))).findFirst().orElseThrow();
    assertThat(corp).containsEntry("userId", "alice@example.com").containsEntry("providerType", "SAML")
        .containsEntry("issuer", "https://idp.example.com/saml");
  }

  @Test
  void linking_the_same_identity_again_changes_nothing() {
    link("alice", source("Google", "Cognito_Subject", "g-1"));
    String before = identities("alice");

    link("alice", source("Google", "Cognito_Subject", "g-1"));

    assertThat(identities("alice")).isEqualTo(before);
  }

  @Test
  void identity_linked_to_another_user_throws_AliasExistsException() {
    link("alice", source("Google", "Cognito_Subject", "g-1"));

    assertCognitoError(() -> link("bob", source("Google", "Cognito_Subject", "g-1")), AliasExistsException.class,
        "The SourceUser is already linked to another user.");
    assertThat(identities("bob")).isNull();
  }

  @Test
  void second_identity_of_the_same_provider_throws_InvalidParameterException() {
    link("alice", source("Google", "Cognito_Subject", "g-1"));

    assertCognitoError(() -> link("alice", source("Google", "Cognito_Subject", "g-2")),
        InvalidParameterException.class,
        "Invalid SourceUser: the DestinationUser is already linked to a user of Google.");
  }

  @Test
  void sixth_linked_identity_throws_LimitExceededException() {
    provider("Facebook", IdentityProviderTypeType.FACEBOOK, SOCIAL);
    provider("LoginWithAmazon", IdentityProviderTypeType.LOGIN_WITH_AMAZON, SOCIAL);
    provider("Okta", IdentityProviderTypeType.OIDC, Map.of("client_id", "x", "attributes_request_method", "GET",
        "oidc_issuer", "https://okta.example.com", "authorize_scopes", "openid"));
    provider("Azure", IdentityProviderTypeType.OIDC, Map.of("client_id", "x", "attributes_request_method", "GET",
        "oidc_issuer", "https://azure.example.com", "authorize_scopes", "openid"));
    for (String provider : List.of("Google", "Corp", "Facebook", "LoginWithAmazon", "Okta")) {
      link("alice", source(provider, "Cognito_Subject", provider + "-1"));
    }

    assertCognitoError(() -> link("alice", source("Azure", "Cognito_Subject", "a-1")), LimitExceededException.class,
        "A user cannot be linked to more than 5 federated identities.");
  }

  @Test
  void native_user_as_source_throws_InvalidParameterException() {
    assertCognitoError(() -> link("alice", native_("bob")), InvalidParameterException.class,
        "Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, "
            + "only as a DestinationUser");
  }

  @Test
  void source_that_already_signed_up_throws_InvalidParameterException() {
    confirmedUser(cognito, poolId, "Google_g-1");

    assertCognitoError(() -> link("alice", source("Google", "Cognito_Subject", "g-1")),
        InvalidParameterException.class,
        "Merging is not currently supported, provide a SourceUser that has not been signed up in order to link");
  }

  @Test
  void social_source_must_link_on_the_subject() {
    assertCognitoError(() -> link("alice", source("Google", "email", "a@example.com")),
        InvalidParameterException.class,
        "Invalid SourceUser: ProviderAttributeName must be Cognito_Subject for Google.");
  }

  @Test
  void unknown_provider_or_user_throws() {
    assertCognitoError(() -> link("alice", source("Okta", "Cognito_Subject", "o-1")),
        ResourceNotFoundException.class, "Identity provider Okta does not exist.");
    assertCognitoError(() -> link("carol", source("Google", "Cognito_Subject", "g-1")),
        UserNotFoundException.class, "User does not exist.");
    assertCognitoError(() -> cognito.adminLinkProviderForUser(r -> r.userPoolId(poolId)
            .sourceUser(source("Google", "Cognito_Subject", "g-1"))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'destinationUser' failed to satisfy constraint: "
            + "Member must not be null");
  }

  /* ---- Disabling ---- */

  @Test
  void disabling_a_linked_identity_removes_the_link() {
    link("alice", source("Google", "Cognito_Subject", "g-1"));

    disable(source("Google", "Cognito_Subject", "g-1"));

    assertThat(identities("alice")).isNull();
    link("bob", source("Google", "Cognito_Subject", "g-1"));
    assertThat(identities("bob")).contains("\"userId\":\"g-1\"");
  }

  @Test
  void disabling_an_unknown_identity_throws_UserNotFoundException() {
    assertCognitoError(() -> disable(source("Google", "Cognito_Subject", "g-1")), UserNotFoundException.class,
        "User does not exist.");
    assertCognitoError(() -> disable(source("Google", "email", "g-1")), InvalidParameterException.class,
        "Invalid User: ProviderAttributeName must be Cognito_Subject.");
  }

  @Test
  void disabling_the_cognito_provider_disables_the_native_user() {
    disable(source("Cognito", "Cognito_Subject", "alice"));

    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).enabled()).isFalse();
    assertCognitoError(() -> disable(source("Cognito", "Cognito_Subject", "carol")), UserNotFoundException.class,
        "User does not exist.");
  }
}
