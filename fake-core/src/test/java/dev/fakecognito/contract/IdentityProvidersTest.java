package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sun.net.httpserver.HttpServer;
import dev.fakecognito.FakeCognito;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DuplicateProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderTypeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ProviderDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class IdentityProvidersTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito, r -> r.schema(SchemaAttributeType.builder().name("tenant")
      .attributeDataType("String").mutable(true).build()));

  private static final Map<String, String> SOCIAL = Map.of("client_id", "id-1", "client_secret", "secret-1",
      "authorize_scopes", "openid email");

  static final String METADATA = """
      <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
        <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
          <md:KeyDescriptor use="signing">
            <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
              <ds:X509Data><ds:X509Certificate>MIIBexample</ds:X509Certificate></ds:X509Data>
            </ds:KeyInfo>
          </md:KeyDescriptor>
          <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
              Location="https://idp.example.com/slo"/>
          <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
              Location="https://idp.example.com/sso/post"/>
          <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
              Location="https://idp.example.com/sso/redirect"/>
        </md:IDPSSODescriptor>
      </md:EntityDescriptor>
      """;

  private IdentityProviderType create(String name, IdentityProviderTypeType type, Map<String, String> details) {
    return cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName(name).providerType(type)
        .providerDetails(details)).identityProvider();
  }

  private IdentityProviderType oidc(String name, String... identifiers) {
    return cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName(name)
        .providerType(IdentityProviderTypeType.OIDC).providerDetails(oidcDetails("https://" + name + ".example.com"))
        .idpIdentifiers(identifiers)).identityProvider();
  }

  private static Map<String, String> oidcDetails(String issuer) {
    return Map.of("client_id", "id-1", "attributes_request_method", "GET", "oidc_issuer", issuer,
        "authorize_scopes", "openid", "authorize_url", issuer + "/authorize", "token_url", issuer + "/token",
        "jwks_uri", issuer + "/jwks");
  }

  private IdentityProviderType describe(String name) {
    return cognito.describeIdentityProvider(r -> r.userPoolId(poolId).providerName(name)).identityProvider();
  }

  /* ---- Social providers ---- */

  @Test
  void google_provider_is_described_with_the_endpoints_cognito_adds() {
    IdentityProviderType created = create("Google", IdentityProviderTypeType.GOOGLE, SOCIAL);

    IdentityProviderType described = describe("Google");

    assertThat(described).isEqualTo(created);
    assertThat(described.userPoolId()).isEqualTo(poolId);
    assertThat(described.providerType()).isEqualTo(IdentityProviderTypeType.GOOGLE);
    assertThat(described.providerDetails()).containsOnly(entry("client_id", "id-1"),
        entry("client_secret", "secret-1"), entry("authorize_scopes", "openid email"),
        entry("authorize_url", "https://accounts.google.com/o/oauth2/v2/auth"),
        entry("token_url", "https://www.googleapis.com/oauth2/v4/token"),
        entry("attributes_url", "https://people.googleapis.com/v1/people/me?personFields="),
        entry("attributes_url_add_attributes", "true"), entry("token_request_method", "POST"),
        entry("oidc_issuer", "https://accounts.google.com"));
    assertThat(described.attributeMapping()).containsOnly(entry("username", "sub"));
    assertThat(described.creationDate()).isEqualTo(fake.clock().instant());
    assertThat(described.lastModifiedDate()).isEqualTo(described.creationDate());
  }

  @Test
  void facebook_provider_uses_its_api_version_in_the_endpoints() {
    Map<String, String> details = new HashMap<>(SOCIAL);
    details.put("api_version", "v19.0");
    IdentityProviderType facebook = create("Facebook", IdentityProviderTypeType.FACEBOOK, details);

    assertThat(facebook.providerDetails()).contains(entry("api_version", "v19.0"),
        entry("authorize_url", "https://www.facebook.com/v19.0/dialog/oauth"),
        entry("token_url", "https://graph.facebook.com/v19.0/oauth/access_token"),
        entry("attributes_url", "https://graph.facebook.com/v19.0/me?fields="),
        entry("token_request_method", "GET"));
    assertThat(facebook.attributeMapping()).containsOnly(entry("username", "id"));
  }

  @Test
  void login_with_amazon_provider_maps_username_to_user_id() {
    IdentityProviderType amazon = create("LoginWithAmazon", IdentityProviderTypeType.LOGIN_WITH_AMAZON, SOCIAL);

    assertThat(amazon.providerDetails()).contains(entry("authorize_url", "https://www.amazon.com/ap/oa"),
        entry("token_url", "https://api.amazon.com/auth/o2/token"),
        entry("attributes_url", "https://api.amazon.com/user/profile"),
        entry("attributes_url_add_attributes", "false"));
    assertThat(amazon.attributeMapping()).containsOnly(entry("username", "user_id"));
  }

  @Test
  void apple_provider_hides_its_private_key() {
    IdentityProviderType apple = create("SignInWithApple", IdentityProviderTypeType.SIGN_IN_WITH_APPLE,
        Map.of("client_id", "com.example", "team_id", "TEAM", "key_id", "KEY", "private_key", "PRIVATE",
            "authorize_scopes", "email name"));

    assertThat(describe("SignInWithApple").providerDetails()).isEqualTo(apple.providerDetails())
        .doesNotContainKey("private_key")
        .contains(entry("team_id", "TEAM"), entry("oidc_issuer", "https://appleid.apple.com"),
            entry("authorize_url", "https://appleid.apple.com/auth/authorize"));
  }

  @Test
  void social_provider_without_a_required_detail_throws_InvalidParameterException() {
    assertCognitoError(() -> create("Google", IdentityProviderTypeType.GOOGLE,
            Map.of("client_id", "id-1", "authorize_scopes", "openid")), InvalidParameterException.class,
        "client_id, client_secret and authorize_scopes are all required idp details.");
    assertCognitoError(() -> create("SignInWithApple", IdentityProviderTypeType.SIGN_IN_WITH_APPLE, SOCIAL),
        InvalidParameterException.class,
        "client_id, team_id, key_id, private_key and authorize_scopes are all required idp details.");
    assertThat(cognito.listIdentityProviders(r -> r.userPoolId(poolId)).providers()).isEmpty();
  }

  @Test
  void social_provider_not_named_after_its_type_throws_InvalidParameterException() {
    assertCognitoError(() -> create("MyGoogle", IdentityProviderTypeType.GOOGLE, SOCIAL),
        InvalidParameterException.class, "Provider MyGoogle cannot be of type Google.");
    assertCognitoError(() -> create("Google", IdentityProviderTypeType.OIDC, oidcDetails("https://a.example.com")),
        InvalidParameterException.class, "Provider Google cannot be of type OIDC.");
  }

  /* ---- OIDC ---- */

  @Test
  void oidc_provider_keeps_explicit_endpoints_and_maps_username_to_sub() {
    IdentityProviderType oidc = oidc("Okta");

    assertThat(oidc.providerDetails()).containsAllEntriesOf(oidcDetails("https://Okta.example.com"))
        .containsEntry("attributes_url_add_attributes", "false");
    assertThat(oidc.attributeMapping()).containsOnly(entry("username", "sub"));
  }

  @Test
  void oidc_provider_on_a_loopback_issuer_discovers_its_endpoints() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int port = server.getAddress().getPort();
    String issuer = "http://127.0.0.1:" + port + "/idp";
    String document = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
        + "\"token_endpoint\":\"" + issuer + "/token\",\"userinfo_endpoint\":\"" + issuer + "/me\","
        + "\"jwks_uri\":\"" + issuer + "/keys\"}";
    server.createContext("/idp/.well-known/openid-configuration", exchange -> {
      byte[] body = document.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      IdentityProviderType oidc = create("Local", IdentityProviderTypeType.OIDC, Map.of("client_id", "id-1",
          "attributes_request_method", "GET", "oidc_issuer", issuer, "authorize_scopes", "openid",
          "token_url", issuer + "/explicit-token"));

      assertThat(oidc.providerDetails()).contains(entry("authorize_url", issuer + "/auth"),
          entry("token_url", issuer + "/explicit-token"), entry("attributes_url", issuer + "/me"),
          entry("jwks_uri", issuer + "/keys"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void oidc_provider_with_a_bad_request_method_throws_InvalidParameterException() {
    Map<String, String> details = new HashMap<>(oidcDetails("https://a.example.com"));
    details.put("attributes_request_method", "PUT");

    assertCognitoError(() -> create("Okta", IdentityProviderTypeType.OIDC, details), InvalidParameterException.class,
        "attributes_request_method must be GET or POST.");
    assertCognitoError(() -> create("Okta", IdentityProviderTypeType.OIDC, Map.of("client_id", "x")),
        InvalidParameterException.class,
        "client_id, attributes_request_method, oidc_issuer and authorize_scopes are all required idp details.");
  }

  /* ---- SAML ---- */

  @Test
  void saml_provider_reads_its_sign_in_and_sign_out_uris_from_the_metadata_file() {
    IdentityProviderType saml = create("Corp", IdentityProviderTypeType.SAML,
        Map.of("MetadataFile", METADATA, "IDPSignout", "true"));

    String certificate = cognito.getSigningCertificate(r -> r.userPoolId(poolId)).certificate();
    assertThat(saml.providerDetails()).containsOnly(entry("MetadataFile", METADATA), entry("IDPSignout", "true"),
        entry("SSORedirectBindingURI", "https://idp.example.com/sso/redirect"),
        entry("SLORedirectBindingURI", "https://idp.example.com/slo"),
        entry("ActiveEncryptionCertificate", certificate));
    assertThat(saml.attributeMapping()).isEmpty();
  }

  @Test
  void saml_provider_fetches_a_loopback_metadata_url() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/metadata", exchange -> {
      byte[] body = METADATA.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    String base = "http://localhost:" + server.getAddress().getPort();
    try {
      IdentityProviderType saml = create("Corp", IdentityProviderTypeType.SAML,
          Map.of("MetadataURL", base + "/metadata"));

      assertThat(saml.providerDetails()).contains(entry("MetadataURL", base + "/metadata"),
          entry("SSORedirectBindingURI", "https://idp.example.com/sso/redirect"));
      assertCognitoError(() -> create("Other", IdentityProviderTypeType.SAML, Map.of("MetadataURL", base + "/gone")),
          InvalidParameterException.class,
          "Non-ok status code 404 returned from remote metadata source " + base + "/gone");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void saml_provider_without_metadata_throws_InvalidParameterException() {
    assertCognitoError(() -> create("Corp", IdentityProviderTypeType.SAML, Map.of("IDPSignout", "true")),
        InvalidParameterException.class, "At least one of the MetadataURL or MetadataFile should be provided.");
    assertCognitoError(() -> create("Corp", IdentityProviderTypeType.SAML, Map.of("MetadataFile", "<nope")),
        InvalidParameterException.class, "Unable to unmarshall metadata.");
    assertCognitoError(() -> create("Corp", IdentityProviderTypeType.SAML,
            Map.of("MetadataURL", "http://idp.example.com/metadata")),
        InvalidParameterException.class, "MetadataURL must be a valid https URL.");
  }

  /* ---- Names, mapping, identifiers ---- */

  @Test
  void duplicate_provider_name_throws_DuplicateProviderException() {
    oidc("Okta");

    assertCognitoError(() -> oidc("Okta"), DuplicateProviderException.class,
        "Okta already exists in user pool " + poolId);
  }

  @Test
  void invalid_provider_names_throw_InvalidParameterException() {
    assertCognitoError(() -> oidc("Cognito"), InvalidParameterException.class, "Provider name Cognito is reserved.");
    assertCognitoError(() -> oidc("_okta"), InvalidParameterException.class,
        "1 validation error detected: Value '_okta' at 'providerName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+");
    assertCognitoError(() -> oidc("x".repeat(33)), InvalidParameterException.class,
        "1 validation error detected: Value '" + "x".repeat(33) + "' at 'providerName' failed to satisfy "
            + "constraint: Member must have length less than or equal to 32");
    assertCognitoError(() -> cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")
            .providerType("LDAP").providerDetails(Map.of())), InvalidParameterException.class,
        "1 validation error detected: Value 'LDAP' at 'providerType' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [SAML, Facebook, Google, LoginWithAmazon, SignInWithApple, OIDC]");
  }

  @Test
  void attribute_mapping_takes_standard_and_custom_attributes_but_not_sub() {
    IdentityProviderType mapped = cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")
        .providerType(IdentityProviderTypeType.OIDC).providerDetails(oidcDetails("https://okta.example.com"))
        .attributeMapping(Map.of("email", "mail", "custom:tenant", "org", "username", "oid"))).identityProvider();

    assertThat(mapped.attributeMapping())
        .containsOnly(entry("email", "mail"), entry("custom:tenant", "org"), entry("username", "oid"));
    assertCognitoError(() -> cognito.updateIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")
            .attributeMapping(Map.of("sub", "id"))), InvalidParameterException.class,
        "The sub attribute cannot be mapped to an identity provider attribute.");
    assertCognitoError(() -> cognito.updateIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")
            .attributeMapping(Map.of("custom:missing", "x"))), InvalidParameterException.class,
        "Attribute custom:missing in AttributeMapping does not exist in the schema of user pool " + poolId + ".");
    assertThat(describe("Okta").attributeMapping()).isEqualTo(mapped.attributeMapping());
  }

  @Test
  void idp_identifiers_find_their_provider() {
    oidc("Okta", "example.com", "okta");
    oidc("Azure", "corp.example");

    IdentityProviderType found = cognito.getIdentityProviderByIdentifier(r -> r.userPoolId(poolId)
        .idpIdentifier("example.com")).identityProvider();

    assertThat(found.providerName()).isEqualTo("Okta");
    assertThat(found.idpIdentifiers()).containsExactly("example.com", "okta");
    assertCognitoError(() -> cognito.getIdentityProviderByIdentifier(r -> r.userPoolId(poolId)
            .idpIdentifier("unknown")), ResourceNotFoundException.class,
        "Identity provider with identifier unknown does not exist.");
  }

  @Test
  void idp_identifier_of_another_provider_throws_DuplicateProviderException() {
    oidc("Okta", "example.com");

    assertCognitoError(() -> oidc("Azure", "example.com"), DuplicateProviderException.class,
        "Identifier example.com already exists in user pool " + poolId);
    assertCognitoError(() -> oidc("Azure", "a b/c"), InvalidParameterException.class,
        "1 validation error detected: Value '[a b/c]' at 'idpIdentifiers' failed to satisfy constraint: Member must "
            + "satisfy constraint: [Member must have length less than or equal to 40, Member must have length "
            + "greater than or equal to 1, Member must satisfy regular expression pattern: [\\w\\s+=.@-]+]");
    assertCognitoError(() -> oidc("Azure", IntStream.range(0, 51).mapToObj(i -> "id" + i).toArray(String[]::new)),
        InvalidParameterException.class, "1 validation error detected: Value at 'idpIdentifiers' failed to satisfy "
            + "constraint: Member must have length less than or equal to 50");
    assertThat(cognito.listIdentityProviders(r -> r.userPoolId(poolId)).providers())
        .extracting(ProviderDescription::providerName).containsExactly("Okta");
  }

  /* ---- Update and delete ---- */

  @Test
  void update_changes_the_given_keys_and_the_modification_date() {
    IdentityProviderType created = oidc("Okta", "okta");
    fake.clock().advance(Duration.ofMinutes(5));

    IdentityProviderType updated = cognito.updateIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")
        .providerDetails(Map.of("authorize_scopes", "openid email"))).identityProvider();

    assertThat(updated.providerDetails()).containsEntry("authorize_scopes", "openid email")
        .containsEntry("client_id", "id-1");
    assertThat(updated.idpIdentifiers()).containsExactly("okta");
    assertThat(updated.creationDate()).isEqualTo(created.creationDate());
    assertThat(updated.lastModifiedDate()).isEqualTo(created.creationDate().plus(Duration.ofMinutes(5)));
    assertThat(describe("Okta")).isEqualTo(updated);
  }

  @Test
  void unknown_provider_throws_ResourceNotFoundException() {
    assertCognitoError(() -> describe("Okta"), ResourceNotFoundException.class,
        "Identity provider Okta does not exist.");
    assertCognitoError(() -> cognito.updateIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")),
        ResourceNotFoundException.class, "Identity provider Okta does not exist.");
    assertCognitoError(() -> cognito.deleteIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta")),
        ResourceNotFoundException.class, "Identity provider Okta does not exist.");
  }

  @Test
  void app_clients_name_providers_and_lose_them_when_deleted() {
    oidc("Okta");
    oidc("Azure");
    UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .supportedIdentityProviders("COGNITO", "Okta", "Azure")).userPoolClient();
    assertThat(client.supportedIdentityProviders()).containsExactly("COGNITO", "Okta", "Azure");

    cognito.deleteIdentityProvider(r -> r.userPoolId(poolId).providerName("Okta"));

    assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(client.clientId()))
        .userPoolClient().supportedIdentityProviders()).containsExactly("COGNITO", "Azure");
    assertCognitoError(() -> describe("Okta"), ResourceNotFoundException.class,
        "Identity provider Okta does not exist.");
  }

  /* ---- Listing ---- */

  @Test
  void list_pages_through_providers_by_name() {
    for (String name : List.of("Delta", "Alpha", "Echo", "Charlie", "Bravo")) {
      oidc(name);
    }
    List<String> names = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListIdentityProvidersResponse page = cognito.listIdentityProviders(r -> r.userPoolId(poolId).maxResults(2)
          .nextToken(next));
      page.providers().forEach(p -> names.add(p.providerName()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(names).containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
    assertThat(pages).isEqualTo(3);
    assertThat(cognito.listIdentityProvidersPaginator(r -> r.userPoolId(poolId).maxResults(2)).providers())
        .extracting(ProviderDescription::providerType).hasSize(5).containsOnly(IdentityProviderTypeType.OIDC);
  }

  @Test
  void list_with_bad_paging_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listIdentityProviders(r -> r.userPoolId(poolId).maxResults(61)),
        InvalidParameterException.class, "1 validation error detected: Value '61' at 'maxResults' failed to "
            + "satisfy constraint: Member must have value less than or equal to 60");
    assertInvalidPaginationToken(() -> cognito.listIdentityProviders(r -> r.userPoolId(poolId).nextToken("bogus")),
        "bogus");
  }

  @Test
  void deleted_pool_takes_its_providers_along() {
    oidc("Okta");

    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertCognitoError(() -> describe("Okta"), ResourceNotFoundException.class,
        "User pool " + poolId + " does not exist.");
  }
}
