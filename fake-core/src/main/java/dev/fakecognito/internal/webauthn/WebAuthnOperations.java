package dev.fakecognito.internal.webauthn;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.FirstFactors;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import dev.fakecognito.internal.users.SelfServiceOperations;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.Documents;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Paging;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserVerificationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialDescription;

/**
 * StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials and
 * DeleteWebAuthnCredential: the signed-in user's passkeys
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html).
 *
 * <p>Passkeys need WEB_AUTHN among the pool's allowed first factors (SignInPolicy) and a relying
 * party ID. Without a RelyingPartyId set through SetUserPoolMfaConfig, the pool's custom domain is
 * the relying party, else its prefix domain's full name; a pool with neither fails registration
 * with WebAuthnConfigurationMissingException, as Cognito does.
 */
public final class WebAuthnOperations {

  /** Passkeys per user; assumed, as ListWebAuthnCredentials pages hold at most 20. */
  public static final int MAX_PASSKEYS = 20;
  /** How long a registration challenge lives, and the timeout the options give; assumed. */
  static final Duration REGISTRATION_TIMEOUT = Duration.ofMinutes(5);
  /** The name ListWebAuthnCredentials gives a passkey; assumed, as Cognito documents no rule. */
  static final String FRIENDLY_NAME = "Passkey";
  private static final int CHALLENGE_BYTES = 32;

  private final Backend backend;

  public WebAuthnOperations(Backend backend) {
    this.backend = backend;
  }

  /** Begins a registration: the creation options, with a new challenge that replaces any earlier one. */
  public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest request) {
    Map<String, Object> options = withUser(request.accessToken(), (token, pool, user) -> {
      String rpId = requireEnabled(pool);
      if (user.passkeys().size() >= MAX_PASSKEYS) {
        throw CognitoErrors.tooManyPasskeys(MAX_PASSKEYS);
      }
      String challenge = RelyingParty.encode(Ids.randomBytes(CHALLENGE_BYTES));
      Instant now = backend.clock().instant();
      user.passkeyRegistration(new RegistrationChallenge(challenge, token.clientId(),
          now.plus(REGISTRATION_TIMEOUT)));
      return creationOptions(pool, user, rpId, challenge);
    });
    return StartWebAuthnRegistrationResponse.builder().credentialCreationOptions(Documents.fromJava(options)).build();
  }

  /** Checks the authenticator's registration response and keeps the passkey. */
  public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(
      CompleteWebAuthnRegistrationRequest request) {
    if (request.credential() == null) {
      throw CognitoErrors.notNull("credential");
    }
    Object credential = Documents.toJava(request.credential());
    withUser(request.accessToken(), (token, pool, user) -> {
      String rpId = requireEnabled(pool);
      RegistrationChallenge pending = user.passkeyRegistration();
      Instant now = backend.clock().instant();
      if (pending == null || !now.isBefore(pending.expiresAt())) {
        throw CognitoErrors.webAuthnChallengeNotFound();
      }
      if (!pending.clientId().equals(token.clientId())) {
        throw CognitoErrors.webAuthnClientMismatch();
      }
      if (user.passkeys().size() >= MAX_PASSKEYS) {
        throw CognitoErrors.tooManyPasskeys(MAX_PASSKEYS);
      }
      RelyingParty.Registration registration =
          RelyingParty.verifyRegistration(credential, rpId, pending.challenge(), userVerificationRequired(pool));
      if (user.passkeys().containsKey(registration.credentialId())) {
        // Assumed: excludeCredentials keeps real authenticators from getting here.
        throw CognitoErrors.invalidWebAuthnCredential("the credential is already registered.");
      }
      user.passkeys().put(registration.credentialId(), new Passkey(registration.credentialId(),
          registration.algorithm(), registration.publicKey(), registration.signCount(), rpId, FRIENDLY_NAME,
          registration.attachment(), List.copyOf(registration.transports()), now));
      user.passkeyRegistration(null);
      return null;
    });
    return CompleteWebAuthnRegistrationResponse.builder().build();
  }

  /** Pages through the user's passkeys, oldest first. */
  public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest request) {
    Integer max = request.maxResults();
    if (max != null && (max < 0 || max > MAX_PASSKEYS)) {
      throw CognitoErrors.constraint("maxResults", max, max < 0
          ? "Member must have value greater than or equal to 0"
          : "Member must have value less than or equal to " + MAX_PASSKEYS);
    }
    Paging<Passkey> page = withUser(request.accessToken(), (token, pool, user) ->
        Paging.page("webauthn:" + user.sub(), List.copyOf(user.passkeys().values()),
            passkey -> Paging.key(passkey.createdAt(), passkey.credentialId()), request.nextToken(),
            max == null || max == 0 ? MAX_PASSKEYS : max));
    List<WebAuthnCredentialDescription> credentials = new ArrayList<>();
    for (Passkey passkey : page.items()) {
      credentials.add(WebAuthnCredentialDescription.builder().credentialId(passkey.credentialId())
          .friendlyCredentialName(passkey.friendlyName()).relyingPartyId(passkey.relyingPartyId())
          .authenticatorAttachment(passkey.attachment()).authenticatorTransports(passkey.transports())
          .createdAt(passkey.createdAt()).build());
    }
    return ListWebAuthnCredentialsResponse.builder().credentials(credentials).nextToken(page.nextToken()).build();
  }

  /** Removes one of the user's passkeys. */
  public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request) {
    if (request.credentialId() == null) {
      throw CognitoErrors.notNull("credentialId");
    }
    withUser(request.accessToken(), (token, pool, user) -> {
      if (user.passkeys().remove(request.credentialId()) == null) {
        throw CognitoErrors.passkeyNotFound();
      }
      return null;
    });
    return DeleteWebAuthnCredentialResponse.builder().build();
  }

  /* ---- Pool settings ---- */

  /** Whether the pool's sign-in policy allows passkeys. */
  public static boolean enabled(UserPool pool) {
    return FirstFactors.allowed(pool).contains(AuthFactorType.WEB_AUTHN);
  }

  /**
   * The pool's relying party ID, once passkeys are allowed at all.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     WebAuthnNotEnabledException or WebAuthnConfigurationMissingException
   */
  static String requireEnabled(UserPool pool) {
    if (!enabled(pool)) {
      throw CognitoErrors.webAuthnNotEnabled();
    }
    String rpId = relyingPartyId(pool);
    if (rpId == null) {
      throw CognitoErrors.webAuthnConfigurationMissing();
    }
    return rpId;
  }

  /**
   * The RelyingPartyId of the pool's WebAuthnConfiguration if set, else the pool's custom domain,
   * else its prefix domain ({@code <prefix>.auth.<region>.amazoncognito.com}); null if none.
   */
  public static @Nullable String relyingPartyId(UserPool pool) {
    WebAuthnConfigurationType config = pool.mfaConfig().webAuthnConfiguration();
    if (config != null && config.relyingPartyId() != null) {
      return config.relyingPartyId();
    }
    if (pool.customDomain() != null) {
      return pool.customDomain().name();
    }
    if (pool.prefixDomain() != null) {
      String region = pool.id().substring(0, pool.id().indexOf('_'));
      return pool.prefixDomain().name() + ".auth." + region + ".amazoncognito.com";
    }
    return null;
  }

  /** Whether the pool requires user verification; Cognito's default is PREFERRED. */
  public static boolean userVerificationRequired(UserPool pool) {
    WebAuthnConfigurationType config = pool.mfaConfig().webAuthnConfiguration();
    return config != null && config.userVerification() == UserVerificationType.REQUIRED;
  }

  /** The UserVerification value the options carry: {@code required} or {@code preferred}. */
  public static String userVerification(UserPool pool) {
    return userVerificationRequired(pool) ? "required" : "preferred";
  }

  /** The timeout the options give clients, in milliseconds. */
  public static long timeoutMillis() {
    return REGISTRATION_TIMEOUT.toMillis();
  }

  /* ---- Helpers ---- */

  private Map<String, Object> creationOptions(UserPool pool, User user, String rpId, String challenge) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("challenge", challenge);
    // Assumed: the RP name is its ID; the user handle is the user's sub, and both names the username.
    options.put("rp", Map.of("id", rpId, "name", rpId));
    Map<String, Object> userEntity = new LinkedHashMap<>();
    userEntity.put("id", RelyingParty.encode(user.sub().getBytes(StandardCharsets.UTF_8)));
    userEntity.put("name", user.username());
    userEntity.put("displayName", user.username());
    options.put("user", userEntity);
    options.put("pubKeyCredParams", List.of(
        Map.of("type", "public-key", "alg", CoseKey.ES256),
        Map.of("type", "public-key", "alg", CoseKey.RS256)));
    options.put("timeout", timeoutMillis());
    options.put("excludeCredentials", descriptors(user));
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("requireResidentKey", true);
    selection.put("residentKey", "required");
    selection.put("userVerification", userVerification(pool));
    options.put("authenticatorSelection", selection);
    return options;
  }

  /** The user's passkeys as PublicKeyCredentialDescriptor JSON. */
  public static List<Object> descriptors(User user) {
    List<Object> descriptors = new ArrayList<>();
    for (Passkey passkey : user.passkeys().values()) {
      Map<String, Object> descriptor = new LinkedHashMap<>();
      descriptor.put("type", "public-key");
      descriptor.put("id", passkey.credentialId());
      if (!passkey.transports().isEmpty()) {
        descriptor.put("transports", passkey.transports());
      }
      descriptors.add(descriptor);
    }
    return descriptors;
  }

  private interface Action<T> {
    T apply(AccessTokenClaims token, UserPool pool, User user);
  }

  /** Runs {@code action} on the access token's user under the pool's lock. */
  private <T> T withUser(@Nullable String accessToken, Action<T> action) {
    AccessTokenClaims token = backend.tokens().verifyAccessToken(accessToken);
    UserPool pool = backend.pool(token.userPoolId());
    pool.lock().lock();
    try {
      return action.apply(token, pool, SelfServiceOperations.signedInUser(pool, token));
    } finally {
      pool.lock().unlock();
    }
  }
}
