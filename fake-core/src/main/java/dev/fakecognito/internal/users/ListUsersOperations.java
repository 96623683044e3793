package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Paging;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** ListUsers: a pool's users, filtered, projected and paged. */
public final class ListUsersOperations {

  /** The largest page, and the page size when Limit is absent or 0 (ListUsers API reference). */
  private static final int MAX_LIMIT = 60;

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public ListUsersOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * ListUsers. Users come oldest first and then by username; the pagination token is a cursor on
   * that order ({@link Paging}), so the SDK's {@code listUsersPaginator} sees every user that
   * exists throughout the walk exactly once, even while users come and go.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     the filter cannot be parsed, the limit is out of range, or the pagination token is not one
   *     this operation issued
   */
  public ListUsersResponse listUsers(ListUsersRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int limit = limit(request.limit());
    String filterText = request.filter();
    if (filterText != null && filterText.length() > 256) {
      throw CognitoErrors.constraint("filter", filterText, "Member must have length less than or equal to 256");
    }
    UserFilter filter = UserFilter.parse(filterText);
    List<String> projection = request.hasAttributesToGet() ? request.attributesToGet() : null;
    List<UserType> items;
    Paging<User> page;
    pool.lock().lock();
    try {
      // Filter first and build responses for the page only: a call on a large pool then costs one
      // pass over the users and no sort of them all.
      Collection<User> matching = pool.users();
      if (filter != null) {
        matching = new ArrayList<>();
        for (User user : pool.users()) {
          if (filter.matches(user)) {
            matching.add(user);
          }
        }
      }
      page = Paging.page("ListUsers", matching, User::listingKey, request.paginationToken(), limit);
      items = page.items().stream().map(user -> project(UserOperations.userType(user), projection)).toList();
    } finally {
      pool.lock().unlock();
    }
    return ListUsersResponse.builder().users(items).paginationToken(page.nextToken()).build();
  }

  /** Limit is 0 to 60; 0 or none means the largest page. */
  static int limit(@Nullable Integer limit) {
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

  /** Keeps only the attributes asked for, when AttributesToGet is given (even empty). */
  private static UserType project(UserType user, @Nullable List<String> attributes) {
    if (attributes == null) {
      return user;
    }
    return user.toBuilder()
        .attributes(user.attributes().stream().filter(a -> attributes.contains(a.name())).toList())
        .build();
  }
}
