package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;

/**
 * The clients' {@code serviceClientConfiguration()}. It lives apart from the facade because the
 * configuration class and its supertypes do not exist in older SDKs: a facade method returning it
 * would need a bridge method whose verification loads them.
 */
final class ServiceConfigurations {

  private ServiceConfigurations() {}

  /** Returns an empty configuration; the fake has no endpoint, region provider or credentials. */
  static Object of(Class<?> type) {
    return type.cast(CognitoIdentityProviderServiceClientConfiguration.builder().build());
  }
}
