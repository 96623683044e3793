package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.Domain;
import dev.fakecognito.internal.pools.UserPool;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;

/**
 * SetUICustomization and GetUICustomization: the CSS and logo of the classic hosted UI, for the
 * whole pool (ClientId {@code ALL} or absent) or for one app client.
 *
 * <p>Both need a domain, as Cognito's do. A client without its own customization shows the
 * pool's, reported under ClientId {@code ALL} (assumed); a SetUICustomization with neither CSS nor
 * logo removes the customization and leaves only its CSS version, as Terraform's tests of Cognito
 * observe. CSS must pass {@link ClassicCss}; the logo must be a PNG or JPEG file of at most 100 KB.
 * The CSS version is the time of the change as {@code yyyyMMddHHmmss} on the fake's clock, and the
 * ImageUrl names the domain's CloudFront distribution, the pool, the client and that version. Once
 * the HTTP endpoint serves, the ImageUrl names it instead of the distribution, under the same path,
 * so that the URL serves the logo's bytes ({@link #image(Backend, String)}).
 */
public final class UiCustomizationOperations {

  private static final int MAX_CSS = 131_072;
  private static final int MAX_IMAGE_FILE = 131_072;
  /** The developer guide's limit on the logo: 100 KB. */
  private static final int MAX_LOGO_BYTES = 100 * 1024;
  private static final DateTimeFormatter CSS_VERSION =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Backend backend;

  public UiCustomizationOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * SetUICustomization.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is malformed, the CSS or logo is not accepted, or the pool has no domain
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   */
  public SetUiCustomizationResponse setUICustomization(SetUiCustomizationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String key = clientKey(pool, request.clientId());
    requireDomain(pool);
    String css = request.css();
    if (css != null) {
      if (css.length() > MAX_CSS) {
        throw CognitoErrors.listLength("css", "Member must have length less than or equal to " + MAX_CSS);
      }
      ClassicCss.check(css);
    }
    SdkBytes image = request.imageFile();
    String extension = null;
    if (image != null) {
      byte[] bytes = image.asByteArrayUnsafe();
      if (bytes.length > MAX_IMAGE_FILE) {
        throw CognitoErrors.listLength("imageFile", "Member must have length less than or equal to "
            + MAX_IMAGE_FILE);
      }
      extension = ManagedLoginBrandingOperations.isFileOfType("PNG", bytes) ? "png"
          : ManagedLoginBrandingOperations.isFileOfType("JPEG", bytes) ? "jpg" : null;
      if (extension == null) {
        throw CognitoErrors.invalidLogo("The logo image file must be a PNG or JPEG image.");
      }
      if (bytes.length > MAX_LOGO_BYTES) {
        throw CognitoErrors.invalidLogo("The logo image file must not be larger than 100 KB.");
      }
    }
    UiCustomization stored;
    pool.lock().lock();
    try {
      clientKey(pool, request.clientId());
      requireDomain(pool);
      Instant now = backend.clock().instant();
      UiCustomization previous = pool.uiCustomizations().get(key);
      boolean keepCreated = previous != null && previous.active();
      stored = css == null && image == null
          ? new UiCustomization(key, null, null, null, CSS_VERSION.format(now), null, null)
          : new UiCustomization(key, css, image, extension, CSS_VERSION.format(now),
              keepCreated ? previous.created() : now, now);
      pool.uiCustomizations().put(key, stored);
    } finally {
      pool.lock().unlock();
    }
    return SetUiCustomizationResponse.builder().uiCustomization(toType(backend, pool, stored)).build();
  }

  /**
   * GetUICustomization: the client's own customization, else the pool's.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is malformed or the pool has no domain
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   */
  public GetUiCustomizationResponse getUICustomization(GetUiCustomizationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String key = clientKey(pool, request.clientId());
    requireDomain(pool);
    UiCustomization found = effective(pool, key);
    UICustomizationType type = found != null ? toType(backend, pool, found)
        : UICustomizationType.builder().userPoolId(pool.id()).clientId(key).build();
    return GetUiCustomizationResponse.builder().uiCustomization(type).build();
  }

  /**
   * The customization that applies to {@code clientKey}: its own if it has CSS or a logo, else the
   * pool's if that has, else whichever entry a removal left; null if none was ever set.
   */
  static @Nullable UiCustomization effective(UserPool pool, String clientKey) {
    UiCustomization own = pool.uiCustomizations().get(clientKey);
    if (own != null && own.active()) {
      return own;
    }
    UiCustomization all = pool.uiCustomizations().get(UiCustomization.ALL);
    if (all != null && all.active()) {
      return all;
    }
    return own != null ? own : all;
  }

  /** {@code ALL} for the pool, or the ID of one of its clients. */
  private String clientKey(UserPool pool, @Nullable String clientId) {
    if (clientId == null || clientId.equals(UiCustomization.ALL)) {
      return UiCustomization.ALL;
    }
    Checks.clientId(clientId, "clientId");
    backend.client(pool, clientId);
    return clientId;
  }

  private static void requireDomain(UserPool pool) {
    if (domain(pool) == null) {
      throw CognitoErrors.noDomainForUiCustomization();
    }
  }

  private static @Nullable Domain domain(UserPool pool) {
    Domain custom = pool.customDomain();
    return custom != null ? custom : pool.prefixDomain();
  }

  /**
   * Where Cognito would serve the logo: the domain's distribution, pool, client and CSS version;
   * the HTTP endpoint in place of the distribution once it serves.
   */
  static @Nullable String imageUrl(Backend backend, UserPool pool, UiCustomization customization) {
    Domain domain = domain(pool);
    String path = imagePath(pool, customization);
    if (path == null || domain == null) {
      return null;
    }
    String served = backend.endpointBase();
    return (served != null ? served : "https://" + domain.cloudFrontDistribution()) + path;
  }

  /** The path of the logo's URL, {@code /<pool>/<client>/<version>/assets/images/image.<ext>}, or null. */
  static @Nullable String imagePath(UserPool pool, UiCustomization customization) {
    if (customization.image() == null) {
      return null;
    }
    return "/" + pool.id() + "/" + customization.clientId() + "/" + customization.cssVersion()
        + "/assets/images/image." + customization.imageExtension();
  }

  /**
   * A logo the HTTP endpoint serves.
   *
   * @param contentType {@code image/png} or {@code image/jpeg}
   */
  public record Image(byte[] bytes, String contentType) {}

  /** Whether {@code path} has the shape of a logo's path, {@code /<pool>/<client>/<version>/assets/images/<file>}. */
  public static boolean isImagePath(String path) {
    String[] parts = path.split("/", -1);
    return parts.length == 7 && parts[4].equals("assets") && parts[5].equals("images");
  }

  /**
   * The logo at a path of {@link #isImagePath} shape: the customization stored under that pool and
   * client key, with that CSS version and file type; null for anything else, including the logo of
   * an earlier version (assumed: Cognito's distribution may keep those for a while).
   */
  public static @Nullable Image image(Backend backend, String path) {
    String[] parts = path.split("/", -1);
    if (!isImagePath(path)) {
      return null;
    }
    UserPool pool = backend.findPool(parts[1]);
    UiCustomization customization = pool == null ? null : pool.uiCustomizations().get(parts[2]);
    if (customization == null || customization.image() == null || !customization.cssVersion().equals(parts[3])
        || !parts[6].equals("image." + customization.imageExtension())) {
      return null;
    }
    return new Image(customization.image().asByteArray(),
        "png".equals(customization.imageExtension()) ? "image/png" : "image/jpeg");
  }

  private static UICustomizationType toType(Backend backend, UserPool pool, UiCustomization customization) {
    return UICustomizationType.builder()
        .userPoolId(pool.id())
        .clientId(customization.clientId())
        .imageUrl(imageUrl(backend, pool, customization))
        .css(customization.css())
        .cssVersion(customization.cssVersion())
        .creationDate(customization.created())
        .lastModifiedDate(customization.lastModified())
        .build();
  }
}
