package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.testing.Parallel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

class DirectoryConcurrencyTest {

  private static final int THREADS = 8;
  private static final int USERS_PER_THREAD = 40;

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  @Test
  void parallel_creates_updates_deletes_and_group_changes_lose_and_duplicate_no_user() throws Exception {
    String poolId = Fixtures.pool(cognito);
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("everyone"));

    Parallel.run(THREADS, thread -> () -> {
      String group = "team-" + thread;
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(group));
      for (int i = 0; i < USERS_PER_THREAD; i++) {
        String username = "user-" + thread + "-" + i;
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
        cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username(username)
            .userAttributes(attribute("name", username)));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("everyone").username(username));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName(group).username(username));
        if (i % 4 == 0) {
          cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(username));
        }
      }
      return null;
    });

    int expected = THREADS * (USERS_PER_THREAD - USERS_PER_THREAD / 4);
    List<UserType> users = cognito.listUsersPaginator(r -> r.userPoolId(poolId)).users().stream().toList();
    assertThat(users).hasSize(expected);
    assertThat(users).extracting(UserType::username).doesNotHaveDuplicates();
    assertThat(users).allSatisfy(user -> assertThat(user.attributes())
        .anySatisfy(a -> assertThat(a.value()).isEqualTo(user.username())));
    assertThat(cognito.listUsersInGroupPaginator(r -> r.userPoolId(poolId).groupName("everyone")).users())
        .hasSize(expected);
    assertThat(cognito.listGroupsPaginator(r -> r.userPoolId(poolId)).groups()).hasSize(THREADS + 1);
  }

  @Test
  void racing_claims_of_one_verified_email_leave_exactly_one_owner() throws Exception {
    String poolId = Fixtures.pool(cognito, r -> r.aliasAttributes(AliasAttributeType.EMAIL));
    for (int thread = 0; thread < THREADS; thread++) {
      confirmedUser(cognito, poolId, "user-" + thread);
    }
    AtomicInteger refused = new AtomicInteger();

    Parallel.run(THREADS, thread -> () -> {
      try {
        cognito.adminUpdateUserAttributes(r -> r.userPoolId(poolId).username("user-" + thread)
            .userAttributes(attribute("email", "shared@example.com"), attribute("email_verified", "true")));
      } catch (AliasExistsException e) {
        refused.incrementAndGet();
      }
      return null;
    });

    assertThat(refused).hasValue(THREADS - 1);
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId).filter("email = \"shared@example.com\"")).users())
        .hasSize(1);
  }

  @Test
  void racing_creations_of_one_group_create_it_once() throws Exception {
    String poolId = Fixtures.pool(cognito);
    AtomicInteger refused = new AtomicInteger();

    Parallel.run(THREADS, thread -> () -> {
      try {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(thread));
      } catch (GroupExistsException e) {
        refused.incrementAndGet();
      }
      return null;
    });

    assertThat(refused).hasValue(THREADS - 1);
    assertThat(cognito.listGroups(r -> r.userPoolId(poolId)).groups()).extracting(GroupType::groupName)
        .containsExactly("admins");
  }

  @Test
  void group_deleted_while_users_join_it_leaves_no_member_behind() throws Exception {
    String poolId = Fixtures.pool(cognito);
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    for (int thread = 0; thread < THREADS; thread++) {
      confirmedUser(cognito, poolId, "user-" + thread);
    }

    Parallel.run(THREADS, thread -> () -> {
      if (thread == 0) {
        cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("admins"));
      } else {
        try {
          cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("user-" + thread));
        } catch (ResourceNotFoundException e) {
          // The group was already gone: that is the other possible order.
        }
      }
      return null;
    });

    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")).users()).isEmpty();
    for (int thread = 0; thread < THREADS; thread++) {
      String username = "user-" + thread;
      assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username(username)).groups()).isEmpty();
    }
  }
}
