package dev.fakecognito.idp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fakecognito.internal.federation.saml.AuthnRequests;
import dev.fakecognito.internal.federation.saml.AutoPostPage;
import dev.fakecognito.internal.federation.saml.EncryptedAssertions;
import dev.fakecognito.internal.federation.saml.SamlXml;
import dev.fakecognito.internal.federation.saml.XmlSignatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;

/**
 * A SAML 2.0 identity provider for tests, served on a loopback port: a pool federates with it
 * through its metadata URL, and the test decides who signs in and how the IdP answers.
 *
 * <pre>{@code
 * try (FakeSamlProvider idp = FakeSamlProvider.start(fake.clock())) {
 *   idp.addUser(SamlUser.of("alice@example.com").withAttribute("email", "alice@example.com"));
 *   cognito.createIdentityProvider(r -> r.userPoolId(poolId).providerName("Corp").providerType("SAML")
 *       .providerDetails(Map.of("MetadataURL", idp.metadataUrl().toString()))
 *       .attributeMapping(Map.of("email", "email")));
 *   // A browser at /oauth2/authorize?identity_provider=Corp&... is sent to the IdP, which
 *   // answers at once for alice with a page that posts her signed assertion back to the pool.
 * }
 * }</pre>
 *
 * <h2>Endpoints</h2>
 *
 * <ul>
 *   <li>{@code GET /metadata}: the IdP's metadata: its entityID, signing certificate,
 *       SingleSignOnService for the HTTP-Redirect and HTTP-POST bindings, SingleLogoutService.
 *   <li>{@code GET|POST /sso}: takes an AuthnRequest (redirect or POST binding), records it, and
 *       answers for the selected user with a page that posts SAMLResponse and RelayState to the
 *       request's AssertionConsumerServiceURL: submitted by a script, or by its Continue button
 *       where JavaScript is off.
 *   <li>{@code GET /initiate?acs=..&audience=..&RelayState=..}: IdP-initiated sign-in, the same
 *       page for an assertion that answers no request.
 *   <li>{@code GET /slo}: takes a LogoutRequest (redirect binding), records it, and answers with
 *       a page that posts a signed LogoutResponse and the RelayState back to the service provider's
 *       single logout URL (see {@link #serviceProviderLogoutUrl}); without a request, or without
 *       a URL to answer to, it shows a signed-out page.
 * </ul>
 *
 * <h2>Behaviour</h2>
 *
 * <p>Assertions are valid for five minutes from the provider's clock (pass the fake's {@link
 * dev.fakecognito.TestClock} so that both agree) and are signed with RSA-SHA256, by default on the
 * Assertion. {@link #failWith(Failure)} makes the provider answer wrongly in one way until
 * told otherwise. Every provider in a JVM signs with the same key, made on first use.
 *
 * <p>Instances are thread-safe; the settings a test changes apply to the next answer.
 */
public final class FakeSamlProvider implements AutoCloseable {

  /** Which elements of a response carry a signature. */
  public enum SignedElement {
    /** The Assertion, as most IdPs sign. */
    ASSERTION,
    /** Only the Response. */
    RESPONSE,
    /** The Assertion and the Response. */
    BOTH
  }

  /**
   * Ways the provider can answer wrongly, to test that the service provider refuses the answer;
   * see {@link #failWith}.
   */
  public enum Failure {
    /** Change the assertion after signing it, so that its signature no longer verifies. */
    BAD_SIGNATURE,
    /** Sign neither the response nor the assertion. */
    UNSIGNED,
    /** Sign with a key that the metadata does not name. */
    UNKNOWN_KEY,
    /** Name another audience than the service provider in the AudienceRestriction. */
    WRONG_AUDIENCE,
    /** Answer with an assertion whose conditions ended ten minutes ago. */
    EXPIRED,
    /** Answer with an assertion whose conditions start in ten minutes. */
    NOT_YET_VALID,
    /** Put another ID than the AuthnRequest's into InResponseTo. */
    WRONG_IN_RESPONSE_TO,
    /** Name another issuer than the metadata's entityID. */
    WRONG_ISSUER,
    /** Name another Recipient and Destination than the assertion consumer service. */
    WRONG_RECIPIENT,
    /** Answer with status Responder / AuthnFailed and no assertion. */
    STATUS_FAILURE,
    /**
     * Send a forged assertion for another user that carries the signature of the real one, with
     * the real one hidden in the response's Extensions (an XML signature wrapping attack).
     */
    SIGNATURE_WRAPPING
  }

  private static final String ENTITY_FORMAT = SamlXml.ENTITY_FORMAT;

  private final Clock clock;
  private final HttpServer server;
  private final ExecutorService executor;
  private final URI base;
  private final String entityId;
  private final Duration lifetime;
  private final Map<String, SamlUser> users = new ConcurrentHashMap<>();
  private final List<ReceivedAuthnRequest> requests = new CopyOnWriteArrayList<>();
  private final List<ReceivedLogoutRequest> logoutRequests = new CopyOnWriteArrayList<>();
  private volatile @Nullable String spLogoutUrl;
  private volatile @Nullable String selected;
  private volatile @Nullable Failure failure;
  private volatile SignedElement signedElement;
  private volatile @Nullable PublicKey encryptFor;

  private FakeSamlProvider(Builder builder) {
    this.clock = builder.clock;
    this.lifetime = builder.lifetime;
    this.signedElement = builder.signedElement;
    // The key is made here, on the test's thread, rather than inside a metadata fetch that a pool
    // makes with a timeout.
    IdpKey.get();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake SAML IdP", e);
    }
    executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "fake-saml-idp");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    entityId = builder.entityId != null ? builder.entityId : base + "/metadata";
  }

  /** A provider on the system clock. */
  public static FakeSamlProvider start() {
    return builder().build();
  }

  /** A provider on {@code clock}, which should be the fake's ({@code fake.clock()}). */
  public static FakeSamlProvider start(Clock clock) {
    return builder().clock(clock).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a new provider. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable String entityId;
    private Duration lifetime = Duration.ofMinutes(5);
    private SignedElement signedElement = SignedElement.ASSERTION;

    private Builder() {}

    /** The clock that stamps assertions; use the fake's. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The entityID; by default the metadata URL. */
    public Builder entityId(String entityId) {
      if (entityId.isBlank()) {
        throw new IllegalArgumentException("entityId must not be blank");
      }
      this.entityId = entityId;
      return this;
    }

    /** How long assertions are valid after they are issued; five minutes by default. */
    public Builder assertionLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("assertionLifetime (" + lifetime + ") must be positive");
      }
      this.lifetime = lifetime;
      return this;
    }

    /** Which elements are signed; the Assertion by default. */
    public Builder signedElement(SignedElement signedElement) {
      this.signedElement = Objects.requireNonNull(signedElement, "signedElement");
      return this;
    }

    public FakeSamlProvider build() {
      return new FakeSamlProvider(this);
    }
  }

  /* ---- What the service provider configures ---- */

  /** Where the metadata is served: give it to CreateIdentityProvider as {@code MetadataURL}. */
  public URI metadataUrl() {
    return base.resolve("/metadata");
  }

  /** The metadata document, for CreateIdentityProvider's {@code MetadataFile}. */
  public String metadata() {
    String sso = base + "/sso";
    return "<md:EntityDescriptor xmlns:md=\"" + SamlXml.METADATA + "\" xmlns:ds=\"" + SamlXml.DSIG
        + "\" entityID=\"" + AutoPostPage.escape(entityId) + "\">"
        + "<md:IDPSSODescriptor WantAuthnRequestsSigned=\"false\" "
        + "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
        + IdpKey.get().certificateBase64 + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleLogoutService Binding=\"" + SamlXml.REDIRECT_BINDING + "\" Location=\"" + base + "/slo\"/>"
        + "<md:NameIDFormat>" + SamlUser.PERSISTENT_FORMAT + "</md:NameIDFormat>"
        + "<md:NameIDFormat>" + SamlUser.EMAIL_FORMAT + "</md:NameIDFormat>"
        + "<md:SingleSignOnService Binding=\"" + SamlXml.REDIRECT_BINDING + "\" Location=\"" + sso + "\"/>"
        + "<md:SingleSignOnService Binding=\"" + SamlXml.POST_BINDING + "\" Location=\"" + sso + "\"/>"
        + "</md:IDPSSODescriptor></md:EntityDescriptor>";
  }

  /** The entityID that issues its assertions. */
  public String entityId() {
    return entityId;
  }

  /** The signing certificate, base64 DER, as the metadata carries it. */
  public String signingCertificate() {
    return IdpKey.get().certificateBase64;
  }

  /** The base URI it serves at, {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return base;
  }

  /**
   * Creates this IdP as SAML provider {@code providerName} of a pool, by its metadata URL.
   *
   * @return the provider as CreateIdentityProvider returns it
   */
  public IdentityProviderType register(CognitoIdentityProviderClient cognito, String userPoolId, String providerName,
      Map<String, String> attributeMapping) {
    return register(cognito, userPoolId, providerName, attributeMapping, List.of(), Map.of());
  }

  /**
   * Creates this IdP as SAML provider {@code providerName} of a pool, by its metadata URL, with IdP
   * identifiers and further ProviderDetails ({@code IDPInit}, {@code RequestSigningAlgorithm},
   * {@code EncryptedResponses}, ...).
   *
   * @return the provider as CreateIdentityProvider returns it
   */
  public IdentityProviderType register(CognitoIdentityProviderClient cognito, String userPoolId, String providerName,
      Map<String, String> attributeMapping, List<String> idpIdentifiers, Map<String, String> details) {
    Map<String, String> all = new LinkedHashMap<>(details);
    all.put("MetadataURL", metadataUrl().toString());
    return cognito.createIdentityProvider(r -> r.userPoolId(userPoolId).providerName(providerName)
        .providerType("SAML").providerDetails(all).attributeMapping(attributeMapping).idpIdentifiers(idpIdentifiers))
        .identityProvider();
  }

  /* ---- Users and behaviour ---- */

  /** Adds a user, or replaces the one with the same NameID. */
  public FakeSamlProvider addUser(SamlUser user) {
    users.put(user.nameId(), user);
    return this;
  }

  /**
   * Makes the user with this NameID the one who signs in next, and every time after until
   * another is chosen; null forgets the choice. Without a choice, the only user signs in.
   *
   * @throws IllegalArgumentException if there is no such user
   */
  public FakeSamlProvider signInAs(@Nullable String nameId) {
    if (nameId != null && !users.containsKey(nameId)) {
      throw new IllegalArgumentException("no user with NameID " + nameId + "; add it with addUser first");
    }
    selected = nameId;
    return this;
  }

  /** Answers wrongly in this way from now on; null to answer correctly again. */
  public FakeSamlProvider failWith(@Nullable Failure failure) {
    this.failure = failure;
    return this;
  }

  /** Signs these elements of later responses. */
  public FakeSamlProvider sign(SignedElement element) {
    this.signedElement = Objects.requireNonNull(element, "element");
    return this;
  }

  /**
   * Encrypts later assertions for the service provider with this certificate (base64 DER: the
   * provider's {@code ActiveEncryptionCertificate}), or stops encrypting if null.
   */
  public FakeSamlProvider encryptAssertionsFor(@Nullable String certificateBase64) {
    if (certificateBase64 == null) {
      encryptFor = null;
      return this;
    }
    try {
      encryptFor = SamlXml.certificate(certificateBase64).getPublicKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a base64 DER X.509 certificate: " + certificateBase64, e);
    }
    return this;
  }

  /** The AuthnRequests received so far, oldest first. */
  public List<ReceivedAuthnRequest> authnRequests() {
    return List.copyOf(requests);
  }

  /**
   * The last AuthnRequest received.
   *
   * @throws IllegalStateException if none came yet
   */
  public ReceivedAuthnRequest lastAuthnRequest() {
    List<ReceivedAuthnRequest> received = authnRequests();
    if (received.isEmpty()) {
      throw new IllegalStateException("the fake SAML IdP has received no AuthnRequest");
    }
    return received.get(received.size() - 1);
  }

  /** The LogoutRequests received so far, oldest first. */
  public List<ReceivedLogoutRequest> logoutRequests() {
    return List.copyOf(logoutRequests);
  }

  /**
   * The last LogoutRequest received.
   *
   * @throws IllegalStateException if none came yet
   */
  public ReceivedLogoutRequest lastLogoutRequest() {
    List<ReceivedLogoutRequest> received = logoutRequests();
    if (received.isEmpty()) {
      throw new IllegalStateException("the fake SAML IdP has received no LogoutRequest");
    }
    return received.get(received.size() - 1);
  }

  /**
   * Where LogoutResponses go: the service provider's single logout URL, {@code
   * <fake.endpoint()>/saml2/logout} for a pool. Null (the default) answers a LogoutRequest at the
   * URL that the last AuthnRequest of the same issuer named as its assertion consumer service, with
   * {@code /saml2/idpresponse} replaced by {@code /saml2/logout}.
   */
  public FakeSamlProvider serviceProviderLogoutUrl(@Nullable String url) {
    this.spLogoutUrl = url;
    return this;
  }

  /* ---- Answers ---- */

  /**
   * A SAMLResponse (base64, as the form field carries it) for the user who signs in now.
   *
   * @param acsUrl the assertion consumer service: Destination and Recipient
   * @param audience the service provider's entity ID, {@code urn:amazon:cognito:sp:<poolId>}
   * @param inResponseTo the AuthnRequest's ID, or null for IdP-initiated sign-in
   * @throws IllegalStateException if no user is chosen and there is not exactly one
   */
  public String samlResponse(String acsUrl, String audience, @Nullable String inResponseTo) {
    Document document = response(currentUser(), acsUrl, audience, inResponseTo);
    return Base64.getEncoder().encodeToString(SamlXml.serialize(document).getBytes(StandardCharsets.UTF_8));
  }

  /** The page that posts an IdP-initiated SAMLResponse and {@code relayState} to {@code acsUrl}. */
  public String idpInitiatedPage(String acsUrl, String audience, @Nullable String relayState) {
    return postPage(acsUrl, samlResponse(acsUrl, audience, null), relayState);
  }

  /** The URL of {@code GET /initiate}, which answers with {@link #idpInitiatedPage}, for a browser. */
  public URI idpInitiatedUrl(String acsUrl, String audience, @Nullable String relayState) {
    StringBuilder query = new StringBuilder("/initiate?acs=").append(encode(acsUrl)).append("&audience=")
        .append(encode(audience));
    if (relayState != null) {
      query.append("&RelayState=").append(encode(relayState));
    }
    return base.resolve(query.toString());
  }

  private SamlUser currentUser() {
    String name = selected;
    if (name != null) {
      SamlUser user = users.get(name);
      if (user != null) {
        return user;
      }
    }
    if (users.size() == 1) {
      return users.values().iterator().next();
    }
    throw new IllegalStateException(users.isEmpty() ? "the fake SAML IdP has no users; add one with addUser"
        : "the fake SAML IdP has several users; choose one with signInAs");
  }

  private static String postPage(String acsUrl, String samlResponse, @Nullable String relayState) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("SAMLResponse", samlResponse);
    if (relayState != null) {
      fields.put("RelayState", relayState);
    }
    return AutoPostPage.html("Signing in", acsUrl, fields);
  }

  /** Builds, signs and perhaps spoils the response. */
  private Document response(SamlUser user, String acsUrl, String audience, @Nullable String inResponseTo) {
    Failure mode = failure;
    Instant now = clock.instant();
    Instant issued = now;
    Instant notBefore = now;
    Instant notOnOrAfter = now.plus(lifetime);
    String issuer = entityId;
    String recipient = acsUrl;
    String answers = inResponseTo;
    if (mode != null) {
      switch (mode) {
        case WRONG_AUDIENCE -> audience = "urn:amazon:cognito:sp:us-east-1_SomeOther";
        case EXPIRED -> {
          issued = now.minus(Duration.ofMinutes(15));
          notBefore = issued;
          notOnOrAfter = now.minus(Duration.ofMinutes(10));
        }
        case NOT_YET_VALID -> notBefore = now.plus(Duration.ofMinutes(10));
        case WRONG_IN_RESPONSE_TO -> answers = "_" + newId();
        case WRONG_ISSUER -> issuer = "urn:example:another-idp";
        case WRONG_RECIPIENT -> recipient = "https://elsewhere.example.com/saml2/idpresponse";
        default -> { }
      }
    }
    String irt = answers == null ? "" : " InResponseTo=\"" + AutoPostPage.escape(answers) + "\"";
    StringBuilder xml = new StringBuilder(4096)
        .append("<saml2p:Response xmlns:saml2p=\"").append(SamlXml.PROTOCOL).append("\" xmlns:saml2=\"")
        .append(SamlXml.ASSERTION).append("\" Destination=\"").append(AutoPostPage.escape(recipient))
        .append("\" ID=\"_").append(newId()).append('"').append(irt).append(" IssueInstant=\"")
        .append(SamlXml.dateTime(issued)).append("\" Version=\"2.0\">")
        .append("<saml2:Issuer Format=\"").append(ENTITY_FORMAT).append("\">").append(AutoPostPage.escape(issuer))
        .append("</saml2:Issuer>");
    if (mode == Failure.STATUS_FAILURE) {
      xml.append("<saml2p:Status><saml2p:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\">")
          .append("<saml2p:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:AuthnFailed\"/>")
          .append("</saml2p:StatusCode><saml2p:StatusMessage>The user could not be authenticated.")
          .append("</saml2p:StatusMessage></saml2p:Status></saml2p:Response>");
      return parse(xml.toString());
    }
    xml.append("<saml2p:Status><saml2p:StatusCode Value=\"").append(SamlXml.SUCCESS)
        .append("\"/></saml2p:Status>")
        .append("<saml2:Assertion ID=\"_").append(newId()).append("\" IssueInstant=\"")
        .append(SamlXml.dateTime(issued)).append("\" Version=\"2.0\">")
        .append("<saml2:Issuer Format=\"").append(ENTITY_FORMAT).append("\">").append(AutoPostPage.escape(issuer))
        .append("</saml2:Issuer><saml2:Subject><saml2:NameID Format=\"")
        .append(AutoPostPage.escape(user.nameIdFormat())).append("\">").append(AutoPostPage.escape(user.nameId()))
        .append("</saml2:NameID><saml2:SubjectConfirmation Method=\"").append(SamlXml.BEARER).append("\">")
        .append("<saml2:SubjectConfirmationData").append(irt).append(" NotOnOrAfter=\"")
        .append(SamlXml.dateTime(notOnOrAfter)).append("\" Recipient=\"").append(AutoPostPage.escape(recipient))
        .append("\"/></saml2:SubjectConfirmation></saml2:Subject>")
        .append("<saml2:Conditions NotBefore=\"").append(SamlXml.dateTime(notBefore)).append("\" NotOnOrAfter=\"")
        .append(SamlXml.dateTime(notOnOrAfter)).append("\"><saml2:AudienceRestriction><saml2:Audience>")
        .append(AutoPostPage.escape(audience)).append("</saml2:Audience></saml2:AudienceRestriction>")
        .append("</saml2:Conditions><saml2:AuthnStatement AuthnInstant=\"").append(SamlXml.dateTime(issued))
        .append("\" SessionIndex=\"_").append(newId()).append("\"><saml2:AuthnContext><saml2:AuthnContextClassRef>")
        .append("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport")
        .append("</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement>");
    if (!user.attributes().isEmpty()) {
      xml.append("<saml2:AttributeStatement>");
      user.attributes().forEach((name, values) -> {
        xml.append("<saml2:Attribute Name=\"").append(AutoPostPage.escape(name))
            .append("\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\">");
        for (String value : values) {
          xml.append("<saml2:AttributeValue xmlns:xs=\"").append(SamlXml.XS).append("\" xmlns:xsi=\"")
              .append(SamlXml.XSI).append("\" xsi:type=\"xs:string\">").append(AutoPostPage.escape(value))
              .append("</saml2:AttributeValue>");
        }
        xml.append("</saml2:Attribute>");
      });
      xml.append("</saml2:AttributeStatement>");
    }
    xml.append("</saml2:Assertion></saml2p:Response>");
    Document document = parse(xml.toString());
    sign(document, mode);
    return document;
  }

  private void sign(Document document, @Nullable Failure mode) {
    Element response = document.getDocumentElement();
    Element assertion = Objects.requireNonNull(SamlXml.child(response, SamlXml.ASSERTION, "Assertion"));
    if (mode == Failure.UNSIGNED) {
      return;
    }
    IdpKey key = mode == Failure.UNKNOWN_KEY ? IdpKey.unknown() : IdpKey.get();
    PrivateKey privateKey = key.keys.getPrivate();
    SignedElement element = mode == Failure.SIGNATURE_WRAPPING ? SignedElement.ASSERTION : signedElement;
    if (element != SignedElement.RESPONSE) {
      XmlSignatures.sign(assertion, privateKey, key.certificate);
    }
    if (mode == Failure.BAD_SIGNATURE) {
      Element nameId = nameId(assertion);
      nameId.setTextContent("tampered-" + nameId.getTextContent());
    }
    if (mode == Failure.SIGNATURE_WRAPPING) {
      wrap(response, assertion);
      return;
    }
    PublicKey recipient = encryptFor;
    if (recipient != null) {
      EncryptedAssertions.encrypt(assertion, recipient);
    }
    if (element != SignedElement.ASSERTION) {
      if (mode == Failure.BAD_SIGNATURE && recipient == null) {
        // Sign the untampered response, so that the tampering is what fails.
        Element nameId = nameId(assertion);
        String tampered = nameId.getTextContent();
        nameId.setTextContent(tampered.substring("tampered-".length()));
        XmlSignatures.sign(response, privateKey, key.certificate);
        nameId.setTextContent(tampered);
      } else {
        XmlSignatures.sign(response, privateKey, key.certificate);
      }
    }
  }

  /**
   * Hides the signed assertion in the response's Extensions and puts in its place a copy for
   * another user under another ID, still carrying the original's signature.
   */
  private static void wrap(Element response, Element original) {
    Document document = response.getOwnerDocument();
    Element forged = (Element) original.cloneNode(true);
    forged.setAttributeNS(null, "ID", "_" + newId());
    nameId(forged).setTextContent("attacker@example.com");
    Element extensions = document.createElementNS(SamlXml.PROTOCOL, "saml2p:Extensions");
    Element status = Objects.requireNonNull(SamlXml.child(response, SamlXml.PROTOCOL, "Status"));
    response.insertBefore(extensions, status);
    response.replaceChild(forged, original);
    extensions.appendChild(original);
  }

  private static Element nameId(Element assertion) {
    Element subject = Objects.requireNonNull(SamlXml.child(assertion, SamlXml.ASSERTION, "Subject"));
    return Objects.requireNonNull(SamlXml.child(subject, SamlXml.ASSERTION, "NameID"));
  }

  private static Document parse(String xml) {
    try {
      return SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    } catch (SAXException e) {
      throw new IllegalStateException("the fake SAML IdP built XML it cannot read: " + xml, e);
    }
  }

  private static String newId() {
    byte[] random = new byte[16];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /* ---- HTTP ---- */

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      switch (path) {
        case "/metadata" -> send(exchange, 200, "application/samlmetadata+xml", metadata());
        case "/sso" -> {
          if (method.equals("GET")) {
            sso(exchange, rawQuery == null ? "" : rawQuery, true);
          } else if (method.equals("POST")) {
            sso(exchange, new String(readBody(exchange), StandardCharsets.UTF_8), false);
          } else {
            page(exchange, 405, "Method not allowed", "Use GET or POST.");
          }
        }
        case "/initiate" -> {
          Map<String, String> q = decode(rawQuery == null ? "" : rawQuery);
          String acs = q.get("acs");
          String audience = q.get("audience");
          if (acs == null || audience == null) {
            page(exchange, 400, "Bad request", "acs and audience are required.");
            return;
          }
          answer(exchange, acs, audience, null, q.get("RelayState"));
        }
        case "/slo" -> slo(exchange, rawQuery == null ? "" : rawQuery);
        default -> page(exchange, 404, "Not found", "Nothing is served here.");
      }
    }
  }

  private void sso(HttpExchange exchange, String form, boolean redirect) throws IOException {
    Map<String, String> q = decode(form);
    String encoded = q.get("SAMLRequest");
    String xml = encoded == null ? null
        : redirect ? AuthnRequests.inflate(encoded) : base64Text(encoded);
    if (xml == null) {
      page(exchange, 400, "Bad request", "SAMLRequest is missing or cannot be decoded.");
      return;
    }
    Element request;
    try {
      request = SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    } catch (SAXException e) {
      page(exchange, 400, "Bad request", "SAMLRequest is not XML.");
      return;
    }
    if (!SamlXml.PROTOCOL.equals(request.getNamespaceURI()) || !"AuthnRequest".equals(request.getLocalName())) {
      page(exchange, 400, "Bad request", "SAMLRequest is not an AuthnRequest.");
      return;
    }
    Element issuer = SamlXml.child(request, SamlXml.ASSERTION, "Issuer");
    String id = request.getAttributeNS(null, "ID");
    String acs = SamlXml.attribute(request, "AssertionConsumerServiceURL");
    String relayState = q.get("RelayState");
    String signedQuery = null;
    if (redirect && q.containsKey("Signature")) {
      signedQuery = signedOctets(form);
    }
    boolean signed = redirect ? q.containsKey("Signature")
        : SamlXml.child(request, SamlXml.DSIG, "Signature") != null;
    String audience = issuer == null ? "" : issuer.getTextContent().trim();
    requests.add(new ReceivedAuthnRequest(id, audience, SamlXml.attribute(request, "Destination"), acs,
        request.getAttributeNS(null, "IssueInstant"), relayState, redirect ? "HTTP-Redirect" : "HTTP-POST", xml,
        signed, signedQuery, redirect ? q.get("Signature") : null, redirect ? q.get("SigAlg") : null));
    if (acs == null) {
      page(exchange, 400, "Bad request", "The AuthnRequest has no AssertionConsumerServiceURL.");
      return;
    }
    answer(exchange, acs, audience, id, relayState);
  }

  private void slo(HttpExchange exchange, String query) throws IOException {
    Map<String, String> q = decode(query);
    String encoded = q.get("SAMLRequest");
    if (encoded == null) {
      page(exchange, 200, "Signed out", "You are signed out of the fake SAML IdP.");
      return;
    }
    String xml = AuthnRequests.inflate(encoded);
    Element request;
    try {
      request = xml == null ? null : SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    } catch (SAXException e) {
      request = null;
    }
    if (request == null || !SamlXml.PROTOCOL.equals(request.getNamespaceURI())
        || !"LogoutRequest".equals(request.getLocalName())) {
      page(exchange, 400, "Bad request", "SAMLRequest is not a LogoutRequest.");
      return;
    }
    Element issuer = SamlXml.child(request, SamlXml.ASSERTION, "Issuer");
    Element nameId = SamlXml.child(request, SamlXml.ASSERTION, "NameID");
    String id = request.getAttributeNS(null, "ID");
    String sp = issuer == null ? "" : issuer.getTextContent().trim();
    String relayState = q.get("RelayState");
    boolean signed = q.containsKey("Signature");
    logoutRequests.add(new ReceivedLogoutRequest(id, sp, nameId == null ? "" : nameId.getTextContent().trim(),
        SamlXml.attribute(request, "Destination"), request.getAttributeNS(null, "IssueInstant"), relayState, xml,
        signed ? signedOctets(query) : null, q.get("Signature"), q.get("SigAlg")));
    String answerTo = logoutUrlFor(sp);
    if (answerTo == null) {
      page(exchange, 200, "Signed out", "You are signed out of the fake SAML IdP.");
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("SAMLResponse", Base64.getEncoder().encodeToString(
        SamlXml.serialize(logoutResponse(answerTo, id)).getBytes(StandardCharsets.UTF_8)));
    if (relayState != null) {
      fields.put("RelayState", relayState);
    }
    send(exchange, 200, "text/html;charset=UTF-8", AutoPostPage.html("Signing out", answerTo, fields));
  }

  private @Nullable String logoutUrlFor(String serviceProvider) {
    String url = spLogoutUrl;
    if (url != null) {
      return url;
    }
    List<ReceivedAuthnRequest> received = authnRequests();
    for (int i = received.size() - 1; i >= 0; i--) {
      ReceivedAuthnRequest request = received.get(i);
      String acs = request.assertionConsumerServiceUrl();
      if (request.issuer().equals(serviceProvider) && acs != null && acs.endsWith("/saml2/idpresponse")) {
        return acs.substring(0, acs.length() - "/saml2/idpresponse".length()) + "/saml2/logout";
      }
    }
    return null;
  }

  /** A signed, successful LogoutResponse to request {@code inResponseTo}. */
  private Document logoutResponse(String destination, String inResponseTo) {
    String xml = "<saml2p:LogoutResponse xmlns:saml2p=\"" + SamlXml.PROTOCOL + "\" xmlns:saml2=\""
        + SamlXml.ASSERTION + "\" Destination=\"" + AutoPostPage.escape(destination) + "\" ID=\"_" + newId()
        + "\" InResponseTo=\"" + AutoPostPage.escape(inResponseTo) + "\" IssueInstant=\""
        + SamlXml.dateTime(clock.instant()) + "\" Version=\"2.0\"><saml2:Issuer Format=\"" + ENTITY_FORMAT + "\">"
        + AutoPostPage.escape(entityId) + "</saml2:Issuer><saml2p:Status><saml2p:StatusCode Value=\""
        + SamlXml.SUCCESS + "\"/></saml2p:Status></saml2p:LogoutResponse>";
    Document document = parse(xml);
    Element response = document.getDocumentElement();
    IdpKey key = IdpKey.get();
    XmlSignatures.sign(response, key.keys.getPrivate(), key.certificate);
    return document;
  }

  private void answer(HttpExchange exchange, String acs, String audience, @Nullable String inResponseTo,
      @Nullable String relayState) throws IOException {
    String samlResponse;
    try {
      samlResponse = samlResponse(acs, audience, inResponseTo);
    } catch (IllegalStateException e) {
      page(exchange, 400, "No user", e.getMessage());
      return;
    }
    send(exchange, 200, "text/html;charset=UTF-8", postPage(acs, samlResponse, relayState));
  }

  /** The redirect binding's signed octets: the raw SAMLRequest, RelayState and SigAlg parameters, in that order. */
  private static String signedOctets(String rawQuery) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        raw.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    List<String> parts = new ArrayList<>();
    for (String name : List.of("SAMLRequest", "RelayState", "SigAlg")) {
      if (raw.containsKey(name)) {
        parts.add(name + "=" + raw.get(name));
      }
    }
    return String.join("&", parts);
  }

  private static @Nullable String base64Text(String value) {
    try {
      return new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> decode(String form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        values.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        // A malformed pair is left out.
      }
    }
    return values;
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readNBytes(1 << 20);
    }
  }

  private static void page(HttpExchange exchange, int status, String title, String text) throws IOException {
    send(exchange, status, "text/html;charset=UTF-8", "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>" + AutoPostPage.escape(title) + "</title></head><body><h1>" + AutoPostPage.escape(title)
        + "</h1><p>" + AutoPostPage.escape(text) + "</p></body></html>\n");
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Stops serving. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "FakeSamlProvider[" + base + ", entityID " + entityId + "]";
  }
}
