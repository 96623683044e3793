package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;

/** The asynchronous client with {@code serviceClientConfiguration()}, as {@link ConfiguredClient}. */
final class ConfiguredAsyncClient extends AsyncClient {

  ConfiguredAsyncClient(FakeCognitoIdentityProviderClient facade) {
    super(facade);
  }

  @Override
  public CognitoIdentityProviderServiceClientConfiguration serviceClientConfiguration() {
    return (CognitoIdentityProviderServiceClientConfiguration) ServiceConfigurations.of(
        CognitoIdentityProviderServiceClientConfiguration.class);
  }
}
