package dev.fakecognito.internal.users;

import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.StandardSchema;
import dev.fakecognito.internal.pools.UserPool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/** Checks user attributes against the pool's schema with Cognito's messages. */
public final class Attributes {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");
  private static final String SCHEMA_ERROR = "Attributes did not conform to the schema: ";
  private static final List<String> VERIFIED_FLAGS = List.of("email_verified", "phone_number_verified");

  private Attributes() {}

  /**
   * Checks attributes a caller wants to set and returns them by name.
   *
   * @param writable the app client's WriteAttributes, or {@code null} for admin calls
   * @param requireRequired whether attributes the schema marks required must be present
   */
  public static Map<String, String> check(
      UserPool pool, List<AttributeType> given, @Nullable List<String> writable, boolean requireRequired) {
    Map<String, SchemaAttributeType> schema = new LinkedHashMap<>();
    pool.config().schemaAttributes().forEach(a -> schema.put(a.name(), a));
    Map<String, String> values = new LinkedHashMap<>();
    for (AttributeType attribute : given) {
      String name = attribute.name();
      if (name == null) {
        throw CognitoErrors.notNull("userAttributes.member.name");
      }
      SchemaAttributeType type = schema.get(name);
      if (type == null) {
        throw CognitoErrors.invalidParameter(SCHEMA_ERROR + name + ": Attribute does not exist in the schema.\n");
      }
      if (name.equals("sub")) {
        throw CognitoErrors.invalidParameter(SCHEMA_ERROR + "sub: Attribute cannot be updated.\n");
      }
      if (writable != null && !writable.isEmpty() && !writable.contains(name)) {
        throw CognitoErrors.notAuthorized("A client attempted to write unauthorized attribute");
      }
      // Without WriteAttributes a client may write every attribute except the verified flags,
      // which only a code or an administrator sets (aws/aws-sdk-js#3603: SignUp with email_verified).
      if (writable != null && VERIFIED_FLAGS.contains(name) && !writable.contains(name)) {
        throw CognitoErrors.notAuthorized("A client attempted to write unauthorized attribute");
      }
      String value = attribute.value() == null ? "" : attribute.value();
      checkValue(name, value, type);
      values.put(name, value);
    }
    if (requireRequired) {
      for (SchemaAttributeType type : schema.values()) {
        if (Boolean.TRUE.equals(type.required()) && !type.name().equals("sub") && !values.containsKey(type.name())) {
          throw requiredMissing(type.name());
        }
      }
    }
    return values;
  }

  /**
   * The error for a required attribute that is missing. Cognito names the attribute once, before
   * the colon ("email: The attribute is required"), as quoted in many client error handlers.
   */
  public static InvalidParameterException requiredMissing(String name) {
    return CognitoErrors.invalidParameter(SCHEMA_ERROR + name + ": The attribute is required\n");
  }

  private static void checkValue(String name, String value, SchemaAttributeType type) {
    if (name.equals("email") && !EMAIL.matcher(value).matches()) {
      throw CognitoErrors.invalidParameter("Invalid email address format.");
    }
    if (name.equals("phone_number") && !PHONE.matcher(value).matches()) {
      throw CognitoErrors.invalidParameter("Invalid phone number format.");
    }
    // Cognito reads boolean values in any case ("True" as "true") and keeps them as given.
    if (type.attributeDataType() == AttributeDataType.BOOLEAN
        && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw CognitoErrors.invalidParameter(SCHEMA_ERROR + name + ": Value must be true or false.\n");
    }
    if (type.attributeDataType() == AttributeDataType.NUMBER && !value.matches("-?\\d+(\\.\\d+)?")) {
      throw CognitoErrors.invalidParameter(SCHEMA_ERROR + name + ": Number must be a valid number.\n");
    }
    Integer max = type.stringAttributeConstraints() == null ? null
        : StandardSchema.lengthOrNull(type.stringAttributeConstraints().maxLength());
    if (max != null && value.length() > max) {
      throw CognitoErrors.invalidParameter(
          SCHEMA_ERROR + name + ": String must be no longer than " + max + " characters\n");
    }
  }
}
