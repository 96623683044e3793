package dev.fakecognito.internal.federation.saml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.idp.FakeSamlProvider;
import dev.fakecognito.idp.ReceivedAuthnRequest;
import dev.fakecognito.idp.SamlUser;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.federation.saml.AuthnRequests.AuthnRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AuthnRequestsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String POOL = "us-east-1_Requests1";
  private static final String ACS = "http://127.0.0.1:9/saml2/idpresponse";
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private final FakeSamlProvider idp = FakeSamlProvider.start(Clock.fixed(NOW, ZoneOffset.UTC))
      .addUser(SamlUser.of("alice"));
  private final String sso = idp.baseUri() + "/sso";

  @AfterEach
  void close() {
    idp.close();
  }

  @Test
  void the_request_names_the_pool_its_endpoint_and_the_idp() throws Exception {
    AuthnRequest request = AuthnRequests.create(POOL, sso, ACS, NOW);

    Element root = SamlXml.parse(request.xml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SamlXml.PROTOCOL);
    assertThat(root.getLocalName()).isEqualTo("AuthnRequest");
    assertThat(root.getAttribute("ID")).isEqualTo(request.id()).startsWith("_").hasSize(41);
    assertThat(root.getAttribute("IssueInstant")).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(root.getAttribute("Destination")).isEqualTo(sso);
    assertThat(root.getAttribute("AssertionConsumerServiceURL")).isEqualTo(ACS);
    assertThat(root.getAttribute("ProtocolBinding")).isEqualTo(SamlXml.POST_BINDING);
    assertThat(root.getAttribute("Version")).isEqualTo("2.0");
    assertThat(SamlXml.child(root, SamlXml.ASSERTION, "Issuer").getTextContent())
        .isEqualTo("urn:amazon:cognito:sp:" + POOL);
  }

  @Test
  void each_request_has_a_new_id() {
    assertThat(AuthnRequests.create(POOL, sso, ACS, NOW).id()).isNotEqualTo(AuthnRequests.create(POOL, sso, ACS, NOW).id());
  }

  @Test
  void the_redirect_binding_deflates_the_request_into_the_query() {
    AuthnRequest request = AuthnRequests.create(POOL, sso, ACS, NOW);

    String url = AuthnRequests.redirectUrl(request, "relay-key", null);

    Map<String, String> query = query(url);
    assertThat(url).startsWith(sso + "?SAMLRequest=");
    assertThat(AuthnRequests.inflate(query.get("SAMLRequest"))).isEqualTo(request.xml());
    assertThat(query).containsEntry("RelayState", "relay-key").doesNotContainKeys("SigAlg", "Signature");
  }

  @Test
  void the_idp_receives_a_redirect_request_and_answers_it_with_a_post_page() throws Exception {
    AuthnRequest request = AuthnRequests.create(POOL, sso, ACS, NOW);

    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(AuthnRequests.redirectUrl(request,
        "relay-key", null))).build(), HttpResponse.BodyHandlers.ofString());

    ReceivedAuthnRequest received = idp.lastAuthnRequest();
    assertThat(received.id()).isEqualTo(request.id());
    assertThat(received.issuer()).isEqualTo("urn:amazon:cognito:sp:" + POOL);
    assertThat(received.assertionConsumerServiceUrl()).isEqualTo(ACS);
    assertThat(received.binding()).isEqualTo("HTTP-Redirect");
    assertThat(received.relayState()).isEqualTo("relay-key");
    assertThat(received.signed()).isFalse();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("action=\"" + ACS + "\"").contains("name=\"RelayState\" value=\"relay-key\"")
        .contains("<button type=\"submit\"");
    Map<String, String> fields = hidden(page.body());
    assertThat(SamlResponseVerifier.verify(fields.get("SAMLResponse"), new SamlResponseVerifier.Expectations(
        AuthnRequests.entityId(POOL), ACS, idp.entityId(), java.util.List.of(idp.signingCertificate()),
        request.id(), null, false), NOW).nameId()).isEqualTo("alice");
  }

  @Test
  void a_signed_redirect_request_verifies_with_the_pool_certificate() throws Exception {
    Backend backend = new Backend("us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));
    PrivateKey key = backend.tokens().samlKey(POOL);
    AuthnRequest request = AuthnRequests.create(POOL, sso, ACS, NOW);

    String url = AuthnRequests.redirectUrl(request, "relay key/+=", key);
    HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());

    ReceivedAuthnRequest received = idp.lastAuthnRequest();
    assertThat(query(url)).containsEntry("SigAlg", SamlXml.RSA_SHA256).containsKey("Signature");
    assertThat(received.signed()).isTrue();
    assertThat(received.signatureVerifies(backend.tokens().signingCertificate(POOL))).isTrue();
    assertThat(received.signatureVerifies(idp.signingCertificate())).isFalse();
  }

  @Test
  void a_signed_post_request_carries_an_enveloped_signature() throws Exception {
    Backend backend = new Backend("us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));
    AuthnRequest request = AuthnRequests.create(POOL, sso, ACS, NOW);
    String certificate = backend.tokens().signingCertificate(POOL);

    String page = AuthnRequests.postPage(request, "relay-key", backend.tokens().samlKey(POOL),
        SamlXml.certificate(certificate));
    Map<String, String> fields = hidden(page);
    HTTP.send(HttpRequest.newBuilder(URI.create(sso)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.discarding());

    ReceivedAuthnRequest received = idp.lastAuthnRequest();
    assertThat(page).contains("action=\"" + sso + "\"");
    assertThat(received.binding()).isEqualTo("HTTP-POST");
    assertThat(received.id()).isEqualTo(request.id());
    assertThat(received.relayState()).isEqualTo("relay-key");
    assertThat(received.signatureVerifies(certificate)).isTrue();
  }

  @Test
  void an_unsigned_post_request_has_no_signature() {
    String page = AuthnRequests.postPage(AuthnRequests.create(POOL, sso, ACS, NOW), null, null, null);

    assertThat(new String(java.util.Base64.getDecoder().decode(hidden(page).get("SAMLRequest")),
        StandardCharsets.UTF_8)).doesNotContain("Signature");
    assertThat(hidden(page)).doesNotContainKey("RelayState");
  }

  @Test
  void inflate_refuses_what_is_not_deflated_base64() {
    assertThat(AuthnRequests.inflate("!!!")).isNull();
    assertThat(AuthnRequests.inflate("aGVsbG8=")).isNull();
  }

  private static Map<String, String> query(String url) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      int equals = pair.indexOf('=');
      values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static Map<String, String> hidden(String html) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher matcher = HIDDEN.matcher(html);
    while (matcher.find()) {
      values.put(matcher.group(1), matcher.group(2).replace("&quot;", "\"").replace("&lt;", "<")
          .replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&"));
    }
    return values;
  }

  private static String form(Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(name).append('=')
        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }
}
