package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.FakeCognito;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

class GroupsTest {

  private static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/admin";
  private static final String READER_ROLE = "arn:aws:iam::123456789012:role/reader";
  private static final String GROUP_NOT_FOUND = "Group not found.";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String clientId = client(cognito, poolId).clientId();

  /* ---- CreateGroup ---- */

  @Test
  void creates_a_group_with_its_settings() {
    GroupType group = cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").description("Admins")
        .roleArn(ADMIN_ROLE).precedence(1)).group();

    assertThat(group.groupName()).isEqualTo("admins");
    assertThat(group.userPoolId()).isEqualTo(poolId);
    assertThat(group.description()).isEqualTo("Admins");
    assertThat(group.roleArn()).isEqualTo(ADMIN_ROLE);
    assertThat(group.precedence()).isEqualTo(1);
    assertThat(group.creationDate()).isEqualTo(fake.clock().instant());
    assertThat(group.lastModifiedDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void creates_a_group_with_only_a_name() {
    GroupType group = cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers")).group();

    assertThat(group.description()).isNull();
    assertThat(group.roleArn()).isNull();
    assertThat(group.precedence()).isNull();
  }

  @Test
  void existing_name_throws_GroupExistsException() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));

    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")),
        GroupExistsException.class, "A group with the name admins already exists.");
  }

  @Test
  void negative_precedence_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(-1)),
        InvalidParameterException.class, "1 validation error detected: Value '-1' at 'precedence' failed to "
            + "satisfy constraint: Member must have value greater than or equal to 0");
  }

  @Test
  void malformed_role_arn_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")
            .roleArn("not-an-arn-but-long-enough")),
        InvalidParameterException.class, "1 validation error detected: Value 'not-an-arn-but-long-enough' at "
            + "'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
  }

  @Test
  void group_name_with_spaces_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("two words")),
        InvalidParameterException.class, "1 validation error detected: Value 'two words' at 'groupName' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  }

  @Test
  void missing_group_name_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void group_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createGroup(r -> r.userPoolId("us-east-1_nothere").groupName("admins")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  /* ---- GetGroup ---- */

  @Test
  void gets_a_group() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(3));

    GroupType group = cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")).group();

    assertThat(group.groupName()).isEqualTo("admins");
    assertThat(group.precedence()).isEqualTo(3);
  }

  @Test
  void getting_an_unknown_group_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("nobody")),
        ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  /* ---- UpdateGroup ---- */

  @Test
  void updates_a_group() {
    Instant created = fake.clock().instant();
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(1));
    fake.clock().advance(Duration.ofMinutes(1));

    GroupType group = cognito.updateGroup(r -> r.userPoolId(poolId).groupName("admins").description("New")
        .roleArn(ADMIN_ROLE).precedence(5)).group();

    assertThat(group.description()).isEqualTo("New");
    assertThat(group.roleArn()).isEqualTo(ADMIN_ROLE);
    assertThat(group.precedence()).isEqualTo(5);
    assertThat(group.creationDate()).isEqualTo(created);
    assertThat(group.lastModifiedDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void settings_left_out_of_an_update_return_to_their_defaults() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").description("Admins").roleArn(ADMIN_ROLE)
        .precedence(1));

    cognito.updateGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(2));

    GroupType group = cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")).group();
    assertThat(group.precedence()).isEqualTo(2);
    assertThat(group.description()).isNull();
    assertThat(group.roleArn()).isNull();
  }

  @Test
  void updating_an_unknown_group_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.updateGroup(r -> r.userPoolId(poolId).groupName("nobody").precedence(1)),
        ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  /* ---- DeleteGroup ---- */

  @Test
  void deleting_a_group_keeps_its_members_as_users() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("admins"));

    assertCognitoError(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("admins")),
        ResourceNotFoundException.class, GROUP_NOT_FOUND);
    assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("alice")).groups()).isEmpty();
    assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).username()).isEqualTo("alice");
  }

  @Test
  void group_created_again_after_deletion_has_no_members() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));
    cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("admins"));

    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));

    assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")).users()).isEmpty();
  }

  @Test
  void deleting_an_unknown_group_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("nobody")),
        ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  /* ---- ListGroups ---- */

  @Test
  void lists_groups_in_creation_order_page_by_page() {
    for (String name : List.of("c", "a", "b")) {
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(name));
    }

    ListGroupsResponse first = cognito.listGroups(r -> r.userPoolId(poolId).limit(2));
    ListGroupsResponse second = cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(first.nextToken()));

    assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("c", "a");
    assertThat(second.groups()).extracting(GroupType::groupName).containsExactly("b");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void list_groups_paginator_sees_every_group() {
    for (int i = 0; i < 7; i++) {
      String name = "group-" + i;
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(name));
    }

    List<String> names = cognito.listGroupsPaginator(r -> r.userPoolId(poolId).limit(3)).groups().stream()
        .map(GroupType::groupName).toList();

    assertThat(names).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void groups_of_other_pools_are_not_listed() {
    String otherPool = pool(cognito);
    cognito.createGroup(r -> r.userPoolId(otherPool).groupName("elsewhere"));

    assertThat(cognito.listGroups(r -> r.userPoolId(poolId)).groups()).isEmpty();
  }

  @Test
  void limit_over_60_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listGroups(r -> r.userPoolId(poolId).limit(61)), InvalidParameterException.class,
        "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
  }

  @Test
  void foreign_next_token_throws_InvalidParameterException() {
    assertInvalidPaginationToken(() -> cognito.listGroups(r -> r.userPoolId(poolId).nextToken("bogus")), "bogus");
  }

  /* ---- AdminAddUserToGroup and AdminRemoveUserFromGroup ---- */

  @Test
  void adds_a_user_to_a_group_once() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");

    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")).users())
        .extracting(UserType::username).containsExactly("alice");
  }

  @Test
  void adding_an_unknown_user_throws_UserNotFoundException() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));

    assertCognitoError(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins")
        .username("nobody")), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void adding_to_an_unknown_group_throws_ResourceNotFoundException() {
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("nobody")
        .username("alice")), ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  @Test
  void adding_without_username_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins")),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void removes_a_user_from_a_group() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")).users()).isEmpty();
  }

  @Test
  void removing_a_user_who_is_not_a_member_changes_nothing() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");

    cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    assertThat(cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("alice")).groups()).isEmpty();
  }

  @Test
  void removing_an_unknown_user_throws_UserNotFoundException() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));

    assertCognitoError(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("admins")
        .username("nobody")), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void removing_from_an_unknown_group_throws_ResourceNotFoundException() {
    confirmedUser(cognito, poolId, "alice");

    assertCognitoError(() -> cognito.adminRemoveUserFromGroup(r -> r.userPoolId(poolId).groupName("nobody")
        .username("alice")), ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  /* ---- AdminListGroupsForUser ---- */

  @Test
  void lists_the_groups_of_a_user_by_precedence() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("none"));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("second").precedence(2));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("first").precedence(1));
    confirmedUser(cognito, poolId, "alice");
    for (String group : List.of("none", "second", "first")) {
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName(group).username("alice"));
    }

    List<GroupType> groups = cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("alice")).groups();

    assertThat(groups).extracting(GroupType::groupName).containsExactly("first", "second", "none");
  }

  @Test
  void groups_of_a_user_come_page_by_page() {
    confirmedUser(cognito, poolId, "alice");
    for (int i = 0; i < 5; i++) {
      String name = "group-" + i;
      cognito.createGroup(r -> r.userPoolId(poolId).groupName(name).precedence(0));
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName(name).username("alice"));
    }

    List<String> names = cognito.adminListGroupsForUserPaginator(r -> r.userPoolId(poolId).username("alice").limit(2))
        .groups().stream().map(GroupType::groupName).toList();

    assertThat(names).containsExactly("group-0", "group-1", "group-2", "group-3", "group-4");
  }

  @Test
  void groups_of_an_unknown_user_throw_UserNotFoundException() {
    assertCognitoError(() -> cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- ListUsersInGroup ---- */

  @Test
  void lists_the_members_of_a_group_page_by_page() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    for (String user : List.of("alice", "bob", "carol")) {
      confirmedUser(cognito, poolId, user);
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username(user));
    }
    confirmedUser(cognito, poolId, "dave");

    List<String> members = cognito.listUsersInGroupPaginator(r -> r.userPoolId(poolId).groupName("admins").limit(2))
        .users().stream().map(UserType::username).toList();

    assertThat(members).containsExactly("alice", "bob", "carol");
  }

  @Test
  void deleted_users_leave_their_groups() {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");
    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));

    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("admins")).users()).isEmpty();
  }

  @Test
  void members_of_an_unknown_group_throw_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("nobody")),
        ResourceNotFoundException.class, GROUP_NOT_FOUND);
  }

  /* ---- Group claims in tokens ---- */

  @Test
  void both_tokens_list_the_groups_by_precedence() throws ParseException {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers").precedence(5));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").precedence(1));
    confirmedUser(cognito, poolId, "alice");
    addTo("alice", "readers", "admins");

    AuthenticationResultType tokens = signIn("alice");

    assertThat(claims(tokens.idToken()).getStringListClaim("cognito:groups")).containsExactly("admins", "readers");
    assertThat(claims(tokens.accessToken()).getStringListClaim("cognito:groups")).containsExactly("admins", "readers");
  }

  @Test
  void user_without_groups_has_no_group_claims() throws ParseException {
    confirmedUser(cognito, poolId, "alice");

    AuthenticationResultType tokens = signIn("alice");

    assertThat(claims(tokens.idToken()).getClaims()).doesNotContainKeys("cognito:groups", "cognito:roles",
        "cognito:preferred_role");
    assertThat(claims(tokens.accessToken()).getClaims()).doesNotContainKey("cognito:groups");
  }

  @Test
  void id_token_carries_the_roles_and_the_role_of_the_lowest_precedence() throws ParseException {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers").roleArn(READER_ROLE).precedence(5));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").roleArn(ADMIN_ROLE).precedence(1));
    confirmedUser(cognito, poolId, "alice");
    addTo("alice", "readers", "admins");

    AuthenticationResultType tokens = signIn("alice");

    JWTClaimsSet id = claims(tokens.idToken());
    assertThat(id.getStringListClaim("cognito:roles")).containsExactly(ADMIN_ROLE, READER_ROLE);
    assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
    assertThat(claims(tokens.accessToken()).getClaims()).doesNotContainKeys("cognito:roles", "cognito:preferred_role");
  }

  @Test
  void equal_precedence_with_different_roles_gives_no_preferred_role() throws ParseException {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers").roleArn(READER_ROLE).precedence(1));
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins").roleArn(ADMIN_ROLE).precedence(1));
    confirmedUser(cognito, poolId, "alice");
    addTo("alice", "readers", "admins");

    JWTClaimsSet id = claims(signIn("alice").idToken());

    assertThat(id.getStringListClaim("cognito:roles")).containsExactlyInAnyOrder(ADMIN_ROLE, READER_ROLE);
    assertThat(id.getClaims()).doesNotContainKey("cognito:preferred_role");
  }

  @Test
  void refreshed_tokens_show_group_changes() throws ParseException {
    cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = signIn("alice").refreshToken();

    cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName("admins").username("alice"));
    cognito.updateGroup(r -> r.userPoolId(poolId).groupName("admins").roleArn(ADMIN_ROLE));

    AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
        .authenticationResult();
    JWTClaimsSet id = claims(refreshed.idToken());
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins");
    assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
  }

  /* ---- Helpers ---- */

  private void addTo(String username, String... groups) {
    for (String group : groups) {
      cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).groupName(group).username(username));
    }
  }

  private AuthenticationResultType signIn(String username) {
    return Fixtures.signIn(cognito, clientId, username, PASSWORD);
  }

  private static JWTClaimsSet claims(String token) throws ParseException {
    return SignedJWT.parse(token).getJWTClaimsSet();
  }
}
