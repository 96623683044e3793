package dev.fakecognito.internal.facade;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaResponse;
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
  public CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest request) {
    throw notImplemented("CreateIdentityProvider");
  }

  @Override
  public CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest request) {
    throw notImplemented("CreateManagedLoginBranding");
  }

  @Override
  public CreateResourceServerResponse createResourceServer(CreateResourceServerRequest request) {
    throw notImplemented("CreateResourceServer");
  }

  @Override
  public CreateTermsResponse createTerms(CreateTermsRequest request) {
    throw notImplemented("CreateTerms");
  }

  @Override
  public CreateUserImportJobResponse createUserImportJob(CreateUserImportJobRequest request) {
    throw notImplemented("CreateUserImportJob");
  }

  @Override
  public CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest request) {
    throw notImplemented("CreateUserPoolDomain");
  }

  @Override
  public CreateUserPoolReplicaResponse createUserPoolReplica(CreateUserPoolReplicaRequest request) {
    throw notImplemented("CreateUserPoolReplica");
  }

  @Override
  public DeleteIdentityProviderResponse deleteIdentityProvider(DeleteIdentityProviderRequest request) {
    throw notImplemented("DeleteIdentityProvider");
  }

  @Override
  public DeleteManagedLoginBrandingResponse deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request) {
    throw notImplemented("DeleteManagedLoginBranding");
  }

  @Override
  public DeleteResourceServerResponse deleteResourceServer(DeleteResourceServerRequest request) {
    throw notImplemented("DeleteResourceServer");
  }

  @Override
  public DeleteTermsResponse deleteTerms(DeleteTermsRequest request) {
    throw notImplemented("DeleteTerms");
  }

  @Override
  public DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest request) {
    throw notImplemented("DeleteUserPoolDomain");
  }

  @Override
  public DeleteUserPoolReplicaResponse deleteUserPoolReplica(DeleteUserPoolReplicaRequest request) {
    throw notImplemented("DeleteUserPoolReplica");
  }


  @Override
  public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest request) {
    throw notImplemented("DescribeIdentityProvider");
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
  public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest request) {
    throw notImplemented("DescribeResourceServer");
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
  public DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest request) {
    throw notImplemented("DescribeUserImportJob");
  }

  @Override
  public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest request) {
    throw notImplemented("DescribeUserPoolDomain");
  }

  @Override
  public GetCsvHeaderResponse getCSVHeader(GetCsvHeaderRequest request) {
    throw notImplemented("GetCSVHeader");
  }

  @Override
  public GetClientTokenResponse getClientToken(GetClientTokenRequest request) {
    throw notImplemented("GetClientToken");
  }

  @Override
  public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest request) {
    throw notImplemented("GetIdentityProviderByIdentifier");
  }

  @Override
  public GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest request) {
    throw notImplemented("GetLogDeliveryConfiguration");
  }

  @Override
  public GetProvisionedLimitResponse getProvisionedLimit(GetProvisionedLimitRequest request) {
    throw notImplemented("GetProvisionedLimit");
  }

  @Override
  public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest request) {
    throw notImplemented("GetSigningCertificate");
  }

  @Override
  public GetUiCustomizationResponse getUICustomization(GetUiCustomizationRequest request) {
    throw notImplemented("GetUICustomization");
  }

  @Override
  public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest request) {
    throw notImplemented("ListIdentityProviders");
  }

  @Override
  public ListResourceServersResponse listResourceServers(ListResourceServersRequest request) {
    throw notImplemented("ListResourceServers");
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    throw notImplemented("ListTagsForResource");
  }

  @Override
  public ListTermsResponse listTerms(ListTermsRequest request) {
    throw notImplemented("ListTerms");
  }

  @Override
  public ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest request) {
    throw notImplemented("ListUserImportJobs");
  }

  @Override
  public ListUserPoolReplicasResponse listUserPoolReplicas(ListUserPoolReplicasRequest request) {
    throw notImplemented("ListUserPoolReplicas");
  }


  @Override
  public SetLogDeliveryConfigurationResponse setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest request) {
    throw notImplemented("SetLogDeliveryConfiguration");
  }

  @Override
  public SetUiCustomizationResponse setUICustomization(SetUiCustomizationRequest request) {
    throw notImplemented("SetUICustomization");
  }

  @Override
  public StartUserImportJobResponse startUserImportJob(StartUserImportJobRequest request) {
    throw notImplemented("StartUserImportJob");
  }


  @Override
  public StopUserImportJobResponse stopUserImportJob(StopUserImportJobRequest request) {
    throw notImplemented("StopUserImportJob");
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    throw notImplemented("TagResource");
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    throw notImplemented("UntagResource");
  }


  @Override
  public UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest request) {
    throw notImplemented("UpdateIdentityProvider");
  }

  @Override
  public UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request) {
    throw notImplemented("UpdateManagedLoginBranding");
  }

  @Override
  public UpdateProvisionedLimitResponse updateProvisionedLimit(UpdateProvisionedLimitRequest request) {
    throw notImplemented("UpdateProvisionedLimit");
  }

  @Override
  public UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest request) {
    throw notImplemented("UpdateResourceServer");
  }

  @Override
  public UpdateTermsResponse updateTerms(UpdateTermsRequest request) {
    throw notImplemented("UpdateTerms");
  }

  @Override
  public UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest request) {
    throw notImplemented("UpdateUserPoolDomain");
  }

  @Override
  public UpdateUserPoolReplicaResponse updateUserPoolReplica(UpdateUserPoolReplicaRequest request) {
    throw notImplemented("UpdateUserPoolReplica");
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
