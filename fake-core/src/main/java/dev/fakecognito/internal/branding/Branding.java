package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.pools.UserPool;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;

/**
 * Everything the hosted sign-in pages of one app client show of its branding, read in one place:
 * the classic hosted UI's CSS and logo (the client's own, else the pool's), the managed login
 * style, and the terms links by document name and language.
 *
 * <p>A page renderer calls {@link #of(UserPool, String)} per request; the values are immutable
 * copies of what the branding operations stored.
 *
 * @param css the classic hosted UI CSS, or null
 * @param logo the classic hosted UI logo, a PNG or JPEG file, or null
 * @param logoContentType {@code image/png} or {@code image/jpeg} when there is a logo
 * @param managedLoginSettings the managed login style's settings over Cognito's defaults, or null
 *     if the client has no style
 * @param managedLoginAssets the managed login style's images, or empty
 * @param termsLinks the URL of each terms document by name ({@code terms-of-use}, {@code
 *     privacy-policy}) and language key ({@code cognito:default}, ...)
 * @param logoPath the path under which the HTTP endpoint serves the logo, as in GetUICustomization's
 *     ImageUrl, or null
 */
public record Branding(
    @Nullable String css,
    @Nullable SdkBytes logo,
    @Nullable String logoContentType,
    @Nullable Document managedLoginSettings,
    List<Asset> managedLoginAssets,
    Map<String, Map<String, String>> termsLinks,
    @Nullable String logoPath) {

  /** The branding of {@code clientId} in {@code pool}; empty parts where nothing was set. */
  public static Branding of(UserPool pool, String clientId) {
    UiCustomization classic = UiCustomizationOperations.effective(pool, clientId);
    boolean active = classic != null && classic.active();
    ManagedLoginStyle style = ManagedLoginBrandingOperations.styleOf(pool, clientId);
    Document settings = null;
    if (style != null) {
      settings = style.settings() == null ? DefaultSettings.SETTINGS
          : dev.fakecognito.internal.util.Documents.merge(DefaultSettings.SETTINGS, style.settings());
    }
    Map<String, Map<String, String>> links = new TreeMap<>();
    for (Terms terms : pool.terms().values()) {
      if (terms.clientId().equals(clientId)) {
        links.put(terms.name(), terms.links());
      }
    }
    return new Branding(
        active ? classic.css() : null,
        active ? classic.image() : null,
        active && classic.image() != null ? ("png".equals(classic.imageExtension()) ? "image/png" : "image/jpeg")
            : null,
        settings,
        style == null ? List.of() : style.assets(),
        java.util.Collections.unmodifiableMap(links),
        active ? UiCustomizationOperations.imagePath(pool, classic) : null);
  }

  /**
   * The URL of a terms document for a language key, falling back to {@code cognito:default} as
   * managed login does; null if there is none.
   */
  public @Nullable String termsLink(String termsName, String language) {
    Map<String, String> byLanguage = termsLinks.get(termsName);
    if (byLanguage == null) {
      return null;
    }
    String link = byLanguage.get(language);
    return link != null ? link : byLanguage.get("cognito:default");
  }
}
