package dev.fakecognito.internal.limits;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitDefinitionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitResponse;

/**
 * GetProvisionedLimit and UpdateProvisionedLimit, over {@link RequestRates}.
 *
 * <p>A limit is named by class {@code API_CATEGORY} and the attribute {@code Category}; only
 * adjustable categories can be provisioned, to no less than their default rate
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#provisioned-quotas). The
 * fake has no Service Quotas account-level maximum, so any higher rate is accepted.
 */
public final class ProvisionedLimitOperations {

  private static final String API_CATEGORY = "API_CATEGORY";
  private static final String CATEGORY = "Category";

  private final Backend backend;

  public ProvisionedLimitOperations(Backend backend) {
    this.backend = backend;
  }

  public GetProvisionedLimitResponse getProvisionedLimit(GetProvisionedLimitRequest request) {
    RequestRates.Category category = category(request.limitDefinition());
    return GetProvisionedLimitResponse.builder().limit(limit(category)).build();
  }

  public UpdateProvisionedLimitResponse updateProvisionedLimit(UpdateProvisionedLimitRequest request) {
    RequestRates.Category category = category(request.limitDefinition());
    Integer value = request.requestedLimitValue();
    if (value == null) {
      throw CognitoErrors.notNull("requestedLimitValue");
    }
    if (!category.adjustable()) {
      throw CognitoErrors.limitNotAdjustable(category.apiName());
    }
    if (value < category.freeLimit()) {
      throw CognitoErrors.limitBelowDefault(category.apiName(), category.freeLimit());
    }
    backend.rates().provision(category, value);
    return UpdateProvisionedLimitResponse.builder().limit(limit(category)).build();
  }

  private LimitType limit(RequestRates.Category category) {
    return LimitType.builder()
        .limitDefinition(LimitDefinitionType.builder().limitClass(API_CATEGORY)
            .attributes(Map.of(CATEGORY, category.apiName())).build())
        .provisionedLimitValue(backend.rates().limit(category))
        .freeLimitValue(category.freeLimit())
        .build();
  }

  private static RequestRates.Category category(@Nullable LimitDefinitionType definition) {
    if (definition == null) {
      throw CognitoErrors.notNull("limitDefinition");
    }
    String limitClass = definition.limitClassAsString();
    if (limitClass == null) {
      throw CognitoErrors.notNull("limitDefinition.limitClass");
    }
    if (!limitClass.equals(API_CATEGORY)) {
      throw CognitoErrors.constraint("limitDefinition.limitClass", limitClass,
          "Member must satisfy enum value set: [API_CATEGORY]");
    }
    if (!definition.hasAttributes()) {
      throw CognitoErrors.notNull("limitDefinition.attributes");
    }
    String name = definition.attributes().get(CATEGORY);
    RequestRates.Category category = name == null ? null : RequestRates.Category.named(name);
    if (category == null) {
      throw CognitoErrors.unknownLimitCategory(name);
    }
    return category;
  }
}
