package dev.fakecognito.internal.branding;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;

/**
 * The classic hosted UI's CSS and logo for one app client, or for all of a pool's clients under
 * {@link #ALL}. A SetUICustomization without CSS and logo leaves an entry that has neither, and
 * only its CSS version, as Cognito does.
 *
 * @param clientId the app client, or {@link #ALL}
 * @param css the CSS, or null
 * @param image the logo, a PNG or JPEG file, or null
 * @param imageExtension {@code png} or {@code jpg} when there is a logo
 * @param cssVersion the version Cognito reports, the time of the last change as {@code yyyyMMddHHmmss}
 * @param created when the CSS or logo was first set, or null once they were removed
 * @param lastModified when they last changed, or null once they were removed
 */
public record UiCustomization(
    String clientId,
    @Nullable String css,
    @Nullable SdkBytes image,
    @Nullable String imageExtension,
    String cssVersion,
    @Nullable Instant created,
    @Nullable Instant lastModified) {

  /** The client ID that stands for every app client of the pool without its own customization. */
  public static final String ALL = "ALL";

  /** Whether there is CSS or a logo; an entry without either is what a removal leaves. */
  public boolean active() {
    return css != null || image != null;
  }
}
