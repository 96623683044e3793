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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UICustomizationType;

class UICustomizationTest {

  private static final String CSS = ".label-customizable {font-weight: 400;}";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String clientId = client(cognito, poolId).clientId();

  private void domain() {
    // Hex of the pool ID's suffix: unique per pool, and never a reserved word such as "aws".
    String prefix = "branding-" + HexFormat.of().formatHex(poolId.substring(10).getBytes(StandardCharsets.US_ASCII));
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain(prefix));
  }

  private UICustomizationType set(String client, String css) {
    return cognito.setUICustomization(r -> r.userPoolId(poolId).clientId(client).css(css)).uiCustomization();
  }

  private UICustomizationType get(String client) {
    return cognito.getUICustomization(r -> r.userPoolId(poolId).clientId(client)).uiCustomization();
  }

  private static String version(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(instant);
  }

  /* ---- SetUICustomization ---- */

  @Test
  void pool_wide_css_is_set_and_read_back() {
    domain();
    Instant now = fake.clock().instant();

    UICustomizationType set = cognito.setUICustomization(r -> r.userPoolId(poolId).css(CSS)).uiCustomization();

    assertThat(set.userPoolId()).isEqualTo(poolId);
    assertThat(set.clientId()).isEqualTo("ALL");
    assertThat(set.css()).isEqualTo(CSS);
    assertThat(set.cssVersion()).isEqualTo(version(now));
    assertThat(set.imageUrl()).isNull();
    assertThat(set.creationDate()).isEqualTo(now);
    assertThat(set.lastModifiedDate()).isEqualTo(now);
    assertThat(cognito.getUICustomization(r -> r.userPoolId(poolId)).uiCustomization()).isEqualTo(set);
    assertThat(get("ALL")).isEqualTo(set);
  }

  @Test
  void logo_gets_an_image_url_on_the_domain_distribution() {
    domain();

    UICustomizationType set = cognito.setUICustomization(r -> r.userPoolId(poolId).clientId(clientId)
        .imageFile(SdkBytes.fromByteArray(PNG))).uiCustomization();

    // Over HTTP the fake's endpoint serves the image in place of the distribution.
    assertThat(set.imageUrl()).matches("(https://d[0-9a-f]+\\.cloudfront\\.net|http://127\\.0\\.0\\.1:[0-9]+)/"
        + poolId + "/" + clientId + "/" + set.cssVersion() + "/assets/images/image\\.png");
    assertThat(set.css()).isNull();
    UICustomizationType jpeg = cognito.setUICustomization(r -> r.userPoolId(poolId).clientId(clientId)
        .imageFile(SdkBytes.fromByteArray(JPEG)).css(CSS)).uiCustomization();
    assertThat(jpeg.imageUrl()).endsWith("/image.jpg");
    assertThat(jpeg.css()).isEqualTo(CSS);
  }

  @Test
  void client_without_its_own_customization_gets_the_pool_one() {
    domain();
    UICustomizationType all = set("ALL", CSS);

    assertThat(get(clientId)).isEqualTo(all);

    UICustomizationType own = set(clientId, ".banner-customizable {background-color: lightgray;}");
    assertThat(get(clientId)).isEqualTo(own);
    assertThat(own.clientId()).isEqualTo(clientId);
    assertThat(get("ALL")).isEqualTo(all);
  }

  @Test
  void nothing_set_reads_as_an_empty_customization() {
    domain();

    UICustomizationType none = get(clientId);

    assertThat(none.userPoolId()).isEqualTo(poolId);
    assertThat(none.clientId()).isEqualTo(clientId);
    assertThat(none.css()).isNull();
    assertThat(none.cssVersion()).isNull();
    assertThat(none.creationDate()).isNull();
  }

  @Test
  void setting_neither_css_nor_logo_removes_the_customization_but_keeps_a_version() {
    domain();
    UICustomizationType all = set("ALL", CSS);
    set(clientId, ".banner-customizable {padding: 25px 0px 25px 0px;}");
    fake.clock().advance(Duration.ofMinutes(1));

    UICustomizationType removed = cognito.setUICustomization(r -> r.userPoolId(poolId).clientId("ALL"))
        .uiCustomization();

    assertThat(removed.css()).isNull();
    assertThat(removed.creationDate()).isNull();
    assertThat(removed.lastModifiedDate()).isNull();
    assertThat(removed.cssVersion()).isEqualTo(version(all.creationDate().plus(Duration.ofMinutes(1))));
    assertThat(get("ALL")).isEqualTo(removed);
    assertThat(get(clientId).css()).startsWith(".banner-customizable");
  }

  @Test
  void later_set_keeps_the_creation_date() {
    domain();
    UICustomizationType first = set("ALL", CSS);
    fake.clock().advance(Duration.ofHours(1));

    UICustomizationType second = set("ALL", ".label-customizable {font-weight: 700;}");

    assertThat(second.creationDate()).isEqualTo(first.creationDate());
    assertThat(second.lastModifiedDate()).isEqualTo(first.creationDate().plus(Duration.ofHours(1)));
    assertThat(second.cssVersion()).isNotEqualTo(first.cssVersion());
  }

  @Test
  void console_css_template_is_accepted() {
    domain();
    String template = """
        .logo-customizable { max-width: 60%; max-height: 30%; }
        .banner-customizable { padding: 25px 0px 25px 0px; background-color: lightgray; }
        .label-customizable { font-weight: 400; }
        .textDescription-customizable { padding-top: 10px; padding-bottom: 10px; display: block; font-size: 16px; }
        .idpDescription-customizable { padding-top: 10px; padding-bottom: 10px; display: block; font-size: 16px; }
        .legalText-customizable { color: #747474; font-size: 11px; }
        .submitButton-customizable { font-size: 14px; font-weight: bold; margin: 20px 0px 10px 0px;
          height: 40px; width: 100%; color: #fff; background-color: #337ab7; }
        .submitButton-customizable:hover { color: #fff; background-color: #286090; }
        .errorMessage-customizable { padding: 5px; font-size: 14px; width: 100%; background: #F5F5F5;
          border: 2px solid #D64958; color: #D64958; }
        .inputField-customizable { width: 100%; height: 34px; color: #555; background-color: #fff;
          border: 1px solid #ccc; }
        .inputField-customizable:focus { border-color: #66afe9; outline: 0; }
        .idpButton-customizable { height: 40px; width: 100%; text-align: center; margin-bottom: 15px;
          color: #fff; background-color: #5bc0de; border-color: #46b8da; }
        .idpButton-customizable:hover { color: #fff; background-color: #31b0d5; }
        .socialButton-customizable { border-radius: 2px; height: 40px; margin-bottom: 15px; padding: 1px;
          text-align: left; width: 100%; }
        .redirect-customizable { text-align: center; }
        /* the two states of the password rules */
        .passwordCheck-notValid-customizable { color: #DF3312; }
        .passwordCheck-valid-customizable { color: #19BF00; }
        .background-customizable { background-color: #fff; }
        """;

    assertThat(set("ALL", template).css()).isEqualTo(template);
  }

  @Test
  void unknown_class_throws_InvalidParameterException() {
    domain();

    assertCognitoError(() -> set("ALL", ".header-customizable {color: red;}"), InvalidParameterException.class,
        "Invalid CSS: the selector \".header-customizable\" is not one of the customizable classes.");
    assertCognitoError(() -> set("ALL", "body {color: red;}"), InvalidParameterException.class,
        "Invalid CSS: the selector \"body\" is not one of the customizable classes.");
  }

  @Test
  void property_the_class_does_not_allow_throws_InvalidParameterException() {
    domain();

    assertCognitoError(() -> set("ALL", ".label-customizable {position: absolute;}"),
        InvalidParameterException.class,
        "Invalid CSS: the property position cannot be customized in .label-customizable.");
  }

  @Test
  void at_rules_and_script_throw_InvalidParameterException() {
    domain();

    assertCognitoError(() -> set("ALL", "@import url(https://example.com/x.css);"),
        InvalidParameterException.class, "Invalid CSS: @import statements are not allowed.");
    assertCognitoError(() -> set("ALL", "@media print { .label-customizable {color: red;} }"),
        InvalidParameterException.class, "Invalid CSS: @media statements are not allowed.");
    assertCognitoError(() -> set("ALL", ".background-customizable {background-color: expression(alert(1));}"),
        InvalidParameterException.class, "Invalid CSS: JavaScript is not allowed.");
  }

  @Test
  void css_that_does_not_parse_throws_InvalidParameterException() {
    domain();

    assertCognitoError(() -> set("ALL", ".label-customizable {color: red;"), InvalidParameterException.class,
        "Invalid CSS: unexpected text \".label-customizable {color: red;\".");
  }

  @Test
  void logo_that_is_not_png_or_jpeg_throws_InvalidParameterException() {
    domain();

    assertCognitoError(() -> cognito.setUICustomization(r -> r.userPoolId(poolId)
            .imageFile(SdkBytes.fromUtf8String("GIF89a"))),
        InvalidParameterException.class, "The logo image file must be a PNG or JPEG image.");
  }

  @Test
  void logo_over_100_kb_throws_InvalidParameterException() {
    domain();
    byte[] large = new byte[100 * 1024 + 1];
    System.arraycopy(PNG, 0, large, 0, PNG.length);

    assertCognitoError(() -> cognito.setUICustomization(r -> r.userPoolId(poolId)
            .imageFile(SdkBytes.fromByteArray(large))),
        InvalidParameterException.class, "The logo image file must not be larger than 100 KB.");
  }

  @Test
  void pool_without_a_domain_throws_InvalidParameterException() {
    assertCognitoError(() -> set("ALL", CSS), InvalidParameterException.class,
        "There has to be an existing domain associated with this user pool");
    assertCognitoError(() -> get("ALL"), InvalidParameterException.class,
        "There has to be an existing domain associated with this user pool");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    domain();

    assertCognitoError(() -> set("nosuchclient", CSS), ResourceNotFoundException.class,
        "User pool client nosuchclient does not exist.");
    assertCognitoError(() -> get("nosuchclient"), ResourceNotFoundException.class,
        "User pool client nosuchclient does not exist.");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.getUICustomization(r -> r.userPoolId("us-east-1_nosuchpool")),
        ResourceNotFoundException.class, "User pool us-east-1_nosuchpool does not exist.");
  }
}
