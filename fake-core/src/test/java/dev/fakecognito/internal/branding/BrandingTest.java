package dev.fakecognito.internal.branding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.TestClockAccess;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.StateSnapshot;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import dev.fakecognito.internal.pools.UserPool;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsEnforcementType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsSourceType;

class BrandingTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

  private final Backend backend =
      new Backend("us-east-1", TestClockAccess.fixedAt(Instant.parse("2026-01-01T00:00:00Z")));
  private final FakeCognitoIdentityProviderClient cognito = new FakeCognitoIdentityProviderClient(backend);
  private final String poolId = cognito.createUserPool(r -> r.poolName("test")).userPool().id();
  private final String clientId =
      cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")).userPoolClient().clientId();

  private UserPool pool() {
    return backend.pools().get(poolId);
  }

  private void brandEverything() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("branded"));
    cognito.setUICustomization(r -> r.userPoolId(poolId).css(".label-customizable {font-weight: 400;}"));
    cognito.setUICustomization(r -> r.userPoolId(poolId).clientId(clientId)
        .css(".banner-customizable {background-color: navy;}").imageFile(SdkBytes.fromByteArray(PNG)));
    cognito.createManagedLoginBranding(r -> r.userPoolId(poolId).clientId(clientId)
        .settings(Document.mapBuilder().putString("note", "mine").build()));
    cognito.createTerms(r -> r.userPoolId(poolId).clientId(clientId).termsName("terms-of-use")
        .termsSource(TermsSourceType.LINK).enforcement(TermsEnforcementType.NONE)
        .links(java.util.Map.of("cognito:default", "https://example.com/terms",
            "cognito:french", "https://example.com/fr/terms")));
  }

  @Test
  void lookup_gives_a_renderer_the_client_css_logo_style_and_terms() {
    brandEverything();

    Branding branding = Branding.of(pool(), clientId);

    assertThat(branding.css()).isEqualTo(".banner-customizable {background-color: navy;}");
    assertThat(branding.logo().asByteArray()).isEqualTo(PNG);
    assertThat(branding.logoContentType()).isEqualTo("image/png");
    assertThat(branding.managedLoginSettings().asMap().get("note").asString()).isEqualTo("mine");
    assertThat(branding.managedLoginSettings().asMap()).containsKey("categories");
    assertThat(branding.termsLink("terms-of-use", "cognito:french")).isEqualTo("https://example.com/fr/terms");
    assertThat(branding.termsLink("terms-of-use", "cognito:german")).isEqualTo("https://example.com/terms");
    assertThat(branding.termsLink("privacy-policy", "cognito:default")).isNull();
  }

  @Test
  void client_without_branding_of_its_own_shows_the_pool_css() {
    brandEverything();
    String other = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("other")).userPoolClient()
        .clientId();

    Branding branding = Branding.of(pool(), other);

    assertThat(branding.css()).isEqualTo(".label-customizable {font-weight: 400;}");
    assertThat(branding.logo()).isNull();
    assertThat(branding.managedLoginSettings()).isNull();
    assertThat(branding.termsLinks()).isEmpty();
  }

  @Test
  void deleting_the_client_drops_its_branding_from_the_state() {
    brandEverything();

    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

    StateSnapshot.PoolState state = backend.snapshot().pools().get(poolId);
    assertThat(state.managedLoginStyles()).isEmpty();
    assertThat(state.terms()).isEmpty();
    assertThat(state.uiCustomizations()).containsOnlyKeys(UiCustomization.ALL);
  }

  @Test
  void branding_changes_the_snapshot() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("branded"));
    StateSnapshot before = backend.snapshot();

    cognito.setUICustomization(r -> r.userPoolId(poolId).css(".label-customizable {font-weight: 400;}"));

    assertThat(backend.snapshot()).isNotEqualTo(before);
  }
}
