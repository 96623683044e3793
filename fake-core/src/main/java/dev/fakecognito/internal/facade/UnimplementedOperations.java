package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListGroupsForUserIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListUserAuthEventsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListGroupsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListIdentityProvidersIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListResourceServersIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolClientsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolsIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersInGroupIterable;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersIterable;

/**
 * What the facade does not implement, and the paginators, for every SDK from 2.17.203 on.
 *
 * <p>Each operation the fake does not implement throws an {@link UnsupportedOperationException}
 * that names it, where the SDK's default has no message. Paginators page through this client, as
 * newer SDKs' defaults do; older ones throw instead. An operation that the facade implements is
 * removed from here ({@code OperationsTableTest} lists which are which).
 *
 * <p>Methods whose request classes an older SDK lacks are harmless there: the JVM resolves a
 * method's types only when it is called, and nobody can call a method of a type that does not
 * exist.
 */
abstract class UnimplementedOperations implements CognitoIdentityProviderClient {

  static UnsupportedOperationException notImplemented(String operation) {
    return new UnsupportedOperationException("fake-cognito does not implement " + operation + " yet");
  }

  @Override
  public AdminDisableProviderForUserResponse adminDisableProviderForUser(AdminDisableProviderForUserRequest request) {
    throw notImplemented("AdminDisableProviderForUser");
  }

  @Override
  public AdminLinkProviderForUserResponse adminLinkProviderForUser(AdminLinkProviderForUserRequest request) {
    throw notImplemented("AdminLinkProviderForUser");
  }

  @Override
  public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest request) {
    throw notImplemented("CompleteWebAuthnRegistration");
  }

  @Override
  public CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest request) {
    throw notImplemented("CreateIdentityProvider");
  }

  @Override
  public DeleteIdentityProviderResponse deleteIdentityProvider(DeleteIdentityProviderRequest request) {
    throw notImplemented("DeleteIdentityProvider");
  }

  @Override
  public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request) {
    throw notImplemented("DeleteWebAuthnCredential");
  }

  @Override
  public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest request) {
    throw notImplemented("DescribeIdentityProvider");
  }

  @Override
  public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest request) {
    throw notImplemented("GetIdentityProviderByIdentifier");
  }

  @Override
  public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest request) {
    throw notImplemented("GetSigningCertificate");
  }

  @Override
  public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest request) {
    throw notImplemented("ListIdentityProviders");
  }

  @Override
  public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest request) {
    throw notImplemented("ListWebAuthnCredentials");
  }

  @Override
  public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest request) {
    throw notImplemented("StartWebAuthnRegistration");
  }

  @Override
  public UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest request) {
    throw notImplemented("UpdateIdentityProvider");
  }

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
