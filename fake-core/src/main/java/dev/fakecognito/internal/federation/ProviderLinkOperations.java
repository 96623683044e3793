package dev.fakecognito.internal.federation;

import com.nimbusds.jose.util.JSONArrayUtils;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.ModelSupport;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ProviderUserIdentifierType;

/**
 * AdminLinkProviderForUser and AdminDisableProviderForUser: federated identities linked to
 * existing users, as described at
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html
 *
 * <p>A link names a provider of the pool, an attribute ({@code Cognito_Subject} for the subject the
 * IdP gives, which social providers must use, or a SAML attribute) and its value; a later sign-in
 * through that provider whose attribute has that value lands on the linked user. The pool keeps the
 * links ({@link UserPool#providerLinks()}); the user's {@code identities} attribute lists them as
 * Cognito writes it: a JSON array of objects with {@code userId}, {@code providerName}, {@code
 * providerType}, {@code issuer}, {@code primary} and {@code dateCreated} (epoch milliseconds).
 *
 * <p>A user has at most five linked identities, at most one per provider (the second link of the
 * same provider fails in Cognito too, boto/boto3#4163). A link whose user has since been deleted no
 * longer counts. Changes hold the pool's lock.
 */
public final class ProviderLinkOperations {

  private static final int MAX_LINKS = 5;

  private final Backend backend;

  public ProviderLinkOperations(Backend backend) {
    this.backend = backend;
  }

  public AdminLinkProviderForUserResponse adminLinkProviderForUser(AdminLinkProviderForUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    ProviderUserIdentifierType destination = required("destinationUser", request.destinationUser());
    ProviderUserIdentifierType source = required("sourceUser", request.sourceUser());
    String destinationProvider = providerName("destinationUser", destination);
    String sourceProvider = providerName("sourceUser", source);
    String destinationValue = value("DestinationUser", destination);
    String sourceValue = value("SourceUser", source);
    if (sourceProvider.equals(IdentityProviderOperations.COGNITO)) {
      throw CognitoErrors.nativeSourceUser();
    }
    IdentityProvider provider = IdentityProviderOperations.existing(pool, sourceProvider);
    String attribute = source.providerAttributeName();
    if (attribute == null || attribute.isEmpty()) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Invalid SourceUser: ProviderAttributeName is required.");
    }
    if (!attribute.equals(ProviderLink.COGNITO_SUBJECT) && !provider.type().equals(ProviderDetails.SAML)
        && !provider.type().equals(ProviderDetails.OIDC)) {
      // Social providers link on the subject only, as documented; the wording is assumed.
      throw CognitoErrors.invalidParameter("Invalid SourceUser: ProviderAttributeName must be Cognito_Subject for "
          + provider.type() + ".");
    }
    if (!destinationProvider.equals(IdentityProviderOperations.COGNITO)) {
      IdentityProviderOperations.existing(pool, destinationProvider);
    }
    pool.lock().lock();
    try {
      // A federated destination is the user that provider's sign-in made, named <provider>_<id>.
      User user = destinationProvider.equals(IdentityProviderOperations.COGNITO)
          ? pool.find(destinationValue) : pool.byUsername(destinationProvider + "_" + destinationValue);
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      if (pool.byUsername(sourceProvider + "_" + sourceValue) != null) {
        throw CognitoErrors.mergingNotSupported();
      }
      String key = ProviderLink.key(sourceProvider, attribute, sourceValue);
      ProviderLink existing = live(pool, pool.providerLinks().get(key));
      if (existing != null) {
        if (existing.userSub().equals(user.sub())) {
          return AdminLinkProviderForUserResponse.builder().build();
        }
        throw CognitoErrors.sourceUserLinked();
      }
      List<ProviderLink> links = linksOf(pool, user);
      if (links.stream().anyMatch(link -> link.providerName().equals(sourceProvider))) {
        // The wording is assumed.
        throw CognitoErrors.invalidParameter("Invalid SourceUser: the DestinationUser is already linked to a user of "
            + sourceProvider + ".");
      }
      if (links.size() >= MAX_LINKS) {
        throw CognitoErrors.tooManyLinkedIdentities();
      }
      Instant now = backend.clock().instant();
      pool.providerLinks().put(key, new ProviderLink(sourceProvider, attribute, sourceValue, user.sub(), now));
      writeIdentities(pool, user, now);
    } finally {
      pool.lock().unlock();
    }
    return AdminLinkProviderForUserResponse.builder().build();
  }

  public AdminDisableProviderForUserResponse adminDisableProviderForUser(
      AdminDisableProviderForUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    ProviderUserIdentifierType target = required("user", request.user());
    String providerName = providerName("user", target);
    String value = value("User", target);
    String attribute = target.providerAttributeName();
    boolean native_ = providerName.equals(IdentityProviderOperations.COGNITO);
    if (attribute == null || attribute.isEmpty()
        || (native_ || isSocial(pool, providerName)) && !attribute.equals(ProviderLink.COGNITO_SUBJECT)) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Invalid User: ProviderAttributeName must be Cognito_Subject.");
    }
    if (!native_) {
      IdentityProviderOperations.existing(pool, providerName);
    }
    pool.lock().lock();
    try {
      Instant now = backend.clock().instant();
      if (native_) {
        // A native user can no longer sign in with its password: Cognito disables it.
        User user = pool.find(value);
        if (user == null) {
          throw CognitoErrors.userNotFound();
        }
        disable(user, now);
        return AdminDisableProviderForUserResponse.builder().build();
      }
      ProviderLink link = live(pool, pool.providerLinks().get(ProviderLink.key(providerName, attribute, value)));
      User federated = attribute.equals(ProviderLink.COGNITO_SUBJECT)
          ? pool.byUsername(providerName + "_" + value) : null;
      if (link == null && federated == null) {
        // The exception is assumed: there is no such user to disable.
        throw CognitoErrors.userNotFound();
      }
      if (link != null) {
        pool.providerLinks().remove(link.key());
        User linked = pool.find(link.userSub());
        if (linked != null) {
          writeIdentities(pool, linked, now);
        }
      }
      if (federated != null) {
        disable(federated, now);
      }
    } finally {
      pool.lock().unlock();
    }
    return AdminDisableProviderForUserResponse.builder().build();
  }

  /** The identities linked to {@code user}, oldest first; the caller holds the lock. */
  public static List<ProviderLink> linksOf(UserPool pool, User user) {
    List<ProviderLink> links = new ArrayList<>();
    for (ProviderLink link : pool.providerLinks().values()) {
      if (link.userSub().equals(user.sub())) {
        links.add(link);
      }
    }
    links.sort(Comparator.comparing(ProviderLink::created).thenComparing(ProviderLink::key));
    return links;
  }

  /** The user a federated sign-in through {@code providerName} lands on, if a link names one. */
  public static @Nullable User linkedUser(UserPool pool, String providerName, String attributeName, String value) {
    ProviderLink link = live(pool, pool.providerLinks().get(ProviderLink.key(providerName, attributeName, value)));
    return link == null ? null : pool.find(link.userSub());
  }

  /** The link, or null if there is none or its user no longer exists. */
  private static @Nullable ProviderLink live(UserPool pool, @Nullable ProviderLink link) {
    return link == null || pool.find(link.userSub()) == null ? null : link;
  }

  private static void disable(User user, Instant now) {
    user.enabled(false);
    user.revokeAllSessions();
    user.touch(now);
  }

  /**
   * Rewrites the user's {@code identities} attribute from its links, after the identity of a
   * federated user's own provider; removes it if none is left.
   */
  private static void writeIdentities(UserPool pool, User user, Instant now) {
    List<String> identities = new ArrayList<>();
    String own = ownIdentity(user);
    if (own != null) {
      identities.add(own);
    }
    for (ProviderLink link : linksOf(pool, user)) {
      IdentityProvider provider = pool.identityProviders().get(link.providerName());
      String type = provider == null ? link.providerName() : provider.type();
      String issuer = provider == null || provider.entityId().isEmpty() ? null : provider.entityId();
      identities.add(identity(link.attributeValue(), link.providerName(), type, issuer, false,
          link.created().toEpochMilli()));
    }
    if (identities.isEmpty()) {
      user.removeAttribute("identities");
    } else {
      user.putAttribute("identities", "[" + String.join(",", identities) + "]");
    }
    user.touch(now);
  }

  /** The identity of the provider a federated user signed in through first, as its attribute holds it. */
  private static @Nullable String ownIdentity(User user) {
    String current = user.attribute("identities");
    if (user.status() != ModelSupport.EXTERNAL_PROVIDER || current == null) {
      return null;
    }
    try {
      for (Object item : JSONArrayUtils.parse(current)) {
        if (item instanceof Map<?, ?> entry && Boolean.TRUE.equals(entry.get("primary"))) {
          Object issuer = entry.get("issuer");
          Object created = entry.get("dateCreated");
          return identity(String.valueOf(entry.get("userId")), String.valueOf(entry.get("providerName")),
              String.valueOf(entry.get("providerType")), issuer == null ? null : String.valueOf(issuer), true,
              created instanceof Number number ? number.longValue() : 0L);
        }
      }
    } catch (ParseException e) {
      return null;
    }
    return null;
  }

  /**
   * One entry of the {@code identities} attribute as Cognito writes it: {@code primary} a boolean,
   * {@code dateCreated} epoch milliseconds, {@code issuer} a SAML provider's entity ID or null.
   */
  static String identity(String userId, String providerName, String providerType, @Nullable String issuer,
      boolean primary, long dateCreated) {
    return "{\"userId\":" + quote(userId)
        + ",\"providerName\":" + quote(providerName)
        + ",\"providerType\":" + quote(providerType)
        + ",\"issuer\":" + (issuer == null ? "null" : quote(issuer))
        + ",\"primary\":" + primary
        + ",\"dateCreated\":" + dateCreated + "}";
  }

  private static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isSocial(UserPool pool, String providerName) {
    IdentityProvider provider = pool.identityProviders().get(providerName);
    return provider != null && !provider.type().equals(ProviderDetails.SAML)
        && !provider.type().equals(ProviderDetails.OIDC);
  }

  private static ProviderUserIdentifierType required(String member, @Nullable ProviderUserIdentifierType user) {
    if (user == null) {
      throw CognitoErrors.notNull(member);
    }
    return user;
  }

  private static String providerName(String member, ProviderUserIdentifierType user) {
    return IdentityProviderOperations.checkName(member + ".providerName", user.providerName());
  }

  private static String value(String which, ProviderUserIdentifierType user) {
    String value = user.providerAttributeValue();
    if (value == null || value.isEmpty()) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("Invalid " + which + ": ProviderAttributeValue is required.");
    }
    return value;
  }
}
