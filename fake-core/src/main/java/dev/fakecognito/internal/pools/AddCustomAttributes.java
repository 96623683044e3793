package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/**
 * AddCustomAttributes: appends custom attributes to a pool's schema. Attributes are only ever
 * added; none can be changed or removed afterwards
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AddCustomAttributes.html).
 *
 * <p>The request gives bare names; the schema stores them as {@code custom:name}. They are readable
 * and writable at once by every operation that takes user attributes, because those check values
 * against the pool's current schema.
 */
public final class AddCustomAttributes {

  private final Backend backend;

  public AddCustomAttributes(Backend backend) {
    this.backend = backend;
  }

  /**
   * Adds the request's attributes to the pool's schema.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a missing, empty or oversized list, an invalid attribute, a name the pool has already,
   *     or more than 50 custom attributes in all
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool does not exist
   */
  public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest request) {
    List<SchemaAttributeType> requested = request.hasCustomAttributes() ? request.customAttributes() : null;
    // The request's shape is checked before the pool is looked up, as Cognito's model validation is.
    StandardSchema.checkAddRequest(requested);
    UserPool pool = backend.pool(request.userPoolId());
    // Under the pool's lock, so a concurrent UpdateUserPool or AddCustomAttributes loses nothing.
    pool.lock().lock();
    try {
      List<SchemaAttributeType> schema = StandardSchema.addCustom(pool.config().schemaAttributes(), requested);
      pool.config(pool.config().toBuilder()
          .schemaAttributes(schema)
          .lastModifiedDate(backend.clock().instant())
          .build());
    } finally {
      pool.lock().unlock();
    }
    return AddCustomAttributesResponse.builder().build();
  }
}
