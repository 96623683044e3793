package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsResponse;
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
  public CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest request) {
    throw notImplemented("CreateManagedLoginBranding");
  }


  @Override
  public CreateTermsResponse createTerms(CreateTermsRequest request) {
    throw notImplemented("CreateTerms");
  }




  @Override
  public DeleteManagedLoginBrandingResponse deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request) {
    throw notImplemented("DeleteManagedLoginBranding");
  }


  @Override
  public DeleteTermsResponse deleteTerms(DeleteTermsRequest request) {
    throw notImplemented("DeleteTerms");
  }




  @Override
  public DescribeManagedLoginBrandingResponse describeManagedLoginBranding(DescribeManagedLoginBrandingRequest request) {
    throw notImplemented("DescribeManagedLoginBranding");
  }

  @Override
  public DescribeManagedLoginBrandingByClientResponse describeManagedLoginBrandingByClient(DescribeManagedLoginBrandingByClientRequest request) {
    throw notImplemented("DescribeManagedLoginBrandingByClient");
  }


  @Override
  public DescribeTermsResponse describeTerms(DescribeTermsRequest request) {
    throw notImplemented("DescribeTerms");
  }

  @Override
  public DescribeTermsByClientResponse describeTermsByClient(DescribeTermsByClientRequest request) {
    throw notImplemented("DescribeTermsByClient");
  }







  @Override
  public GetUiCustomizationResponse getUICustomization(GetUiCustomizationRequest request) {
    throw notImplemented("GetUICustomization");
  }



  @Override
  public ListTermsResponse listTerms(ListTermsRequest request) {
    throw notImplemented("ListTerms");
  }



  @Override
  public SetUiCustomizationResponse setUICustomization(SetUiCustomizationRequest request) {
    throw notImplemented("SetUICustomization");
  }





  @Override
  public UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request) {
    throw notImplemented("UpdateManagedLoginBranding");
  }

  @Override
  public UpdateTermsResponse updateTerms(UpdateTermsRequest request) {
    throw notImplemented("UpdateTerms");
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
