package dev.fakecognito.internal.groups;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserOperations;
import dev.fakecognito.internal.util.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * Groups: CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups, AdminAddUserToGroup,
 * AdminRemoveUserFromGroup, AdminListGroupsForUser and ListUsersInGroup.
 *
 * <p>Membership is kept on the users, so deleting a user leaves no trace in its groups; group
 * definitions live in their pool ({@link UserPool#groups()}). Both are guarded by the pool's lock.
 * Membership feeds {@code cognito:groups}, {@code cognito:roles} and {@code
 * cognito:preferred_role} in the tokens issued afterwards
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html).
 */
public final class GroupOperations {

  private static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
  private static final String ROLE_ARN_RULE =
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
  private static final Pattern ROLE_ARN = Pattern.compile(ROLE_ARN_RULE);
  private static final int MAX_LIMIT = 60;

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public GroupOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * CreateGroup.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException if
   *     the pool has a group of that name
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     a member breaks the API model's constraints
   */
  public CreateGroupResponse createGroup(CreateGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = groupName(request.groupName());
    checkSettings(request.description(), request.roleArn(), request.precedence());
    pool.lock().lock();
    try {
      Map<String, Group> groups = groups(pool);
      if (groups.containsKey(name)) {
        throw CognitoErrors.groupExists(name);
      }
      Group group = new Group(name, request.description(), request.roleArn(), request.precedence(),
          backend.clock().instant(), pool.nextSequence());
      groups.put(name, group);
      return CreateGroupResponse.builder().group(group.toType(pool.id())).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * GetGroup.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public GetGroupResponse getGroup(GetGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = groupName(request.groupName());
    pool.lock().lock();
    try {
      return GetGroupResponse.builder().group(existing(pool, name).toType(pool.id())).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * UpdateGroup. Settings left out of the request return to their defaults, as the UpdateGroup API
   * reference used to state ("If you don't provide a value for an attribute, it will be set to the
   * default value"). Members' next tokens carry the new roles.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public UpdateGroupResponse updateGroup(UpdateGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = groupName(request.groupName());
    checkSettings(request.description(), request.roleArn(), request.precedence());
    pool.lock().lock();
    try {
      Group group = existing(pool, name);
      group.update(request.description(), request.roleArn(), request.precedence(), backend.clock().instant());
      return UpdateGroupResponse.builder().group(group.toType(pool.id())).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * DeleteGroup: the members stay, without the group.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public DeleteGroupResponse deleteGroup(DeleteGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = groupName(request.groupName());
    pool.lock().lock();
    try {
      Group group = existing(pool, name);
      groups(pool).remove(name);
      for (User user : pool.users()) {
        user.groups().remove(name, group);
      }
      return DeleteGroupResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /** ListGroups: the pool's groups in creation order, paged with a cursor ({@link Paging}). */
  public ListGroupsResponse listGroups(ListGroupsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int limit = limit(request.limit());
    Paging<Group> page;
    List<GroupType> groups;
    pool.lock().lock();
    try {
      page = Paging.page("ListGroups", groups(pool).values(), g -> Paging.key(g.sequence()), request.nextToken(),
          limit);
      groups = page.items().stream().map(g -> g.toType(pool.id())).toList();
    } finally {
      pool.lock().unlock();
    }
    return ListGroupsResponse.builder().groups(groups).nextToken(page.nextToken()).build();
  }

  /**
   * AdminAddUserToGroup; adding a member again changes nothing.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = require(request.username(), "username");
    String name = groupName(request.groupName());
    pool.lock().lock();
    try {
      User user = user(pool, username);
      Group group = existing(pool, name);
      user.groups().putIfAbsent(name, group);
      return AdminAddUserToGroupResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminRemoveUserFromGroup; removing a user who is not a member changes nothing.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = require(request.username(), "username");
    String name = groupName(request.groupName());
    pool.lock().lock();
    try {
      User user = user(pool, username);
      existing(pool, name);
      user.groups().remove(name);
      return AdminRemoveUserFromGroupResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminListGroupsForUser: the user's groups by precedence, lowest first and groups without one
   * last, then in creation order, paged with a cursor ({@link Paging}). Tokens order groups of equal
   * precedence by when the user joined them instead; neither order is documented.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = require(request.username(), "username");
    int limit = limit(request.limit());
    Paging<Group> page;
    List<GroupType> groups;
    pool.lock().lock();
    try {
      page = Paging.page("AdminListGroupsForUser", user(pool, username).groups().values(),
          GroupOperations::precedenceKey, request.nextToken(), limit);
      groups = page.items().stream().map(g -> g.toType(pool.id())).toList();
    } finally {
      pool.lock().unlock();
    }
    return AdminListGroupsForUserResponse.builder().groups(groups).nextToken(page.nextToken()).build();
  }

  /**
   * ListUsersInGroup: the members, oldest user first and then by username, paged with a cursor
   * ({@link Paging}) as ListUsers is.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if there is no such group
   */
  public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String name = groupName(request.groupName());
    int limit = limit(request.limit());
    Paging<User> page;
    List<UserType> members;
    pool.lock().lock();
    try {
      Group group = existing(pool, name);
      List<User> users = new ArrayList<>();
      for (User user : pool.users()) {
        if (user.groups().get(name) == group) {
          users.add(user);
        }
      }
      page = Paging.page("ListUsersInGroup", users, User::listingKey, request.nextToken(), limit);
      members = page.items().stream().map(UserOperations::userType).toList();
    } finally {
      pool.lock().unlock();
    }
    return ListUsersInGroupResponse.builder().users(members).nextToken(page.nextToken()).build();
  }

  /* ---- Shared rules ---- */

  /** Precedence, lowest first and none last, then creation order. */
  private static String precedenceKey(Group group) {
    Integer precedence = group.precedence();
    return Paging.key(precedence == null ? Long.MAX_VALUE : precedence) + Paging.key(group.sequence());
  }

  private Map<String, Group> groups(UserPool pool) {
    return pool.groups();
  }

  private Group existing(UserPool pool, String name) {
    Group group = groups(pool).get(name);
    if (group == null) {
      throw CognitoErrors.groupNotFound();
    }
    return group;
  }

  private static User user(UserPool pool, String username) {
    User user = pool.find(username);
    if (user == null) {
      throw CognitoErrors.userNotFound();
    }
    return user;
  }

  private static String require(@Nullable String value, String member) {
    if (value == null) {
      throw CognitoErrors.notNull(member);
    }
    return value;
  }

  /** The API model's rules for GroupName: 1 to 128 letters, marks, symbols, digits or punctuation. */
  private static String groupName(@Nullable String name) {
    String given = require(name, "groupName");
    if (given.isEmpty() || given.length() > 128 || !GROUP_NAME.matcher(given).matches()) {
      throw CognitoErrors.constraint("groupName", given, given.length() > 128
          ? "Member must have length less than or equal to 128"
          : given.isEmpty() ? "Member must have length greater than or equal to 1"
          : "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }
    return given;
  }

  /** The API model's rules for Description, RoleArn and Precedence. */
  private static void checkSettings(@Nullable String description, @Nullable String roleArn,
      @Nullable Integer precedence) {
    if (description != null && description.length() > 2048) {
      throw CognitoErrors.constraint("description", description, "Member must have length less than or equal to 2048");
    }
    if (roleArn != null) {
      if (roleArn.length() < 20 || roleArn.length() > 2048) {
        throw CognitoErrors.constraint("roleArn", roleArn, roleArn.length() < 20
            ? "Member must have length greater than or equal to 20"
            : "Member must have length less than or equal to 2048");
      }
      if (!ROLE_ARN.matcher(roleArn).matches()) {
        throw CognitoErrors.constraint("roleArn", roleArn, "Member must satisfy regular expression pattern: " + ROLE_ARN_RULE);
      }
    }
    if (precedence != null && precedence < 0) {
      throw CognitoErrors.constraint("precedence", precedence, "Member must have value greater than or equal to 0");
    }
  }

  /** Limit is 0 to 60; 0 or none means the largest page. */
  private static int limit(@Nullable Integer limit) {
    if (limit == null || limit == 0) {
      return MAX_LIMIT;
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw CognitoErrors.constraint("limit", limit, limit < 0
          ? "Member must have value greater than or equal to 0"
          : "Member must have value less than or equal to " + MAX_LIMIT);
    }
    return limit;
  }
}
