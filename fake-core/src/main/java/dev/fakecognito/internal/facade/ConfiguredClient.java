package dev.fakecognito.internal.facade;

import dev.fakecognito.internal.Backend;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;

/**
 * The facade with {@code serviceClientConfiguration()}, for SDKs that have it. It is a class of its
 * own because the override needs a bridge method whose verification loads the configuration class,
 * which older SDKs lack; {@link FakeCognitoIdentityProviderClient#create} picks it only where it
 * exists.
 */
final class ConfiguredClient extends FakeCognitoIdentityProviderClient {

  ConfiguredClient(Backend backend) {
    super(backend);
  }

  /** An empty configuration: the fake has no endpoint, region provider or credentials. */
  @Override
  public CognitoIdentityProviderServiceClientConfiguration serviceClientConfiguration() {
    return (CognitoIdentityProviderServiceClientConfiguration) ServiceConfigurations.of(
        CognitoIdentityProviderServiceClientConfiguration.class);
  }
}
