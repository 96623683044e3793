package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.srp.CognitoSrp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Pagination tokens are cursors: entries added or removed between two pages make the next page
 * neither repeat nor skip an entry that was there all along. The fake's clock stands still
 * throughout, so every entry of a kind has the same creation time.
 */
class PaginationTest {

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  /* ---- ListUsers ---- */

  @Test
  void user_created_before_the_cursor_between_pages_repeats_no_one() {
    users("b", "c", "d", "e");
    ListUsersResponse first = listUsers(2, null);

    confirmedUser(cognito, poolId, "a");
    ListUsersResponse second = listUsers(2, first.paginationToken());

    assertThat(usernames(first.users())).containsExactly("b", "c");
    assertThat(usernames(second.users())).containsExactly("d", "e");
    assertThat(second.paginationToken()).isNull();
  }

  @Test
  void user_deleted_between_pages_skips_no_one() {
    users("a", "b", "c", "d", "e");
    ListUsersResponse first = listUsers(2, null);

    deleteUser("a");
    ListUsersResponse second = listUsers(2, first.paginationToken());

    assertThat(usernames(second.users())).containsExactly("c", "d");
  }

  @Test
  void deleting_the_last_user_served_skips_no_one() {
    users("a", "b", "c", "d");
    ListUsersResponse first = listUsers(2, null);

    deleteUser("b");
    ListUsersResponse second = listUsers(2, first.paginationToken());

    assertThat(usernames(second.users())).containsExactly("c", "d");
  }

  @Test
  void user_created_after_the_cursor_between_pages_is_listed() {
    users("a", "b", "c");
    ListUsersResponse first = listUsers(2, null);

    confirmedUser(cognito, poolId, "bb");
    ListUsersResponse second = listUsers(2, first.paginationToken());

    assertThat(usernames(second.users())).containsExactly("bb", "c");
  }

  @Test
  void last_page_that_ends_on_the_last_user_has_no_token() {
    users("a", "b");

    assertThat(listUsers(2, null).paginationToken()).isNull();
  }

  @Test
  void filtered_pages_follow_the_cursor_too() {
    users("a1", "a2", "a3", "a4", "b1");
    ListUsersResponse first = cognito.listUsers(r -> r.userPoolId(poolId).limit(2).filter("username ^= \"a\""));

    deleteUser("a1");
    ListUsersResponse second = cognito.listUsers(r -> r.userPoolId(poolId).limit(2).filter("username ^= \"a\"")
        .paginationToken(first.paginationToken()));

    assertThat(usernames(first.users())).containsExactly("a1", "a2");
    assertThat(usernames(second.users())).containsExactly("a3", "a4");
    assertThat(second.paginationToken()).isNull();
  }

  @Test
  void walk_during_churn_lists_every_user_that_stayed_exactly_once() {
    Random random = new Random(42);
    List<String> initial = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      initial.add(String.format("user-%03d", i));
    }
    users(initial.toArray(String[]::new));
    Set<String> deleted = new HashSet<>();
    List<String> listed = new ArrayList<>();
    int created = 0;

    String token = null;
    do {
      ListUsersResponse page = listUsers(7, token);
      listed.addAll(usernames(page.users()));
      token = page.paginationToken();
      // Between pages: delete two users, one of them perhaps listed already, and create two.
      for (int i = 0; i < 2; i++) {
        String victim = initial.get(random.nextInt(initial.size()));
        if (deleted.add(victim)) {
          deleteUser(victim);
        }
        confirmedUser(cognito, poolId, String.format("user-%03d-new-%d", random.nextInt(60), created++));
      }
    } while (token != null);

    Set<String> stayed = new TreeSet<>(initial);
    stayed.removeAll(deleted);
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed).containsAll(stayed);
    assertThat(listed).allMatch(name -> name.contains("-new-") || initial.contains(name));
  }

  @Test
  void token_of_another_listing_throws_InvalidParameterException() {
    users("a", "b", "c");
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("g1"));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("g2"));
    String groupsToken = cognito.listGroups(r -> r.userPoolId(poolId).limit(1)).nextToken();

    assertInvalidPaginationToken(() -> listUsers(2, groupsToken), groupsToken);
  }

  /* ---- ListUsersInGroup ---- */

  @Test
  void member_removed_between_pages_of_a_group_skips_no_one() {
    users("a", "b", "c", "d", "e");
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("team"));
    for (String user : List.of("a", "b", "c", "d", "e")) {
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("team").username(user));
    }
    ListUsersInGroupResponse first = cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("team").limit(2));

    cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("team").username("b"));
    ListUsersInGroupResponse second = cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("team")
        .limit(2).nextToken(first.nextToken()));

    assertThat(usernames(first.users())).containsExactly("a", "b");
    assertThat(usernames(second.users())).containsExactly("c", "d");
  }

  /* ---- ListGroups and AdminListGroupsForUser ---- */

  @Test
  void group_deleted_between_pages_skips_no_group_and_new_groups_come_last() {
    for (String name : List.of("c", "a", "b", "d")) {
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(name));
    }
    ListGroupsResponse first = cognito.listGroups(r -> r.userPoolId(poolId).limit(2));

    cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("a"));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("0"));
    ListGroupsResponse second = cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(first.nextToken()));
    ListGroupsResponse third = cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(second.nextToken()));

    assertThat(groupNames(first.groups())).containsExactly("c", "a");
    assertThat(groupNames(second.groups())).containsExactly("b", "d");
    assertThat(groupNames(third.groups())).containsExactly("0");
    assertThat(third.nextToken()).isNull();
  }

  @Test
  void group_left_between_pages_of_a_users_groups_skips_no_group() {
    users("alice");
    for (String name : List.of("g1", "g2", "g3", "g4")) {
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(name).precedence(1));
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName(name).username("alice"));
    }
    AdminListGroupsForUserResponse first = cognito.adminListGroupsForUser(r -> r.userPoolId(poolId)
        .username("alice").limit(2));

    cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("g1").username("alice"));
    AdminListGroupsForUserResponse second = cognito.adminListGroupsForUser(r -> r.userPoolId(poolId)
        .username("alice").limit(2).nextToken(first.nextToken()));

    assertThat(groupNames(first.groups())).containsExactly("g1", "g2");
    assertThat(groupNames(second.groups())).containsExactly("g3", "g4");
    assertThat(second.nextToken()).isNull();
  }

  /* ---- ListUserPools and ListUserPoolClients ---- */

  @Test
  void pool_deleted_between_pages_skips_no_pool() {
    for (int i = 0; i < 4; i++) {
      pool(cognito);
    }
    List<String> all = cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
        .map(UserPoolDescriptionType::id).toList();
    ListUserPoolsResponse first = cognito.listUserPools(r -> r.maxResults(2));

    cognito.deleteUserPool(r -> r.userPoolId(all.get(0)));
    ListUserPoolsResponse second = cognito.listUserPools(r -> r.maxResults(2).nextToken(first.nextToken()));

    assertThat(first.userPools()).extracting(UserPoolDescriptionType::id).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.userPools()).extracting(UserPoolDescriptionType::id).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void client_deleted_between_pages_skips_no_client() {
    for (int i = 0; i < 4; i++) {
      client(cognito, poolId);
    }
    List<String> all = cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients().stream()
        .map(UserPoolClientDescription::clientId).toList();
    ListUserPoolClientsResponse first = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(2));

    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(all.get(1)));
    ListUserPoolClientsResponse second = cognito.listUserPoolClients(r -> r.userPoolId(poolId).maxResults(2)
        .nextToken(first.nextToken()));

    assertThat(second.userPoolClients()).extracting(UserPoolClientDescription::clientId)
        .containsExactlyElementsOf(all.subList(2, 4));
  }

  /* ---- ListDevices and AdminListDevices ---- */

  @Test
  void device_forgotten_between_pages_skips_no_device() {
    String devicePool = pool(cognito, r -> r.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false)
        .deviceOnlyRememberedOnUserPrompt(false)));
    String clientId = client(cognito, devicePool).clientId();
    confirmedUser(cognito, devicePool, "alice");
    CognitoSrp srp = CognitoSrp.builder().client(cognito).userPoolId(devicePool).clientId(clientId)
        .clock(fake.clock()).build();
    List<String> keys = new ArrayList<>();
    String accessToken = null;
    for (int i = 0; i < 4; i++) {
      AuthenticationResultType tokens = signIn(cognito, clientId, "alice", PASSWORD);
      srp.confirmDevice(tokens.accessToken(), tokens.newDeviceMetadata(), null);
      keys.add(tokens.newDeviceMetadata().deviceKey());
      accessToken = tokens.accessToken();
    }
    String token = accessToken;
    ListDevicesResponse first = cognito.listDevices(r -> r.accessToken(token).limit(2));

    cognito.adminForgetDevice(r -> r.userPoolId(devicePool).username("alice").deviceKey(keys.get(0)));
    ListDevicesResponse second = cognito.listDevices(r -> r.accessToken(token).limit(2)
        .paginationToken(first.paginationToken()));

    assertThat(first.devices()).extracting(DeviceType::deviceKey).containsExactlyElementsOf(keys.subList(0, 2));
    assertThat(second.devices()).extracting(DeviceType::deviceKey).containsExactlyElementsOf(keys.subList(2, 4));
    assertThat(second.paginationToken()).isNull();
  }

  /* ---- AdminListUserAuthEvents ---- */

  @Test
  void sign_in_between_pages_of_auth_events_repeats_no_event() {
    String auditPool = pool(cognito, r -> r.userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT)));
    String clientId = client(cognito, auditPool).clientId();
    confirmedUser(cognito, auditPool, "alice");
    for (int i = 0; i < 3; i++) {
      signIn(cognito, clientId, "alice", PASSWORD);
    }
    List<String> newestFirst = cognito.adminListUserAuthEvents(r -> r.userPoolId(auditPool).username("alice"))
        .authEvents().stream().map(AuthEventType::eventId).toList();
    AdminListUserAuthEventsResponse first = cognito.adminListUserAuthEvents(r -> r.userPoolId(auditPool)
        .username("alice").maxResults(2));

    signIn(cognito, clientId, "alice", PASSWORD);
    AdminListUserAuthEventsResponse second = cognito.adminListUserAuthEvents(r -> r.userPoolId(auditPool)
        .username("alice").maxResults(2).nextToken(first.nextToken()));

    assertThat(first.authEvents()).extracting(AuthEventType::eventId).containsExactlyElementsOf(newestFirst.subList(0, 2));
    assertThat(second.authEvents()).extracting(AuthEventType::eventId).containsExactly(newestFirst.get(2));
    assertThat(second.nextToken()).isNull();
  }

  /* ---- Helpers ---- */

  private void users(String... usernames) {
    for (String username : usernames) {
      confirmedUser(cognito, poolId, username);
    }
  }

  private void deleteUser(String username) {
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username(username));
  }

  private ListUsersResponse listUsers(int limit, String token) {
    return cognito.listUsers(r -> r.userPoolId(poolId).limit(limit).paginationToken(token));
  }

  private static List<String> usernames(List<UserType> users) {
    return users.stream().map(UserType::username).toList();
  }

  private static List<String> groupNames(List<GroupType> groups) {
    return groups.stream().map(GroupType::groupName).toList();
  }
}
