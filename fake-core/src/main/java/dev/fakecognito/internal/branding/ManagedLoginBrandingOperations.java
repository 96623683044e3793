package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Documents;
import dev.fakecognito.internal.util.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingResponse;

/**
 * CreateManagedLoginBranding, DescribeManagedLoginBranding, DescribeManagedLoginBrandingByClient,
 * UpdateManagedLoginBranding and DeleteManagedLoginBranding: the branding styles of managed login,
 * one at most for each app client.
 *
 * <p>A style holds a Settings document, stored as given, and image assets, at most one for each
 * category and color mode. An update keeps what it does not name, as Cognito does: a Settings
 * document is merged into the stored one, and assets replace those of the same category and color
 * mode. With UseCognitoProvidedValues the style drops its own settings and assets and shows
 * Cognito's; ReturnMergedResources shows a style's settings over Cognito's defaults ({@link
 * DefaultSettings}).
 *
 * <p>Asset checks beyond the model's are assumed: a favicon category takes only its own file type,
 * other categories take PNG, JPEG, SVG and WebP images, and the bytes must be a file of the type
 * named. Every change holds the pool's lock and happens after all checks passed.
 */
public final class ManagedLoginBrandingOperations {

  private static final int MAX_ASSETS = 40;
  private static final int MAX_ASSET_BYTES = 1_000_000;
  private static final Pattern RESOURCE_ID = Pattern.compile("^[\\w\\- ]+$");
  private static final String[] CATEGORIES = {"FAVICON_ICO", "FAVICON_SVG", "EMAIL_GRAPHIC", "SMS_GRAPHIC",
      "AUTH_APP_GRAPHIC", "PASSWORD_GRAPHIC", "PASSKEY_GRAPHIC", "PAGE_HEADER_LOGO", "PAGE_HEADER_BACKGROUND",
      "PAGE_FOOTER_LOGO", "PAGE_FOOTER_BACKGROUND", "PAGE_BACKGROUND", "FORM_BACKGROUND", "FORM_LOGO",
      "IDP_BUTTON_ICON"};
  private static final String[] COLOR_MODES = {"LIGHT", "DARK", "DYNAMIC"};
  private static final String[] EXTENSIONS = {"ICO", "JPEG", "PNG", "SVG", "WEBP"};

  private final Backend backend;

  public ManagedLoginBrandingOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * CreateManagedLoginBranding.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or UseCognitoProvidedValues comes with Settings or Assets
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingExistsException
   *     if the client has a style already
   */
  public CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = Checks.clientId(request.clientId(), "clientId");
    backend.client(pool, clientId);
    boolean cognitoValues = Boolean.TRUE.equals(request.useCognitoProvidedValues());
    Document settings = settings(request.settings());
    List<AssetType> given = request.hasAssets() ? request.assets() : List.of();
    if (cognitoValues && (settings != null || !given.isEmpty())) {
      throw CognitoErrors.cognitoProvidedValuesWithSettings();
    }
    List<Asset> assets = assets(given, List.of());
    ManagedLoginStyle created;
    pool.lock().lock();
    try {
      backend.client(pool, clientId);
      if (styleOf(pool, clientId) != null) {
        throw CognitoErrors.managedLoginBrandingExists(clientId);
      }
      Instant now = backend.clock().instant();
      created = new ManagedLoginStyle(Ids.uuid(), clientId, cognitoValues, settings, assets, now, now);
      pool.managedLoginStyles().put(created.id(), created);
    } finally {
      pool.lock().unlock();
    }
    return CreateManagedLoginBrandingResponse.builder().managedLoginBranding(toType(pool, created, false)).build();
  }

  /**
   * DescribeManagedLoginBranding.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or style does not exist
   */
  public DescribeManagedLoginBrandingResponse describeManagedLoginBranding(
      DescribeManagedLoginBrandingRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    ManagedLoginStyle style = style(pool, request.managedLoginBrandingId());
    return DescribeManagedLoginBrandingResponse.builder()
        .managedLoginBranding(toType(pool, style, Boolean.TRUE.equals(request.returnMergedResources()))).build();
  }

  /**
   * DescribeManagedLoginBrandingByClient.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist, or the client has no style
   */
  public DescribeManagedLoginBrandingByClientResponse describeManagedLoginBrandingByClient(
      DescribeManagedLoginBrandingByClientRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = Checks.clientId(request.clientId(), "clientId");
    backend.client(pool, clientId);
    ManagedLoginStyle style = styleOf(pool, clientId);
    if (style == null) {
      throw CognitoErrors.clientHasNoManagedLoginBranding(clientId);
    }
    return DescribeManagedLoginBrandingByClientResponse.builder()
        .managedLoginBranding(toType(pool, style, Boolean.TRUE.equals(request.returnMergedResources()))).build();
  }

  /**
   * UpdateManagedLoginBranding: merges the given settings and assets into the style, or with
   * UseCognitoProvidedValues returns it to Cognito's defaults.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or UseCognitoProvidedValues comes with Settings or Assets
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or style does not exist
   */
  public UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String id = request.managedLoginBrandingId();
    style(pool, id);
    boolean cognitoValues = Boolean.TRUE.equals(request.useCognitoProvidedValues());
    Document settings = settings(request.settings());
    List<AssetType> given = request.hasAssets() ? request.assets() : List.of();
    if (cognitoValues && (settings != null || !given.isEmpty())) {
      throw CognitoErrors.cognitoProvidedValuesWithSettings();
    }
    ManagedLoginStyle updated;
    pool.lock().lock();
    try {
      ManagedLoginStyle current = style(pool, id);
      List<Asset> assets = assets(given, current.assets());
      Instant now = backend.clock().instant();
      if (cognitoValues) {
        updated = new ManagedLoginStyle(current.id(), current.clientId(), true, null, List.of(), current.created(),
            now);
      } else if (settings == null && given.isEmpty()) {
        updated = new ManagedLoginStyle(current.id(), current.clientId(), current.useCognitoProvidedValues(),
            current.settings(), current.assets(), current.created(), now);
      } else {
        Document merged = settings == null ? current.settings()
            : current.settings() == null ? settings : Documents.merge(current.settings(), settings);
        updated = new ManagedLoginStyle(current.id(), current.clientId(), false, merged,
            replace(current.assets(), assets), current.created(), now);
      }
      pool.managedLoginStyles().put(id, updated);
    } finally {
      pool.lock().unlock();
    }
    return UpdateManagedLoginBrandingResponse.builder().managedLoginBranding(toType(pool, updated, false)).build();
  }

  /**
   * DeleteManagedLoginBranding.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or style does not exist
   */
  public DeleteManagedLoginBrandingResponse deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String id = request.managedLoginBrandingId();
    style(pool, id);
    pool.lock().lock();
    try {
      pool.managedLoginStyles().remove(style(pool, id).id());
    } finally {
      pool.lock().unlock();
    }
    return DeleteManagedLoginBrandingResponse.builder().build();
  }

  /** The style of an app client, or null. */
  static @Nullable ManagedLoginStyle styleOf(UserPool pool, String clientId) {
    for (ManagedLoginStyle style : pool.managedLoginStyles().values()) {
      if (style.clientId().equals(clientId)) {
        return style;
      }
    }
    return null;
  }

  private static ManagedLoginStyle style(UserPool pool, @Nullable String id) {
    Checks.uuid(id, "managedLoginBrandingId");
    ManagedLoginStyle style = pool.managedLoginStyles().get(id);
    if (style == null) {
      throw CognitoErrors.managedLoginBrandingNotFound(id);
    }
    return style;
  }

  /** The Settings member: null if absent or JSON null, else it must be an object. */
  private static @Nullable Document settings(@Nullable Document settings) {
    if (settings == null || settings.isNull()) {
      return null;
    }
    if (!settings.isMap()) {
      throw CognitoErrors.invalidBranding("Settings must be a JSON object.");
    }
    return settings;
  }

  /**
   * Checks the given assets and returns them as stored; an asset without bytes reuses those of the
   * existing asset with its ResourceId.
   */
  private static List<Asset> assets(List<AssetType> given, List<Asset> existing) {
    if (given.size() > MAX_ASSETS) {
      throw CognitoErrors.listLength("assets", "Member must have length less than or equal to " + MAX_ASSETS);
    }
    List<Asset> assets = new ArrayList<>();
    Map<String, Asset> slots = new LinkedHashMap<>();
    for (int i = 0; i < given.size(); i++) {
      AssetType asset = given.get(i);
      String path = "assets." + (i + 1) + ".member.";
      if (asset == null) {
        throw CognitoErrors.notNull("assets." + (i + 1) + ".member");
      }
      String category = Checks.required(Checks.enumValue(asset.categoryAsString(), path + "category", CATEGORIES),
          path + "category");
      String colorMode = Checks.required(Checks.enumValue(asset.colorModeAsString(), path + "colorMode",
          COLOR_MODES), path + "colorMode");
      String extension = Checks.required(Checks.enumValue(asset.extensionAsString(), path + "extension",
          EXTENSIONS), path + "extension");
      String resourceId = asset.resourceId();
      if (resourceId != null && (resourceId.isEmpty() || resourceId.length() > 40
          || !RESOURCE_ID.matcher(resourceId).matches())) {
        throw CognitoErrors.constraint(path + "resourceId", resourceId, resourceId.isEmpty()
            ? "Member must have length greater than or equal to 1"
            : resourceId.length() > 40 ? "Member must have length less than or equal to 40"
            : "Member must satisfy regular expression pattern: ^[\\w\\- ]+$");
      }
      SdkBytes bytes = asset.bytes();
      if (bytes != null && bytes.asByteArrayUnsafe().length > MAX_ASSET_BYTES) {
        throw CognitoErrors.listLength(path + "bytes", "Member must have length less than or equal to "
            + MAX_ASSET_BYTES);
      }
      if (bytes == null) {
        bytes = existing.stream().filter(a -> resourceId != null && resourceId.equals(a.resourceId()))
            .map(Asset::bytes).findFirst()
            .orElseThrow(() -> CognitoErrors.invalidBranding("The asset " + category + " (" + colorMode
                + ") has no Bytes and no ResourceId of an existing asset."));
      }
      checkFile(category, extension, bytes.asByteArrayUnsafe());
      Asset stored = new Asset(category, colorMode, extension, bytes, resourceId);
      if (slots.put(stored.slot(), stored) != null) {
        throw CognitoErrors.invalidBranding("More than one asset for category " + category + " and color mode "
            + colorMode + ".");
      }
      assets.add(stored);
    }
    return assets;
  }

  /** {@code current} with each of {@code given} replacing the asset of its category and color mode. */
  private static List<Asset> replace(List<Asset> current, List<Asset> given) {
    Map<String, Asset> slots = new LinkedHashMap<>();
    current.forEach(a -> slots.put(a.slot(), a));
    given.forEach(a -> slots.put(a.slot(), a));
    return List.copyOf(slots.values());
  }

  /** Whether the category takes the file type, and the bytes are such a file. */
  private static void checkFile(String category, String extension, byte[] bytes) {
    boolean allowed = switch (category) {
      case "FAVICON_ICO" -> extension.equals("ICO");
      case "FAVICON_SVG" -> extension.equals("SVG");
      default -> !extension.equals("ICO");
    };
    if (!allowed) {
      throw CognitoErrors.invalidBranding("Asset category " + category + " does not accept " + extension
          + " files.");
    }
    if (!isFileOfType(extension, bytes)) {
      throw CognitoErrors.invalidBranding("The asset bytes for " + category + " are not a valid "
          + extension + " file.");
    }
  }

  /** Whether the bytes begin as a file of the type does. */
  static boolean isFileOfType(String extension, byte[] bytes) {
    return switch (extension) {
      case "PNG" -> startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case "JPEG" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
      case "ICO" -> startsWith(bytes, 0, 0, 1, 0);
      case "WEBP" -> bytes.length >= 12 && startsWith(bytes, 'R', 'I', 'F', 'F')
          && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
      case "SVG" -> new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8)
          .toLowerCase(Locale.ROOT).contains("<svg");
      default -> false;
    };
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ManagedLoginBrandingType toType(UserPool pool, ManagedLoginStyle style, boolean merged) {
    Document settings = style.settings();
    if (merged) {
      settings = settings == null ? DefaultSettings.SETTINGS : Documents.merge(DefaultSettings.SETTINGS, settings);
    }
    return ManagedLoginBrandingType.builder()
        .managedLoginBrandingId(style.id())
        .userPoolId(pool.id())
        .useCognitoProvidedValues(style.useCognitoProvidedValues())
        .settings(settings)
        .assets(style.assets().stream().map(Asset::toType).toList())
        .creationDate(style.created())
        .lastModifiedDate(style.lastModified())
        .build();
  }
}
