package dev.fakecognito.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;

class JsonCodecTest {

  @Test
  void nested_members_lists_maps_and_enums_go_out_and_come_back() throws Exception {
    CreateUserPoolRequest request = CreateUserPoolRequest.builder()
        .poolName("shop")
        .schema(s -> s.name("tier").attributeDataType(AttributeDataType.NUMBER)
            .numberAttributeConstraints(c -> c.minValue("1").maxValue("5")))
        .lambdaConfig(l -> l.preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre"))
        .userPoolTags(Map.of("team", "identity"))
        .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(10).requireNumbers(true)))
        .build();

    String json = JSONObjectUtils.toJSONString(JsonCodec.write(request));
    CreateUserPoolRequest.Builder back = CreateUserPoolRequest.builder();
    JsonCodec.read(JSONObjectUtils.parse(json), (SdkPojo) back);

    assertThat(back.build()).isEqualTo(request);
    assertThat(JSONObjectUtils.parse(json)).containsKeys("PoolName", "Schema", "LambdaConfig", "UserPoolTags", "Policies");
  }

  @Test
  void instants_are_epoch_seconds_with_milliseconds() throws Exception {
    Instant created = Instant.parse("2026-12-05T10:00:00.125Z");
    DeviceType device = DeviceType.builder().deviceKey("k").deviceCreateDate(created).build();

    String json = JSONObjectUtils.toJSONString(JsonCodec.write(device));
    DeviceType.Builder back = DeviceType.builder();
    JsonCodec.read(JSONObjectUtils.parse(json), (SdkPojo) back);

    assertThat(json).contains("\"DeviceCreateDate\":1796464800.125");
    assertThat(back.build().deviceCreateDate()).isEqualTo(created);
  }

  @Test
  void bytes_are_base64() {
    SetUiCustomizationRequest request = SetUiCustomizationRequest.builder()
        .imageFile(SdkBytes.fromUtf8String("png")).build();

    Map<String, Object> json = JsonCodec.write(request);
    SetUiCustomizationRequest.Builder back = SetUiCustomizationRequest.builder();
    JsonCodec.read(json, (SdkPojo) back);

    assertThat(json).containsEntry("ImageFile", "cG5n");
    assertThat(back.build().imageFile().asUtf8String()).isEqualTo("png");
  }

  @Test
  void fraction_where_an_integer_belongs_is_a_SerializationException() {
    CreateUserPoolRequest.Builder builder = CreateUserPoolRequest.builder();

    assertThatThrownBy(() -> JsonCodec.read(
        Map.of("Policies", Map.of("PasswordPolicy", Map.of("MinimumLength", 8.5))), (SdkPojo) builder))
        .isInstanceOf(WireException.class)
        .hasMessage("Expected an integer at MinimumLength.");
  }

  @Test
  void member_the_model_does_not_know_is_ignored() {
    CreateUserPoolRequest.Builder builder = CreateUserPoolRequest.builder();

    JsonCodec.read(Map.of("PoolName", "shop", "Colour", "blue"), (SdkPojo) builder);

    assertThat(builder.build().poolName()).isEqualTo("shop");
  }
}
