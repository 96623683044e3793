package dev.fakecognito.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.TestClockAccess;
import dev.fakecognito.internal.facade.FakeCognitoIdentityProviderClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

class StateSnapshotTest {

  private final Backend backend = new Backend("us-east-1", TestClockAccess.fixedAt(Instant.parse("2026-01-01T00:00:00Z")));
  private final FakeCognitoIdentityProviderClient cognito = new FakeCognitoIdentityProviderClient(backend);

  @Test
  void snapshots_of_an_unchanged_fake_are_equal() {
    String poolId = poolWithUser();

    assertThat(backend.snapshot()).isEqualTo(backend.snapshot());
    assertThat(backend.snapshot().pools().get(poolId).users()).containsKey("alice");
  }

  @Test
  void a_new_password_changes_the_snapshot() {
    String poolId = poolWithUser();
    StateSnapshot before = backend.snapshot();

    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("N3w-Passw0rd!").permanent(true));

    StateSnapshot after = backend.snapshot();
    assertThat(after).isNotEqualTo(before);
    assertThat(after.pools().get(poolId).users().get("alice").password())
        .isNotEqualTo(before.pools().get(poolId).users().get("alice").password());
  }

  @Test
  void group_membership_and_disabling_change_the_snapshot() {
    String poolId = poolWithUser();
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    StateSnapshot before = backend.snapshot();

    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username("alice").groupName("admins"));
    StateSnapshot joined = backend.snapshot();
    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(joined.pools().get(poolId).users().get("alice").groups()).containsExactly("admins");
    assertThat(joined).isNotEqualTo(before);
    assertThat(backend.snapshot().pools().get(poolId).users().get("alice").enabled()).isFalse();
  }

  @Test
  void auth_events_are_left_out() {
    String poolId = poolWithUser();
    String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();
    StateSnapshot before = backend.snapshot();

    try {
      cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
          .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Wrong-Passw0rd!")));
    } catch (RuntimeException expected) {
      // A wrong password records a failed auth event, which the snapshot does not hold.
    }

    assertThat(backend.snapshot()).isEqualTo(before);
  }

  private String poolWithUser() {
    String poolId = cognito.createUserPool(r -> r.poolName("p")).userPool().id();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("alice").messageAction("SUPPRESS"));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("alice").password("Passw0rd!").permanent(true));
    return poolId;
  }
}
