package dev.fakecognito.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * A browser for managed login tests: plain {@link HttpClient} requests that never follow
 * redirects, a cookie jar, and hand-rolled form parsing.
 */
final class HostedBrowser {

  static final String CALLBACK = "https://app.example.com/callback";
  static final String LOGOUT = "https://app.example.com/signed-out";
  static final String PASSWORD = "Passw0rd!";
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
  private static final Pattern ACTION = Pattern.compile("<form [^>]*action=\"([^\"]+)\"");

  final URI base;
  final Map<String, String> cookies = new LinkedHashMap<>();

  HostedBrowser(FakeCognito fake) {
    this.base = fake.endpoint();
  }

  /** A pool with user {@code alice} (email alice@example.com, verified) and an app client for the code flow. */
  static Setup setup(FakeCognito fake, boolean secret, OAuthFlowType... flows) {
    return setup(fake, pool -> { }, client -> client.generateSecret(secret), flows);
  }

  /** As {@link #setup(FakeCognito, boolean, OAuthFlowType...)}, with further pool and client settings. */
  static Setup setup(FakeCognito fake, Consumer<CreateUserPoolRequest.Builder> poolSettings,
      Consumer<CreateUserPoolClientRequest.Builder> clientSettings, OAuthFlowType... flows) {
    CognitoIdentityProviderClient cognito = fake.client();
    String poolId = cognito.createUserPool(r -> poolSettings.accept(r.poolName("hosted"))).userPool().id();
    UserPoolClientType client = cognito.createUserPoolClient(r -> clientSettings.accept(r.userPoolId(poolId)
        .clientName("web")
        .allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(flows.length == 0 ? List.of(OAuthFlowType.CODE) : List.of(flows))
        .allowedOAuthScopes("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin")
        .callbackURLs(CALLBACK).logoutURLs(LOGOUT).supportedIdentityProviders("COGNITO"))).userPoolClient();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS")
        .userAttributes(a -> a.name("email").value("alice@example.com"),
            a -> a.name("email_verified").value("true"), a -> a.name("name").value("Alice"),
            a -> a.name("phone_number").value("+15555550100")));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password(PASSWORD).permanent(true));
    return new Setup(poolId, client);
  }

  record Setup(String poolId, UserPoolClientType client) {
    String clientId() {
      return client.clientId();
    }

    /** An authorize query for the code flow with the given extra parameters ({@code name=value}, unencoded). */
    String query(String... extra) {
      StringBuilder query = new StringBuilder("response_type=code&client_id=" + clientId() + "&redirect_uri="
          + encode(CALLBACK));
      for (String parameter : extra) {
        int equals = parameter.indexOf('=');
        query.append('&').append(parameter, 0, equals + 1).append(encode(parameter.substring(equals + 1)));
      }
      return query.toString();
    }
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), headers);
  }

  HttpResponse<String> post(String pathAndQuery, String form, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws Exception {
    if (!cookies.isEmpty()) {
      StringBuilder cookie = new StringBuilder();
      cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(name).append('=')
          .append(value));
      request.header("Cookie", cookie.toString());
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("set-cookie")) {
      String pair = setCookie.split(";")[0];
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals);
      String value = pair.substring(equals + 1);
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  /** Follows authorize to the sign-in page, fills it in and submits it; returns the final response. */
  HttpResponse<String> signIn(String authorizeQuery, String username, String password, String... headers)
      throws Exception {
    HttpResponse<String> authorize = get("/oauth2/authorize?" + authorizeQuery);
    assertThat(authorize.statusCode()).isEqualTo(302);
    String login = location(authorize);
    assertThat(login).startsWith("/login?");
    HttpResponse<String> page = get(login);
    assertThat(page.statusCode()).isEqualTo(200);
    return submit(page.body(), "username=" + encode(username) + "&password=" + encode(password), headers);
  }

  /** Posts a page's form with its hidden fields and the given fields. */
  HttpResponse<String> submit(String html, String fields, String... headers) throws Exception {
    Matcher action = ACTION.matcher(html);
    assertThat(action.find()).as("a form in %s", html).isTrue();
    StringBuilder form = new StringBuilder(fields);
    Matcher hidden = HIDDEN.matcher(html);
    while (hidden.find()) {
      form.append('&').append(hidden.group(1)).append('=').append(encode(unescape(hidden.group(2))));
    }
    return post(unescape(action.group(1)), form.toString(), headers);
  }

  /**
   * An HtmlUnit browser (CSS off, failing statuses returned as pages) that never leaves for the app:
   * a request to a URL starting with {@code callback} gets a small page saying "back at the app".
   */
  static WebClient htmlUnit(String callback, boolean javaScript) {
    WebClient client = new WebClient();
    client.getOptions().setJavaScriptEnabled(javaScript);
    client.getOptions().setCssEnabled(false);
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    new WebConnectionWrapper(client) {
      @Override
      public WebResponse getResponse(WebRequest request) throws IOException {
        if (request.getUrl().toString().startsWith(callback)) {
          return new StringWebResponse("<html><body>back at the app</body></html>", request.getUrl());
        }
        return super.getResponse(request);
      }
    };
    return client;
  }

  /**
   * An authorize query for the code flow through provider {@code Corp}, scopes openid, email and
   * profile, and {@code extra} parameters given as {@code name=value} (the value is encoded here).
   */
  static String federatedQuery(String clientId, String... extra) {
    StringBuilder query = new StringBuilder("response_type=code&client_id=" + clientId + "&redirect_uri="
        + encode(CALLBACK) + "&identity_provider=Corp&scope=" + encode("openid email profile"));
    for (String parameter : extra) {
      int equals = parameter.indexOf('=');
      query.append('&').append(parameter, 0, equals + 1).append(encode(parameter.substring(equals + 1)));
    }
    return query.toString();
  }

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  /** The parameters of a redirect's query, or of its fragment if it has one. */
  static Map<String, String> parameters(String uri) {
    int start = uri.indexOf('#') >= 0 ? uri.indexOf('#') : uri.indexOf('?');
    Map<String, String> parameters = new LinkedHashMap<>();
    if (start < 0) {
      return parameters;
    }
    for (String pair : uri.substring(start + 1).split("&")) {
      int equals = pair.indexOf('=');
      parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
