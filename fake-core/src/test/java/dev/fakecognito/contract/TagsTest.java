package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

class TagsTest {

  private static final String ARN_PATTERN =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final String TAG_PATTERN = "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String arn = describedArn(poolId);

  private String describedArn(String id) {
    return cognito.describeUserPool(r -> r.userPoolId(id)).userPool().arn();
  }

  private Map<String, String> listed() {
    return cognito.listTagsForResource(r -> r.resourceArn(arn)).tags();
  }

  private Map<String, String> described() {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().userPoolTags();
  }

  private static Map<String, String> tags(int count) {
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < count; i++) {
      tags.put("key" + i, "value" + i);
    }
    return tags;
  }

  /* ---- TagResource and ListTagsForResource ---- */

  @Test
  void new_pool_has_no_tags() {
    assertThat(listed()).isEmpty();
  }

  @Test
  void tag_resource_adds_tags_that_list_and_describe_show() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "test", "owner", "alice")));

    assertThat(listed()).containsExactlyInAnyOrderEntriesOf(Map.of("stage", "test", "owner", "alice"));
    assertThat(described()).isEqualTo(listed());
  }

  @Test
  void tag_resource_overwrites_the_value_of_an_existing_key_and_keeps_the_others() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "test", "owner", "alice")));

    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "prod")));

    assertThat(listed()).containsExactlyInAnyOrderEntriesOf(Map.of("stage", "prod", "owner", "alice"));
  }

  @Test
  void empty_value_is_allowed() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("flag", "")));

    assertThat(listed()).containsExactly(Map.entry("flag", ""));
  }

  @Test
  void tags_given_at_creation_are_listed() {
    String tagged = pool(cognito, r -> r.userPoolTags(Map.of("team", "identity")));

    assertThat(cognito.listTagsForResource(r -> r.resourceArn(describedArn(tagged))).tags())
        .containsExactly(Map.entry("team", "identity"));
  }

  @Test
  void update_user_pool_with_tags_replaces_them_and_without_keeps_them() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "test")));

    cognito.updateUserPool(r -> r.userPoolId(poolId));
    assertThat(listed()).containsExactly(Map.entry("stage", "test"));

    cognito.updateUserPool(r -> r.userPoolId(poolId).userPoolTags(Map.of("owner", "bob")));
    assertThat(listed()).containsExactly(Map.entry("owner", "bob"));
  }

  @Test
  void fifty_tags_are_allowed() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(tags(50)));

    assertThat(listed()).hasSize(50);
  }

  @Test
  void fifty_first_tag_throws_InvalidParameterException_and_adds_nothing() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(tags(50)));

    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("one", "more"))),
        InvalidParameterException.class, "A user pool can have at most 50 tags.");
    assertThat(listed()).hasSize(50).doesNotContainKey("one");
  }

  @Test
  void more_than_fifty_tags_in_one_request_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(tags(51))),
        InvalidParameterException.class,
        "1 validation error detected: Value at 'tags' failed to satisfy constraint: "
            + "Member must have length less than or equal to 50");
  }

  @Test
  void more_than_fifty_tags_at_creation_throw_InvalidParameterException() {
    assertCognitoError(() -> pool(cognito, r -> r.userPoolTags(tags(51))), InvalidParameterException.class,
        "1 validation error detected: Value at 'userPoolTags' failed to satisfy constraint: "
            + "Member must have length less than or equal to 50");
  }

  @Test
  void key_of_129_characters_throws_InvalidParameterException() {
    String key = "k".repeat(129);

    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of(key, "v"))),
        InvalidParameterException.class, "1 validation error detected: Value '" + key + "' at 'tags' failed to "
            + "satisfy constraint: Map keys must satisfy constraint: "
            + "[Member must have length less than or equal to 128]");
  }

  @Test
  void empty_key_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("", "v"))),
        InvalidParameterException.class, "1 validation error detected: Value '' at 'tags' failed to "
            + "satisfy constraint: Map keys must satisfy constraint: "
            + "[Member must have length greater than or equal to 1]");
  }

  @Test
  void key_with_a_forbidden_character_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("a*b", "v"))),
        InvalidParameterException.class, "1 validation error detected: Value 'a*b' at 'tags' failed to "
            + "satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: "
            + TAG_PATTERN + "]");
  }

  @Test
  void value_of_257_characters_throws_InvalidParameterException() {
    String value = "v".repeat(257);

    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("k", value))),
        InvalidParameterException.class, "1 validation error detected: Value '" + value + "' at 'tags' failed to "
            + "satisfy constraint: Map value must satisfy constraint: "
            + "[Member must have length less than or equal to 256]");
  }

  @Test
  void key_with_the_reserved_aws_prefix_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("aws:owner", "v"))),
        InvalidParameterException.class, "Tag key aws:owner is invalid: the aws: prefix is reserved for AWS use.");
    assertThat(listed()).isEmpty();
  }

  @Test
  void tag_resource_without_tags_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
  }

  /* ---- ARNs ---- */

  @Test
  void missing_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listTagsForResource(r -> r.resourceArn(null)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void malformed_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listTagsForResource(r -> r.resourceArn("not-an-arn-but-long-enough")),
        InvalidParameterException.class, "1 validation error detected: Value 'not-an-arn-but-long-enough' at "
            + "'resourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + ARN_PATTERN);
  }

  @Test
  void too_short_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listTagsForResource(r -> r.resourceArn("arn:aws")),
        InvalidParameterException.class, "1 validation error detected: Value 'arn:aws' at 'resourceArn' failed to "
            + "satisfy constraint: Member must have length greater than or equal to 20");
  }

  @Test
  void arn_of_a_deleted_pool_throws_ResourceNotFoundException() {
    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertCognitoError(() -> cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("k", "v"))),
        ResourceNotFoundException.class, "Resource " + arn + " does not exist.");
  }

  @Test
  void arn_of_another_account_throws_ResourceNotFoundException() {
    String other = arn.replaceFirst(":\\d{12}:", ":999999999999:");

    assertCognitoError(() -> cognito.listTagsForResource(r -> r.resourceArn(other)), ResourceNotFoundException.class,
        "Resource " + other + " does not exist.");
  }

  @Test
  void arn_of_another_service_throws_ResourceNotFoundException() {
    String other = "arn:aws:sns:us-east-1:123456789012:topic";

    assertCognitoError(() -> cognito.untagResource(r -> r.resourceArn(other).tagKeys("k")),
        ResourceNotFoundException.class, "Resource " + other + " does not exist.");
  }

  /* ---- UntagResource ---- */

  @Test
  void untag_resource_removes_the_keys_and_ignores_unknown_ones() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "test", "owner", "alice")));

    cognito.untagResource(r -> r.resourceArn(arn).tagKeys("stage", "unknown"));

    assertThat(listed()).containsExactly(Map.entry("owner", "alice"));
    assertThat(described()).containsExactly(Map.entry("owner", "alice"));
  }

  @Test
  void untag_resource_without_keys_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.untagResource(r -> r.resourceArn(arn)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void untag_resource_with_a_malformed_key_throws_InvalidParameterException() {
    cognito.tagResource(r -> r.resourceArn(arn).tags(Map.of("stage", "test")));

    assertCognitoError(() -> cognito.untagResource(r -> r.resourceArn(arn).tagKeys("stage", "")),
        InvalidParameterException.class, "1 validation error detected: Value '' at 'tagKeys' failed to satisfy "
            + "constraint: Member must satisfy constraint: [Member must have length greater than or equal to 1]");
    assertThat(listed()).containsExactly(Map.entry("stage", "test"));
  }
}
