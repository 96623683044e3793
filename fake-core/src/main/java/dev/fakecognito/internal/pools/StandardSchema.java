package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;

/**
 * The standard attributes every pool has, the merge of a CreateUserPool schema into them, and the
 * custom attributes AddCustomAttributes appends.
 *
 * <p>Every check runs before anything is built, so a refused schema leaves no trace, and what is
 * stored holds only numeric constraints that later attribute checks can read.
 */
public final class StandardSchema {

  /** Custom attributes a pool may have (https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html). */
  static final int MAX_CUSTOM_ATTRIBUTES = 50;

  /** The longest value a string attribute may be given a MaxLength for. */
  private static final int MAX_STRING_LENGTH = 2048;

  private static final String CUSTOM = "custom:";
  private static final String NAME_PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";
  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  private static final List<SchemaAttributeType> STANDARD = standard();

  /**
   * The standard attributes a CreateUserPool schema entry may adjust. The two verified flags are not
   * among them: Cognito reads a schema entry of that name as a custom attribute (aws/aws-cdk#14699).
   */
  private static final Set<String> ADJUSTABLE = adjustable();

  private StandardSchema() {}

  /**
   * Returns the pool's schema: the standard attributes with the request's changes to them, then the
   * request's custom attributes under their {@code custom:} names.
   *
   * @param requested the request's Schema, or {@code null} if it has none
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a schema Cognito refuses
   */
  public static List<SchemaAttributeType> merge(@Nullable List<SchemaAttributeType> requested) {
    Map<String, SchemaAttributeType> schema = new LinkedHashMap<>();
    STANDARD.forEach(a -> schema.put(a.name(), a));
    if (requested == null) {
      return List.copyOf(schema.values());
    }
    checkListLength("schema", requested.size(), MAX_CUSTOM_ATTRIBUTES);
    checkNames("schema", requested);
    List<SchemaAttributeType> custom = new ArrayList<>();
    Set<String> customNames = new HashSet<>();
    for (SchemaAttributeType attribute : requested) {
      String name = attribute.name();
      SchemaAttributeType standard = ADJUSTABLE.contains(name) ? schema.get(name) : null;
      if (standard != null) {
        schema.put(name, adjusted(standard, attribute));
        continue;
      }
      SchemaAttributeType built = customAttribute(attribute);
      if (!customNames.add(built.name())) {
        throw CognitoErrors.duplicateCustomAttribute(built.name());
      }
      custom.add(built);
    }
    List<SchemaAttributeType> merged = new ArrayList<>(schema.values());
    merged.addAll(custom);
    return List.copyOf(merged);
  }

  /**
   * Returns {@code current} with the AddCustomAttributes request's attributes appended under their
   * {@code custom:} names.
   *
   * @param requested the request's CustomAttributes, or {@code null} if it has none
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a missing or oversized list, an invalid attribute, a name the pool has already, or more
   *     than 50 custom attributes in all
   */
  public static List<SchemaAttributeType> addCustom(
      List<SchemaAttributeType> current, @Nullable List<SchemaAttributeType> requested) {
    checkAddRequest(requested);
    Set<String> names = new HashSet<>();
    current.forEach(a -> names.add(a.name()));
    List<SchemaAttributeType> schema = new ArrayList<>(current);
    for (SchemaAttributeType attribute : requested) {
      SchemaAttributeType built = customAttribute(attribute);
      // Attributes are added one after another, so a name repeated in the request meets the first.
      if (!names.add(built.name())) {
        throw CognitoErrors.attributeExists(built.name());
      }
      schema.add(built);
    }
    if (schema.stream().filter(a -> a.name().startsWith(CUSTOM)).count() > MAX_CUSTOM_ATTRIBUTES) {
      throw CognitoErrors.tooManyCustomAttributes();
    }
    return List.copyOf(schema);
  }

  /** The model-level checks on an AddCustomAttributes list, which Cognito runs before the pool lookup. */
  public static void checkAddRequest(@Nullable List<SchemaAttributeType> requested) {
    if (requested == null) {
      throw CognitoErrors.notNull("customAttributes");
    }
    // The API model allows 1 to 25 attributes per call.
    checkListLength("customAttributes", requested.size(), 25);
    checkNames("customAttributes", requested);
  }

  /**
   * A stored MinLength or MaxLength as a number, or {@code null} if there is none. Schemas are
   * checked when given, so an unreadable one cannot be stored; it is ignored all the same rather
   * than failing every later write of the attribute.
   */
  public static @Nullable Integer lengthOrNull(@Nullable String constraint) {
    if (constraint == null) {
      return null;
    }
    try {
      return Integer.valueOf(constraint.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void checkListLength(String member, int size, int max) {
    if (size < 1) {
      throw CognitoErrors.listLength(member, "Member must have length greater than or equal to 1");
    }
    if (size > max) {
      throw CognitoErrors.listLength(member, "Member must have length less than or equal to " + max);
    }
  }

  /**
   * The model's constraints on each entry's Name, with the entry's 1-based position in the path as
   * Cognito reports it ("Value 'phone_number_verified' at 'schema.1.member.name'", aws/aws-cdk#14175).
   */
  private static void checkNames(String list, List<SchemaAttributeType> requested) {
    for (int i = 0; i < requested.size(); i++) {
      String member = list + "." + (i + 1) + ".member.name";
      SchemaAttributeType attribute = requested.get(i);
      String name = attribute == null ? null : attribute.name();
      if (name == null) {
        throw CognitoErrors.notNull(member);
      }
      if (name.isEmpty()) {
        throw CognitoErrors.constraint(member, name, "Member must have length greater than or equal to 1");
      }
      if (name.length() > 20) {
        throw CognitoErrors.constraint(member, name, "Member must have length less than or equal to 20");
      }
      if (!NAME.matcher(name).matches()) {
        throw CognitoErrors.constraint(member, name, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
      }
    }
  }

  private static SchemaAttributeType adjusted(SchemaAttributeType standard, SchemaAttributeType attribute) {
    String name = standard.name();
    if ((attribute.attributeDataType() != null && attribute.attributeDataType() != standard.attributeDataType())
        || Boolean.TRUE.equals(attribute.developerOnlyAttribute())) {
      throw CognitoErrors.standardAttributeRetyped(name);
    }
    if (name.equals("sub")) {
      throw CognitoErrors.invalidParameter("Attribute sub cannot be modified.");
    }
    return standard.toBuilder()
        .required(attribute.required() != null ? attribute.required() : standard.required())
        .mutable(attribute.mutable() != null ? attribute.mutable() : standard.mutable())
        .build();
  }

  /**
   * A custom attribute as the schema stores it. Cognito puts {@code custom:} in front of the given
   * name even when it starts with {@code custom:} already (awsdocs/aws-cloudformation-user-guide#932).
   */
  private static SchemaAttributeType customAttribute(SchemaAttributeType attribute) {
    String name = CUSTOM + attribute.name();
    if (Boolean.TRUE.equals(attribute.required())) {
      throw CognitoErrors.invalidParameter("Required custom attributes are not supported currently.");
    }
    AttributeDataType type = attribute.attributeDataType();
    if (type == null || type == AttributeDataType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.invalidAttributeDataType();
    }
    SchemaAttributeType.Builder built =
        SchemaAttributeType.builder()
            .name(name)
            .attributeDataType(type)
            .developerOnlyAttribute(Boolean.TRUE.equals(attribute.developerOnlyAttribute()))
            .mutable(!Boolean.FALSE.equals(attribute.mutable()))
            .required(false);
    if (type == AttributeDataType.STRING) {
      built.stringAttributeConstraints(stringConstraints(name, attribute.stringAttributeConstraints()));
    } else if (type == AttributeDataType.NUMBER) {
      built.numberAttributeConstraints(numberConstraints(name, attribute.numberAttributeConstraints()));
    }
    return built.build();
  }

  private static StringAttributeConstraintsType stringConstraints(
      String name, @Nullable StringAttributeConstraintsType given) {
    if (given == null) {
      return StringAttributeConstraintsType.builder().build();
    }
    Integer min = length(name, "MinLength", given.minLength());
    Integer max = length(name, "MaxLength", given.maxLength());
    if (min != null && max != null && max < min) {
      throw CognitoErrors.maxLengthBelowMinLength(name);
    }
    return given;
  }

  private static @Nullable Integer length(String name, String constraint, @Nullable String value) {
    if (value == null) {
      return null;
    }
    int length;
    try {
      length = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw CognitoErrors.invalidAttributeConstraint(name, constraint, value);
    }
    if (length < 0 || length > MAX_STRING_LENGTH) {
      throw CognitoErrors.invalidAttributeConstraint(name, constraint, value);
    }
    return length;
  }

  private static NumberAttributeConstraintsType numberConstraints(
      String name, @Nullable NumberAttributeConstraintsType given) {
    if (given == null) {
      return NumberAttributeConstraintsType.builder().build();
    }
    BigDecimal min = number(name, "MinValue", given.minValue());
    BigDecimal max = number(name, "MaxValue", given.maxValue());
    if (min != null && max != null && max.compareTo(min) < 0) {
      throw CognitoErrors.maxValueBelowMinValue(name);
    }
    return given;
  }

  private static @Nullable BigDecimal number(String name, String constraint, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw CognitoErrors.invalidAttributeConstraint(name, constraint, value);
    }
  }

  private static Set<String> adjustable() {
    Set<String> names = new HashSet<>();
    STANDARD.forEach(a -> names.add(a.name()));
    names.remove("email_verified");
    names.remove("phone_number_verified");
    return Set.copyOf(names);
  }

  private static List<SchemaAttributeType> standard() {
    List<SchemaAttributeType> list = new ArrayList<>();
    list.add(string("sub", false, true, "1", "2048"));
    for (String name : new String[] {"name", "given_name", "family_name", "middle_name", "nickname",
        "preferred_username", "profile", "picture", "website", "email"}) {
      list.add(string(name, true, false, "0", "2048"));
    }
    list.add(bool("email_verified"));
    list.add(string("gender", true, false, "0", "2048"));
    list.add(string("birthdate", true, false, "10", "10"));
    list.add(string("zoneinfo", true, false, "0", "2048"));
    list.add(string("locale", true, false, "0", "2048"));
    list.add(string("phone_number", true, false, "0", "2048"));
    list.add(bool("phone_number_verified"));
    list.add(string("address", true, false, "0", "2048"));
    list.add(SchemaAttributeType.builder().name("updated_at").attributeDataType(AttributeDataType.NUMBER)
        .developerOnlyAttribute(false).mutable(true).required(false)
        .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").build())
        .build());
    list.add(string("identities", true, false, "0", "2048"));
    return List.copyOf(list);
  }

  private static SchemaAttributeType string(String name, boolean mutable, boolean required, String min, String max) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.STRING)
        .developerOnlyAttribute(false).mutable(mutable).required(required)
        .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength(min).maxLength(max).build())
        .build();
  }

  private static SchemaAttributeType bool(String name) {
    return SchemaAttributeType.builder().name(name).attributeDataType(AttributeDataType.BOOLEAN)
        .developerOnlyAttribute(false).mutable(true).required(false).build();
  }
}
