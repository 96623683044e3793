package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListGroupsForUserIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListUserAuthEventsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListGroupsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListIdentityProvidersIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListResourceServersIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolClientsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersInGroupIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersIterable;

/**
 * The paginators, for every SDK from 2.17.203 on: they page through this client, as newer SDKs'
 * defaults do; older ones throw instead. The facade implements every operation itself; an
 * operation a later SDK adds keeps that SDK's default, an {@link UnsupportedOperationException}.
 *
 * <p>Methods whose request classes an older SDK lacks are harmless there: the JVM resolves a
 * method's types only when it is called, and nobody can call a method of a type that does not
 * exist.
 */
abstract class Paginators implements CognitoIdentityProviderClient {

  @Override
  public AdminListGroupsForUserIterable adminListGroupsForUserPaginator(AdminListGroupsForUserRequest request) {
    return new AdminListGroupsForUserIterable(this, request);
  }

  @Override
  public AdminListUserAuthEventsIterable adminListUserAuthEventsPaginator(AdminListUserAuthEventsRequest request) {
    return new AdminListUserAuthEventsIterable(this, request);
  }

  @Override
  public ListGroupsIterable listGroupsPaginator(ListGroupsRequest request) {
    return new ListGroupsIterable(this, request);
  }

  @Override
  public ListIdentityProvidersIterable listIdentityProvidersPaginator(ListIdentityProvidersRequest request) {
    return new ListIdentityProvidersIterable(this, request);
  }

  @Override
  public ListResourceServersIterable listResourceServersPaginator(ListResourceServersRequest request) {
    return new ListResourceServersIterable(this, request);
  }

  @Override
  public ListUserPoolClientsIterable listUserPoolClientsPaginator(ListUserPoolClientsRequest request) {
    return new ListUserPoolClientsIterable(this, request);
  }

  @Override
  public ListUserPoolsIterable listUserPoolsPaginator(ListUserPoolsRequest request) {
    return new ListUserPoolsIterable(this, request);
  }

  @Override
  public ListUsersInGroupIterable listUsersInGroupPaginator(ListUsersInGroupRequest request) {
    return new ListUsersInGroupIterable(this, request);
  }

  @Override
  public ListUsersIterable listUsersPaginator(ListUsersRequest request) {
    return new ListUsersIterable(this, request);
  }
}
