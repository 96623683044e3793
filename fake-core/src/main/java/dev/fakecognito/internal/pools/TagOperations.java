package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * TagResource, UntagResource and ListTagsForResource on user pool ARNs.
 *
 * <p>A pool's tags live in one place, the {@code UserPoolTags} of its configuration, so the tags
 * given to CreateUserPool or UpdateUserPool, the ones these operations change and the ones
 * DescribeUserPool shows are always the same. Tagging changes no {@code LastModifiedDate}.
 */
public final class TagOperations {

  /** How many tags one pool may carry (https://docs.aws.amazon.com/cognito/latest/developerguide/tagging.html). */
  public static final int MAX_TAGS = 50;

  private static final String ARN_PATTERN =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final Pattern ARN = Pattern.compile(ARN_PATTERN);
  private static final String TAG_PATTERN = "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";
  private static final Pattern TAG = Pattern.compile(TAG_PATTERN);

  private final Backend backend;

  public TagOperations(Backend backend) {
    this.backend = backend;
  }

  public TagResourceResponse tagResource(TagResourceRequest request) {
    UserPool pool = resolve(request.resourceArn());
    if (!request.hasTags()) {
      throw CognitoErrors.notNull("tags");
    }
    check(request.tags(), "tags");
    pool.lock().lock();
    try {
      UserPoolType config = pool.config();
      Map<String, String> tags = new TreeMap<>(config.userPoolTags());
      tags.putAll(request.tags());
      if (tags.size() > MAX_TAGS) {
        throw CognitoErrors.tooManyTags();
      }
      pool.config(config.toBuilder().userPoolTags(tags).build());
    } finally {
      pool.lock().unlock();
    }
    return TagResourceResponse.builder().build();
  }

  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    UserPool pool = resolve(request.resourceArn());
    if (!request.hasTagKeys()) {
      throw CognitoErrors.notNull("tagKeys");
    }
    List<String> keys = request.tagKeys();
    for (String key : keys) {
      checkKey(key, "tagKeys", "Member must satisfy constraint: [");
    }
    pool.lock().lock();
    try {
      UserPoolType config = pool.config();
      Map<String, String> tags = new TreeMap<>(config.userPoolTags());
      keys.forEach(tags::remove);
      pool.config(config.toBuilder().userPoolTags(tags).build());
    } finally {
      pool.lock().unlock();
    }
    return UntagResourceResponse.builder().build();
  }

  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    UserPool pool = resolve(request.resourceArn());
    return ListTagsForResourceResponse.builder().tags(pool.config().userPoolTags()).build();
  }

  /**
   * The pool an ARN names. Only user pool ARNs of this fake's account and Region name one.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the ARN is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if it names no pool
   */
  UserPool resolve(@Nullable String arn) {
    if (arn == null) {
      throw CognitoErrors.notNull("resourceArn");
    }
    if (arn.length() < 20 || arn.length() > 2048) {
      throw CognitoErrors.constraint("resourceArn", arn, arn.length() < 20
          ? "Member must have length greater than or equal to 20"
          : "Member must have length less than or equal to 2048");
    }
    if (!ARN.matcher(arn).matches()) {
      throw CognitoErrors.constraint("resourceArn", arn, "Member must satisfy regular expression pattern: "
          + ARN_PATTERN);
    }
    int slash = arn.indexOf(":userpool/");
    UserPool pool = slash < 0 ? null : backend.findPool(arn.substring(slash + ":userpool/".length()));
    if (pool == null || !arn.equals(pool.config().arn())) {
      throw CognitoErrors.resourceArnNotFound(arn);
    }
    return pool;
  }

  /**
   * Checks tags against the model's constraints: at most {@value #MAX_TAGS}, keys of 1 to 128 and
   * values of up to 256 letters, digits, spaces and {@code _.:/=+-@}, and no key in the reserved
   * {@code aws:} namespace.
   *
   * @param member the request member, for the message
   */
  public static void check(Map<String, String> tags, String member) {
    if (tags.size() > MAX_TAGS) {
      throw CognitoErrors.listLength(member, "Member must have length less than or equal to " + MAX_TAGS);
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      checkKey(tag.getKey(), member, "Map keys must satisfy constraint: [");
      String value = tag.getValue();
      if (value == null) {
        throw CognitoErrors.notNull(member + "." + tag.getKey());
      }
      if (value.length() > 256) {
        throw CognitoErrors.constraint(member, value,
            "Map value must satisfy constraint: [Member must have length less than or equal to 256]");
      }
      if (!TAG.matcher(value).matches()) {
        throw CognitoErrors.constraint(member, value,
            "Map value must satisfy constraint: [Member must satisfy regular expression pattern: " + TAG_PATTERN + "]");
      }
    }
  }

  private static void checkKey(@Nullable String key, String member, String prefix) {
    if (key == null) {
      throw CognitoErrors.notNull(member);
    }
    String rule = key.isEmpty() ? "Member must have length greater than or equal to 1"
        : key.length() > 128 ? "Member must have length less than or equal to 128"
        : !TAG.matcher(key).matches() ? "Member must satisfy regular expression pattern: " + TAG_PATTERN
        : null;
    if (rule != null) {
      throw CognitoErrors.constraint(member, key, prefix + rule + "]");
    }
    if (key.regionMatches(true, 0, "aws:", 0, 4)) {
      throw CognitoErrors.reservedTagKey(key);
    }
  }
}
