package dev.fakecognito.internal.federation;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.errors.CognitoErrors;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ProviderDetails of each provider type: which keys are required, and which keys Cognito adds
 * itself so that DescribeIdentityProvider shows them
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html).
 *
 * <h2>What the fake fetches</h2>
 *
 * <p>Cognito reads an OIDC provider's discovery document at {@code oidc_issuer} and a SAML
 * provider's {@code MetadataURL}. The fake never goes out to the network: it fetches them only
 * from a loopback address ({@code localhost}, {@code 127.0.0.1}, {@code ::1}), over http or https,
 * so that a test can serve its own IdP. For any other address it stores what the caller gave:
 * an OIDC provider shows only the endpoints set explicitly, and a SAML provider given by URL shows
 * no sign-in and sign-out URIs. Real Cognito requires https for both; the fake also takes http on
 * loopback.
 */
final class ProviderDetails {

  static final String SAML = "SAML";
  static final String FACEBOOK = "Facebook";
  static final String GOOGLE = "Google";
  static final String AMAZON = "LoginWithAmazon";
  static final String APPLE = "SignInWithApple";
  static final String OIDC = "OIDC";
  /** In the model's order, as its enum constraint names them. */
  static final List<String> TYPES = List.of(SAML, FACEBOOK, GOOGLE, AMAZON, APPLE, OIDC);
  /** The Graph API version Cognito uses for Facebook when none is given (assumed). */
  private static final String FACEBOOK_API_VERSION = "v17.0";
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

  /** The stored form of a provider's details. */
  record Resolved(Map<String, String> details, String entityId, List<String> signingCertificates) {}

  private ProviderDetails() {}

  /**
   * Checks the details a caller gave for a provider of {@code type} and adds what Cognito adds.
   *
   * @param encryptionCertificate the certificate a SAML provider encrypts assertions for
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a missing or malformed key, or metadata or discovery that cannot be read
   */
  static Resolved resolve(String type, Map<String, String> given, Supplier<String> encryptionCertificate) {
    Map<String, String> details = new TreeMap<>(given);
    return switch (type) {
      case GOOGLE -> social(details, "https://accounts.google.com/o/oauth2/v2/auth",
          "https://www.googleapis.com/oauth2/v4/token", "https://people.googleapis.com/v1/people/me?personFields=",
          "true", "POST", "https://accounts.google.com");
      case FACEBOOK -> {
        String version = details.computeIfAbsent("api_version", k -> FACEBOOK_API_VERSION);
        yield social(details, "https://www.facebook.com/" + version + "/dialog/oauth",
            "https://graph.facebook.com/" + version + "/oauth/access_token",
            "https://graph.facebook.com/" + version + "/me?fields=", "true", "GET", null);
      }
      case AMAZON -> social(details, "https://www.amazon.com/ap/oa", "https://api.amazon.com/auth/o2/token",
          "https://api.amazon.com/user/profile", "false", "POST", null);
      case APPLE -> apple(details);
      case OIDC -> oidc(details);
      default -> saml(details, encryptionCertificate);
    };
  }

  /** The keys Describe leaves out although the caller set them. */
  static Map<String, String> shown(String type, Map<String, String> details) {
    if (!type.equals(APPLE) || !details.containsKey("private_key")) {
      return details;
    }
    Map<String, String> shown = new TreeMap<>(details);
    shown.remove("private_key");
    return shown;
  }

  private static Resolved social(Map<String, String> details, String authorizeUrl, String tokenUrl,
      String attributesUrl, String addAttributes, String tokenMethod, @Nullable String issuer) {
    require(details, "client_id, client_secret and authorize_scopes", "client_id", "client_secret",
        "authorize_scopes");
    // Cognito owns these keys for social providers: what a caller sets is replaced.
    details.put("authorize_url", authorizeUrl);
    details.put("token_url", tokenUrl);
    details.put("attributes_url", attributesUrl);
    details.put("attributes_url_add_attributes", addAttributes);
    details.put("token_request_method", tokenMethod);
    if (issuer != null) {
      details.put("oidc_issuer", issuer);
    }
    return new Resolved(details, "", List.of());
  }

  private static Resolved apple(Map<String, String> details) {
    require(details, "client_id, team_id, key_id, private_key and authorize_scopes", "client_id", "team_id",
        "key_id", "private_key", "authorize_scopes");
    details.put("authorize_url", "https://appleid.apple.com/auth/authorize");
    details.put("token_url", "https://appleid.apple.com/auth/token");
    details.put("attributes_url_add_attributes", "false");
    details.put("token_request_method", "POST");
    details.put("oidc_issuer", "https://appleid.apple.com");
    return new Resolved(details, "", List.of());
  }

  private static Resolved oidc(Map<String, String> details) {
    require(details, "client_id, attributes_request_method, oidc_issuer and authorize_scopes", "client_id",
        "attributes_request_method", "oidc_issuer", "authorize_scopes");
    String method = details.get("attributes_request_method");
    if (!method.equals("GET") && !method.equals("POST")) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("attributes_request_method must be GET or POST.");
    }
    for (String key : List.of("authorize_url", "token_url", "attributes_url", "jwks_uri")) {
      String url = details.get(key);
      if (url != null) {
        checkUrl(key, url);
      }
    }
    URI issuer = checkUrl("oidc_issuer", details.get("oidc_issuer"));
    if (isLoopback(issuer)) {
      discover(issuer, details);
    }
    details.put("attributes_url_add_attributes", "false");
    return new Resolved(details, "", List.of());
  }

  /** Fills the endpoints the caller left out from the issuer's discovery document. */
  private static void discover(URI issuer, Map<String, String> details) {
    String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
    URI location = URI.create(base + ".well-known/openid-configuration");
    Map<String, Object> document;
    try {
      HttpResponse<String> response = fetch(location);
      if (response.statusCode() / 100 != 2) {
        throw discoveryFailed(issuer);
      }
      document = JSONObjectUtils.parse(response.body());
    } catch (IOException | ParseException e) {
      throw discoveryFailed(issuer);
    }
    fill(details, "authorize_url", document.get("authorization_endpoint"));
    fill(details, "token_url", document.get("token_endpoint"));
    fill(details, "attributes_url", document.get("userinfo_endpoint"));
    fill(details, "jwks_uri", document.get("jwks_uri"));
  }

  private static void fill(Map<String, String> details, String key, @Nullable Object value) {
    if (value instanceof String url && !details.containsKey(key)) {
      details.put(key, url);
    }
  }

  /** The wording is assumed. */
  private static RuntimeException discoveryFailed(URI issuer) {
    return CognitoErrors.invalidParameter("Unable to contact well-known endpoint of oidc_issuer " + issuer);
  }

  private static Resolved saml(Map<String, String> details, Supplier<String> encryptionCertificate) {
    String url = details.get("MetadataURL");
    String file = details.get("MetadataFile");
    if (url == null && file == null) {
      throw CognitoErrors.samlMetadataMissing();
    }
    if (url != null && file != null) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Only one of the MetadataURL or MetadataFile should be provided.");
    }
    for (String flag : List.of("IDPSignout", "IDPInit", "EncryptedResponses")) {
      String value = details.get(flag);
      if (value != null && !value.equals("true") && !value.equals("false")) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter(flag + " must be true or false.");
      }
    }
    String algorithm = details.get("RequestSigningAlgorithm");
    if (algorithm != null && !algorithm.equals("rsa-sha256")) {
      // Only rsa-sha256 is documented; the wording is assumed.
      throw CognitoErrors.invalidParameter("RequestSigningAlgorithm must be rsa-sha256.");
    }
    SamlMetadata metadata = null;
    if (file != null) {
      metadata = SamlMetadata.parse(file);
    } else {
      URI uri = checkUrl("MetadataURL", url);
      if (isLoopback(uri)) {
        metadata = SamlMetadata.parse(fetchMetadata(uri, url));
      }
    }
    if (metadata != null) {
      if (metadata.ssoRedirect() != null) {
        details.put("SSORedirectBindingURI", metadata.ssoRedirect());
      } else {
        // Cognito signs users in with the redirect binding; POST only where the IdP has no other.
        details.put("SSOPostBindingURI", metadata.ssoPost());
      }
      if (metadata.sloRedirect() != null) {
        details.put("SLORedirectBindingURI", metadata.sloRedirect());
      }
    }
    details.put("ActiveEncryptionCertificate", encryptionCertificate.get());
    return metadata == null
        ? new Resolved(details, "", List.of())
        : new Resolved(details, metadata.entityId(), metadata.signingCertificates());
  }

  private static String fetchMetadata(URI uri, String url) {
    try {
      HttpResponse<String> response = fetch(uri);
      if (response.statusCode() / 100 != 2) {
        throw CognitoErrors.metadataSourceStatus(response.statusCode(), url);
      }
      return response.body();
    } catch (IOException e) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Unable to retrieve metadata from remote metadata source " + url);
    }
  }

  private static HttpResponse<String> fetch(URI uri) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(FETCH_TIMEOUT).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (IllegalArgumentException e) {
      throw new IOException(e);
    }
  }

  private static void require(Map<String, String> details, String names, String... keys) {
    for (String key : keys) {
      String value = details.get(key);
      if (value == null || value.isBlank()) {
        throw CognitoErrors.missingProviderDetails(names);
      }
    }
  }

  /**
   * An absolute https URL, or http on a loopback address.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     otherwise; the wording is assumed
   */
  private static URI checkUrl(String key, @Nullable String url) {
    URI uri;
    try {
      uri = url == null ? null : new URI(url);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      throw CognitoErrors.invalidParameter(key + " must be a valid https URL.");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri))) {
      throw CognitoErrors.invalidParameter(key + " must be a valid https URL.");
    }
    return uri;
  }

  static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    return host != null && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1")
        || host.equals("[::1]") || host.equals("::1"));
  }
}
