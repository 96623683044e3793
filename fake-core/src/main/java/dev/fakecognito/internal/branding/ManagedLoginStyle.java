package dev.fakecognito.internal.branding;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.document.Document;

/**
 * A managed login branding style: the settings and images one app client's managed login pages
 * show. Immutable; a change replaces it whole.
 *
 * @param id the ManagedLoginBrandingId, a random UUID
 * @param clientId the app client the style belongs to
 * @param useCognitoProvidedValues whether the style is Cognito's default, with nothing of its own
 * @param settings the Settings document as the caller gave it (merged over earlier ones), or null
 * @param assets the images, at most one for each category and color mode, in the order given
 * @param created when the style was created
 * @param lastModified when it last changed
 */
public record ManagedLoginStyle(
    String id,
    String clientId,
    boolean useCognitoProvidedValues,
    @Nullable Document settings,
    List<Asset> assets,
    Instant created,
    Instant lastModified) {

  public ManagedLoginStyle {
    assets = List.copyOf(assets);
  }
}
