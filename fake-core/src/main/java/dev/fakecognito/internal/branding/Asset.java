package dev.fakecognito.internal.branding;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;

/**
 * One image file of a managed login branding style, as stored: the model's enums as their wire
 * values, so that the stored state names no model class that older SDKs lack.
 *
 * @param category the role of the image, such as {@code PAGE_HEADER_LOGO}
 * @param colorMode {@code LIGHT}, {@code DARK} or {@code DYNAMIC}
 * @param extension the file type, such as {@code PNG}
 * @param bytes the file
 * @param resourceId the ID the caller gave the asset, or null
 */
public record Asset(String category, String colorMode, String extension, SdkBytes bytes, @Nullable String resourceId) {

  /** The asset as the API returns it. */
  AssetType toType() {
    return AssetType.builder().category(category).colorMode(colorMode).extension(extension).bytes(bytes)
        .resourceId(resourceId).build();
  }

  /** The key under which a style holds at most one asset. */
  String slot() {
    return category + "/" + colorMode;
  }
}
