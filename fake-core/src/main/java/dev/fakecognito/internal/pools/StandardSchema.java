package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;

/** The standard attributes every pool has, and the merge of a CreateUserPool schema into them. */
public final class StandardSchema {

  private static final Pattern CUSTOM_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final List<SchemaAttributeType> STANDARD = standard();

  private StandardSchema() {}

  /**
   * Returns the pool's schema: the standard attributes with the request's changes to them, then the
   * request's custom attributes under their {@code custom:} names.
   */
  public static List<SchemaAttributeType> merge(List<SchemaAttributeType> requested) {
    Map<String, SchemaAttributeType> schema = new LinkedHashMap<>();
    STANDARD.forEach(a -> schema.put(a.name(), a));
    List<SchemaAttributeType> custom = new ArrayList<>();
    for (SchemaAttributeType attribute : requested) {
      String name = attribute.name();
      if (name == null) {
        throw CognitoErrors.notNull("schema.member.name");
      }
      SchemaAttributeType standard = schema.get(name);
      if (standard != null) {
        if (name.equals("sub")) {
          throw CognitoErrors.invalidParameter("Attribute sub cannot be modified.");
        }
        schema.put(name, standard.toBuilder()
            .required(attribute.required() != null ? attribute.required() : standard.required())
            .mutable(attribute.mutable() != null ? attribute.mutable() : standard.mutable())
            .build());
        continue;
      }
      custom.add(customAttribute(attribute));
    }
    List<SchemaAttributeType> merged = new ArrayList<>(schema.values());
    merged.addAll(custom);
    return merged;
  }

  private static SchemaAttributeType customAttribute(SchemaAttributeType attribute) {
    String bare = attribute.name().startsWith("custom:") ? attribute.name().substring(7) : attribute.name();
    if (bare.length() > 20) {
      throw CognitoErrors.constraint("schema.member.name", bare, "Member must have length less than or equal to 20");
    }
    if (!CUSTOM_NAME.matcher(bare).matches()) {
      throw CognitoErrors.constraint("schema.member.name", bare,
          "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    if (Boolean.TRUE.equals(attribute.required())) {
      throw CognitoErrors.invalidParameter("Required custom attributes are not supported currently.");
    }
    AttributeDataType type =
        attribute.attributeDataType() == null ? AttributeDataType.STRING : attribute.attributeDataType();
    SchemaAttributeType.Builder built =
        SchemaAttributeType.builder()
            .name("custom:" + bare)
            .attributeDataType(type)
            .developerOnlyAttribute(Boolean.TRUE.equals(attribute.developerOnlyAttribute()))
            .mutable(!Boolean.FALSE.equals(attribute.mutable()))
            .required(false);
    if (type == AttributeDataType.STRING) {
      built.stringAttributeConstraints(attribute.stringAttributeConstraints() != null
          ? attribute.stringAttributeConstraints()
          : StringAttributeConstraintsType.builder().build());
    } else if (type == AttributeDataType.NUMBER) {
      built.numberAttributeConstraints(attribute.numberAttributeConstraints() != null
          ? attribute.numberAttributeConstraints()
          : NumberAttributeConstraintsType.builder().build());
    }
    return built.build();
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
