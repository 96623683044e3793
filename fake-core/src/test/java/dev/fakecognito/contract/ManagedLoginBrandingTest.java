package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetCategoryType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetExtensionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ColorSchemeModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ManagedLoginBrandingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

class ManagedLoginBrandingTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
  private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
  private static final String UNKNOWN_ID = "11111111-2222-4333-8444-555555555555";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String clientId = client(cognito, poolId).clientId();

  private static Document settings(String colorSchemeMode) {
    return Document.mapBuilder()
        .putDocument("categories", Document.mapBuilder()
            .putDocument("global", Document.mapBuilder().putString("colorSchemeMode", colorSchemeMode).build())
            .build())
        .build();
  }

  private static AssetType asset(AssetCategoryType category, ColorSchemeModeType mode, AssetExtensionType extension,
      byte[] bytes) {
    return AssetType.builder().category(category).colorMode(mode).extension(extension)
        .bytes(SdkBytes.fromByteArray(bytes)).build();
  }

  private static AssetType logo(ColorSchemeModeType mode) {
    return asset(AssetCategoryType.PAGE_HEADER_LOGO, mode, AssetExtensionType.PNG, PNG);
  }

  private ManagedLoginBrandingType create() {
    return cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
        .settings(settings("DARK")).assets(logo(ColorSchemeModeType.LIGHT))).managedLoginBranding();
  }

  private ManagedLoginBrandingType describe(String id, boolean merged) {
    return cognito.describeManagedLoginBranding(r -> r.userPoolId(poolId).managedLoginBrandingId(id)
        .returnMergedResources(merged)).managedLoginBranding();
  }

  private static String colorScheme(ManagedLoginBrandingType branding) {
    return branding.settings().asMap().get("categories").asMap().get("global").asMap().get("colorSchemeMode")
        .asString();
  }

  /* ---- CreateManagedLoginBranding ---- */

  @Test
  void created_style_returns_its_settings_and_assets() {
    Instant now = fake.clock().instant();

    ManagedLoginBrandingType created = create();

    assertThat(created.managedLoginBrandingId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
        + "[0-9a-f]{12}");
    assertThat(created.userPoolId()).isEqualTo(poolId);
    assertThat(created.useCognitoProvidedValues()).isFalse();
    assertThat(colorScheme(created)).isEqualTo("DARK");
    assertThat(created.assets()).singleElement().satisfies(a -> {
      assertThat(a.category()).isEqualTo(AssetCategoryType.PAGE_HEADER_LOGO);
      assertThat(a.colorMode()).isEqualTo(ColorSchemeModeType.LIGHT);
      assertThat(a.extension()).isEqualTo(AssetExtensionType.PNG);
      assertThat(a.bytes().asByteArray()).isEqualTo(PNG);
    });
    assertThat(created.creationDate()).isEqualTo(now);
    assertThat(created.lastModifiedDate()).isEqualTo(now);
  }

  @Test
  void cognito_provided_values_make_a_style_without_settings_of_its_own() {
    ManagedLoginBrandingType created = cognito.createManagedLoginBranding(r -> r.userPoolId(poolId)
        .clientId(clientId).useCognitoProvidedValues(true)).managedLoginBranding();

    assertThat(created.useCognitoProvidedValues()).isTrue();
    assertThat(created.settings()).isNull();
    assertThat(created.assets()).isEmpty();
  }

  @Test
  void cognito_provided_values_with_settings_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .useCognitoProvidedValues(true).settings(settings("DARK"))),
        InvalidParameterException.class,
        "When UseCognitoProvidedValues is true, Settings and Assets must be omitted.");
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .useCognitoProvidedValues(true).assets(logo(ColorSchemeModeType.DARK))),
        InvalidParameterException.class,
        "When UseCognitoProvidedValues is true, Settings and Assets must be omitted.");
  }

  @Test
  void second_style_for_a_client_throws_ManagedLoginBrandingExistsException() {
    create();

    assertCognitoError(() -> create(), ManagedLoginBrandingExistsException.class,
        "A managed login branding style already exists for app client " + clientId + ".");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId("nosuchclient")
            .useCognitoProvidedValues(true)),
        ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
  }

  @Test
  void missing_client_id_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId)
            .useCognitoProvidedValues(true)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be "
            + "null");
  }

  @Test
  void settings_that_are_not_an_object_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .settings(Document.fromString("dark"))),
        InvalidParameterException.class, "Settings must be a JSON object.");
  }

  @Test
  void asset_of_a_type_its_category_does_not_take_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .assets(asset(AssetCategoryType.FAVICON_ICO, ColorSchemeModeType.LIGHT, AssetExtensionType.PNG, PNG))),
        InvalidParameterException.class, "Asset category FAVICON_ICO does not accept PNG files.");
  }

  @Test
  void asset_bytes_that_are_not_the_named_type_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .assets(asset(AssetCategoryType.FORM_LOGO, ColorSchemeModeType.DARK, AssetExtensionType.PNG, SVG))),
        InvalidParameterException.class, "The asset bytes for FORM_LOGO are not a valid PNG file.");
  }

  @Test
  void asset_without_a_color_mode_throws_InvalidParameterException() {
    AssetType noMode = AssetType.builder().category(AssetCategoryType.FORM_LOGO).extension(AssetExtensionType.PNG)
        .bytes(SdkBytes.fromByteArray(PNG)).build();

    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .assets(noMode)),
        InvalidParameterException.class, "1 validation error detected: Value null at 'assets.1.member.colorMode' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void two_assets_for_one_category_and_color_mode_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .assets(logo(ColorSchemeModeType.DARK), logo(ColorSchemeModeType.DARK))),
        InvalidParameterException.class,
        "More than one asset for category PAGE_HEADER_LOGO and color mode DARK.");
  }

  @Test
  void more_than_40_assets_throw_InvalidParameterException() {
    List<AssetType> assets = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      assets.add(logo(ColorSchemeModeType.DARK));
    }

    assertCognitoError(() -> cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
            .assets(assets)),
        InvalidParameterException.class, "1 validation error detected: Value at 'assets' failed to satisfy "
            + "constraint: Member must have length less than or equal to 40");
  }

  /* ---- Describe ---- */

  @Test
  void style_is_described_by_id_and_by_client() {
    ManagedLoginBrandingType created = create();

    assertThat(describe(created.managedLoginBrandingId(), false)).isEqualTo(created);
    assertThat(cognito.describeManagedLoginBrandingByClient(r -> r.userPoolId(poolId).clientId(clientId))
        .managedLoginBranding()).isEqualTo(created);
  }

  @Test
  void merged_resources_fill_in_the_default_settings_under_the_style_own() {
    ManagedLoginBrandingType created = create();

    ManagedLoginBrandingType merged = describe(created.managedLoginBrandingId(), true);

    assertThat(colorScheme(merged)).isEqualTo("DARK");
    Map<String, Document> categories = merged.settings().asMap().get("categories").asMap();
    assertThat(categories.get("global").asMap().get("spacingDensity").asString()).isEqualTo("REGULAR");
    assertThat(categories).containsKeys("auth", "form", "signUp");
    assertThat(merged.settings().asMap()).containsKeys("componentClasses", "components");
  }

  @Test
  void merged_resources_of_a_cognito_provided_style_are_the_defaults() {
    String id = cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
        .useCognitoProvidedValues(true)).managedLoginBranding().managedLoginBrandingId();

    assertThat(colorScheme(describe(id, true))).isEqualTo("LIGHT");
    assertThat(describe(id, false).settings()).isNull();
  }

  @Test
  void unknown_style_throws_ResourceNotFoundException() {
    assertCognitoError(() -> describe(UNKNOWN_ID, false), ResourceNotFoundException.class,
        "Managed login branding style " + UNKNOWN_ID + " does not exist.");
  }

  @Test
  void malformed_style_id_throws_InvalidParameterException() {
    assertCognitoError(() -> describe("not-a-uuid", false), InvalidParameterException.class,
        "1 validation error detected: Value 'not-a-uuid' at 'managedLoginBrandingId' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[4][0-9a-fA-F]{3}-"
            + "[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
  }

  @Test
  void client_without_a_style_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.describeManagedLoginBrandingByClient(r -> r.userPoolId(poolId)
            .clientId(clientId)),
        ResourceNotFoundException.class,
        "No managed login branding style is assigned to app client " + clientId + ".");
    assertCognitoError(() -> cognito.describeManagedLoginBrandingByClient(r -> r.userPoolId(poolId)
            .clientId("nosuchclient")),
        ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
  }

  /* ---- UpdateManagedLoginBranding ---- */

  @Test
  void update_merges_settings_and_replaces_assets_of_the_same_slot() {
    ManagedLoginBrandingType created = create();
    fake.clock().advance(Duration.ofMinutes(1));
    Document spacing = Document.mapBuilder().putDocument("categories", Document.mapBuilder()
        .putDocument("global", Document.mapBuilder().putString("spacingDensity", "COMPACT").build()).build()).build();
    byte[] otherPng = PNG.clone();
    otherPng[11] = 1;

    ManagedLoginBrandingType updated = cognito.updateManagedLoginBranding(r -> r.userPoolId(poolId)
        .managedLoginBrandingId(created.managedLoginBrandingId()).settings(spacing)
        .assets(asset(AssetCategoryType.PAGE_HEADER_LOGO, ColorSchemeModeType.LIGHT, AssetExtensionType.PNG,
            otherPng), asset(AssetCategoryType.FAVICON_SVG, ColorSchemeModeType.DYNAMIC, AssetExtensionType.SVG,
            SVG))).managedLoginBranding();

    assertThat(colorScheme(updated)).isEqualTo("DARK");
    assertThat(updated.settings().asMap().get("categories").asMap().get("global").asMap().get("spacingDensity")
        .asString()).isEqualTo("COMPACT");
    assertThat(updated.assets()).extracting(AssetType::category)
        .containsExactly(AssetCategoryType.PAGE_HEADER_LOGO, AssetCategoryType.FAVICON_SVG);
    assertThat(updated.assets().get(0).bytes().asByteArray()).isEqualTo(otherPng);
    assertThat(updated.creationDate()).isEqualTo(created.creationDate());
    assertThat(updated.lastModifiedDate()).isEqualTo(created.creationDate().plus(Duration.ofMinutes(1)));
    assertThat(describe(created.managedLoginBrandingId(), false)).isEqualTo(updated);
  }

  @Test
  void update_with_cognito_provided_values_drops_the_style_own() {
    ManagedLoginBrandingType created = create();

    ManagedLoginBrandingType updated = cognito.updateManagedLoginBranding(r -> r.userPoolId(poolId)
        .managedLoginBrandingId(created.managedLoginBrandingId()).useCognitoProvidedValues(true))
        .managedLoginBranding();

    assertThat(updated.useCognitoProvidedValues()).isTrue();
    assertThat(updated.settings()).isNull();
    assertThat(updated.assets()).isEmpty();
  }

  @Test
  void update_of_an_unknown_style_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.updateManagedLoginBranding(r -> r.userPoolId(poolId)
            .managedLoginBrandingId(UNKNOWN_ID).settings(settings("DARK"))),
        ResourceNotFoundException.class, "Managed login branding style " + UNKNOWN_ID + " does not exist.");
  }

  @Test
  void update_with_cognito_provided_values_and_settings_throws_InvalidParameterException() {
    String id = create().managedLoginBrandingId();

    assertCognitoError(() -> cognito.updateManagedLoginBranding(r -> r.userPoolId(poolId)
            .managedLoginBrandingId(id).useCognitoProvidedValues(true).settings(settings("LIGHT"))),
        InvalidParameterException.class,
        "When UseCognitoProvidedValues is true, Settings and Assets must be omitted.");
    assertThat(colorScheme(describe(id, false))).isEqualTo("DARK");
  }

  /* ---- DeleteManagedLoginBranding ---- */

  @Test
  void deleted_style_is_gone_and_the_client_may_have_a_new_one() {
    String id = create().managedLoginBrandingId();

    cognito.deleteManagedLoginBranding(r -> r.userPoolId(poolId).managedLoginBrandingId(id));

    assertCognitoError(() -> describe(id, false), ResourceNotFoundException.class,
        "Managed login branding style " + id + " does not exist.");
    assertThat(create().managedLoginBrandingId()).isNotEqualTo(id);
  }

  @Test
  void delete_of_an_unknown_style_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.deleteManagedLoginBranding(r -> r.userPoolId(poolId)
            .managedLoginBrandingId(UNKNOWN_ID)),
        ResourceNotFoundException.class, "Managed login branding style " + UNKNOWN_ID + " does not exist.");
  }

  @Test
  void deleting_the_client_deletes_its_style() {
    String id = create().managedLoginBrandingId();

    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

    assertCognitoError(() -> describe(id, false), ResourceNotFoundException.class,
        "Managed login branding style " + id + " does not exist.");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.describeManagedLoginBranding(r -> r.userPoolId("us-east-1_nosuchpool")
            .managedLoginBrandingId(UNKNOWN_ID)),
        ResourceNotFoundException.class, "User pool us-east-1_nosuchpool does not exist.");
  }
}
