package dev.fakecognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

class FakeCognitoLifecycleTest {

  @Test
  void two_fakes_never_share_state() {
    FakeCognito first = FakeCognito.create();
    FakeCognito second = FakeCognito.create();

    first.client().createUserPool(r -> r.poolName("one"));

    assertThat(second.client().listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();
  }

  @Test
  void closing_drops_the_state_and_refuses_new_clients() {
    FakeCognito fake = FakeCognito.create();
    CognitoIdentityProviderClient cognito = fake.client();
    cognito.createUserPool(r -> r.poolName("one"));

    fake.close();

    assertThat(fake.isClosed()).isTrue();
    assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();
    assertThatThrownBy(fake::client).isInstanceOf(IllegalStateException.class)
        .hasMessage("this FakeCognito is closed");
    assertThatThrownBy(fake::asyncClient).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void region_shows_in_pool_ids_and_issuer() {
    FakeCognito fake = FakeCognito.builder().region("eu-west-1").build();

    String poolId = fake.client().createUserPool(r -> r.poolName("one")).userPool().id();

    assertThat(poolId).matches("eu-west-1_[0-9A-Za-z]{9}");
    assertThat(fake.issuer(poolId)).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/" + poolId);
  }
}
