package dev.fakecognito.internal.facade;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.fakecognito.internal.util.ModelSupport;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddUserPoolClientSecretRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddUserPoolClientSecretResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListGroupsForUserPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.AdminListUserAuthEventsPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListGroupsPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListIdentityProvidersPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListResourceServersPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolClientsPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUserPoolsPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersInGroupPublisher;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersPublisher;

/**
 * The asynchronous client: each operation runs the facade's implementation on the calling thread
 * and returns a completed future, or one completed exceptionally with the SDK exception wrapped in
 * a {@link CompletionException}, as the real async client does. An operation the fake does not
 * implement throws at once, naming it, as the SDK's own default throws. Paginators page through
 * this client.
 *
 * <p>As with {@link Paginators}, methods whose types an older SDK lacks are never
 * resolved there.
 */
class AsyncClient implements CognitoIdentityProviderAsyncClient {

  private final FakeCognitoIdentityProviderClient facade;

  AsyncClient(FakeCognitoIdentityProviderClient facade) {
    this.facade = facade;
  }

  /** Returns the client over {@code facade}, with a {@code serviceClientConfiguration()} where the SDK has one. */
  static CognitoIdentityProviderAsyncClient create(FakeCognitoIdentityProviderClient facade) {
    return ModelSupport.SERVICE_CLIENT_CONFIGURATION ? new ConfiguredAsyncClient(facade) : new AsyncClient(facade);
  }

  private static <T> CompletableFuture<T> run(Supplier<T> operation) {
    try {
      return CompletableFuture.completedFuture(operation.get());
    } catch (Throwable e) {
      return CompletableFuture.failedFuture(new CompletionException(e));
    }
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "FakeCognitoIdentityProviderAsyncClient";
  }

  @Override
  public CompletableFuture<AddCustomAttributesResponse> addCustomAttributes(AddCustomAttributesRequest request) {
    return run(() -> facade.addCustomAttributes(request));
  }

  @Override
  public CompletableFuture<AddUserPoolClientSecretResponse> addUserPoolClientSecret(AddUserPoolClientSecretRequest request) {
    return run(() -> facade.addUserPoolClientSecret(request));
  }

  @Override
  public CompletableFuture<AdminAddUserToGroupResponse> adminAddUserToGroup(AdminAddUserToGroupRequest request) {
    return run(() -> facade.adminAddUserToGroup(request));
  }

  @Override
  public CompletableFuture<AdminConfirmSignUpResponse> adminConfirmSignUp(AdminConfirmSignUpRequest request) {
    return run(() -> facade.adminConfirmSignUp(request));
  }

  @Override
  public CompletableFuture<AdminCreateUserResponse> adminCreateUser(AdminCreateUserRequest request) {
    return run(() -> facade.adminCreateUser(request));
  }

  @Override
  public CompletableFuture<AdminDeleteSoftwareTokenResponse> adminDeleteSoftwareToken(AdminDeleteSoftwareTokenRequest request) {
    return run(() -> facade.adminDeleteSoftwareToken(request));
  }

  @Override
  public CompletableFuture<AdminDeleteUserResponse> adminDeleteUser(AdminDeleteUserRequest request) {
    return run(() -> facade.adminDeleteUser(request));
  }

  @Override
  public CompletableFuture<AdminDeleteUserAttributesResponse> adminDeleteUserAttributes(AdminDeleteUserAttributesRequest request) {
    return run(() -> facade.adminDeleteUserAttributes(request));
  }

  @Override
  public CompletableFuture<AdminDisableProviderForUserResponse> adminDisableProviderForUser(AdminDisableProviderForUserRequest request) {
    return run(() -> facade.adminDisableProviderForUser(request));
  }

  @Override
  public CompletableFuture<AdminDisableUserResponse> adminDisableUser(AdminDisableUserRequest request) {
    return run(() -> facade.adminDisableUser(request));
  }

  @Override
  public CompletableFuture<AdminEnableUserResponse> adminEnableUser(AdminEnableUserRequest request) {
    return run(() -> facade.adminEnableUser(request));
  }

  @Override
  public CompletableFuture<AdminForgetDeviceResponse> adminForgetDevice(AdminForgetDeviceRequest request) {
    return run(() -> facade.adminForgetDevice(request));
  }

  @Override
  public CompletableFuture<AdminGetDeviceResponse> adminGetDevice(AdminGetDeviceRequest request) {
    return run(() -> facade.adminGetDevice(request));
  }

  @Override
  public CompletableFuture<AdminGetUserResponse> adminGetUser(AdminGetUserRequest request) {
    return run(() -> facade.adminGetUser(request));
  }

  @Override
  public CompletableFuture<AdminGetUserAuthFactorsResponse> adminGetUserAuthFactors(AdminGetUserAuthFactorsRequest request) {
    return run(() -> facade.adminGetUserAuthFactors(request));
  }

  @Override
  public CompletableFuture<AdminInitiateAuthResponse> adminInitiateAuth(AdminInitiateAuthRequest request) {
    return run(() -> facade.adminInitiateAuth(request));
  }

  @Override
  public CompletableFuture<AdminLinkProviderForUserResponse> adminLinkProviderForUser(AdminLinkProviderForUserRequest request) {
    return run(() -> facade.adminLinkProviderForUser(request));
  }

  @Override
  public CompletableFuture<AdminListDevicesResponse> adminListDevices(AdminListDevicesRequest request) {
    return run(() -> facade.adminListDevices(request));
  }

  @Override
  public CompletableFuture<AdminListGroupsForUserResponse> adminListGroupsForUser(AdminListGroupsForUserRequest request) {
    return run(() -> facade.adminListGroupsForUser(request));
  }

  @Override
  public CompletableFuture<AdminListUserAuthEventsResponse> adminListUserAuthEvents(AdminListUserAuthEventsRequest request) {
    return run(() -> facade.adminListUserAuthEvents(request));
  }

  @Override
  public CompletableFuture<AdminRemoveUserFromGroupResponse> adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request) {
    return run(() -> facade.adminRemoveUserFromGroup(request));
  }

  @Override
  public CompletableFuture<AdminResetUserPasswordResponse> adminResetUserPassword(AdminResetUserPasswordRequest request) {
    return run(() -> facade.adminResetUserPassword(request));
  }

  @Override
  public CompletableFuture<AdminRespondToAuthChallengeResponse> adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request) {
    return run(() -> facade.adminRespondToAuthChallenge(request));
  }

  @Override
  public CompletableFuture<AdminSetUserMfaPreferenceResponse> adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest request) {
    return run(() -> facade.adminSetUserMFAPreference(request));
  }

  @Override
  public CompletableFuture<AdminSetUserPasswordResponse> adminSetUserPassword(AdminSetUserPasswordRequest request) {
    return run(() -> facade.adminSetUserPassword(request));
  }

  @Override
  public CompletableFuture<AdminSetUserSettingsResponse> adminSetUserSettings(AdminSetUserSettingsRequest request) {
    return run(() -> facade.adminSetUserSettings(request));
  }

  @Override
  public CompletableFuture<AdminUpdateAuthEventFeedbackResponse> adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest request) {
    return run(() -> facade.adminUpdateAuthEventFeedback(request));
  }

  @Override
  public CompletableFuture<AdminUpdateDeviceStatusResponse> adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest request) {
    return run(() -> facade.adminUpdateDeviceStatus(request));
  }

  @Override
  public CompletableFuture<AdminUpdateUserAttributesResponse> adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
    return run(() -> facade.adminUpdateUserAttributes(request));
  }

  @Override
  public CompletableFuture<AdminUserGlobalSignOutResponse> adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request) {
    return run(() -> facade.adminUserGlobalSignOut(request));
  }

  @Override
  public CompletableFuture<AssociateSoftwareTokenResponse> associateSoftwareToken(AssociateSoftwareTokenRequest request) {
    return run(() -> facade.associateSoftwareToken(request));
  }

  @Override
  public CompletableFuture<ChangePasswordResponse> changePassword(ChangePasswordRequest request) {
    return run(() -> facade.changePassword(request));
  }

  @Override
  public CompletableFuture<CompleteWebAuthnRegistrationResponse> completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest request) {
    return run(() -> facade.completeWebAuthnRegistration(request));
  }

  @Override
  public CompletableFuture<ConfirmDeviceResponse> confirmDevice(ConfirmDeviceRequest request) {
    return run(() -> facade.confirmDevice(request));
  }

  @Override
  public CompletableFuture<ConfirmForgotPasswordResponse> confirmForgotPassword(ConfirmForgotPasswordRequest request) {
    return run(() -> facade.confirmForgotPassword(request));
  }

  @Override
  public CompletableFuture<ConfirmSignUpResponse> confirmSignUp(ConfirmSignUpRequest request) {
    return run(() -> facade.confirmSignUp(request));
  }

  @Override
  public CompletableFuture<CreateGroupResponse> createGroup(CreateGroupRequest request) {
    return run(() -> facade.createGroup(request));
  }

  @Override
  public CompletableFuture<CreateIdentityProviderResponse> createIdentityProvider(CreateIdentityProviderRequest request) {
    return run(() -> facade.createIdentityProvider(request));
  }

  @Override
  public CompletableFuture<CreateManagedLoginBrandingResponse> createManagedLoginBranding(CreateManagedLoginBrandingRequest request) {
    return run(() -> facade.createManagedLoginBranding(request));
  }

  @Override
  public CompletableFuture<CreateResourceServerResponse> createResourceServer(CreateResourceServerRequest request) {
    return run(() -> facade.createResourceServer(request));
  }

  @Override
  public CompletableFuture<CreateTermsResponse> createTerms(CreateTermsRequest request) {
    return run(() -> facade.createTerms(request));
  }

  @Override
  public CompletableFuture<CreateUserImportJobResponse> createUserImportJob(CreateUserImportJobRequest request) {
    return run(() -> facade.createUserImportJob(request));
  }

  @Override
  public CompletableFuture<CreateUserPoolResponse> createUserPool(CreateUserPoolRequest request) {
    return run(() -> facade.createUserPool(request));
  }

  @Override
  public CompletableFuture<CreateUserPoolClientResponse> createUserPoolClient(CreateUserPoolClientRequest request) {
    return run(() -> facade.createUserPoolClient(request));
  }

  @Override
  public CompletableFuture<CreateUserPoolDomainResponse> createUserPoolDomain(CreateUserPoolDomainRequest request) {
    return run(() -> facade.createUserPoolDomain(request));
  }

  @Override
  public CompletableFuture<CreateUserPoolReplicaResponse> createUserPoolReplica(CreateUserPoolReplicaRequest request) {
    return run(() -> facade.createUserPoolReplica(request));
  }

  @Override
  public CompletableFuture<DeleteGroupResponse> deleteGroup(DeleteGroupRequest request) {
    return run(() -> facade.deleteGroup(request));
  }

  @Override
  public CompletableFuture<DeleteIdentityProviderResponse> deleteIdentityProvider(DeleteIdentityProviderRequest request) {
    return run(() -> facade.deleteIdentityProvider(request));
  }

  @Override
  public CompletableFuture<DeleteManagedLoginBrandingResponse> deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request) {
    return run(() -> facade.deleteManagedLoginBranding(request));
  }

  @Override
  public CompletableFuture<DeleteResourceServerResponse> deleteResourceServer(DeleteResourceServerRequest request) {
    return run(() -> facade.deleteResourceServer(request));
  }

  @Override
  public CompletableFuture<DeleteTermsResponse> deleteTerms(DeleteTermsRequest request) {
    return run(() -> facade.deleteTerms(request));
  }

  @Override
  public CompletableFuture<DeleteUserResponse> deleteUser(DeleteUserRequest request) {
    return run(() -> facade.deleteUser(request));
  }

  @Override
  public CompletableFuture<DeleteUserAttributesResponse> deleteUserAttributes(DeleteUserAttributesRequest request) {
    return run(() -> facade.deleteUserAttributes(request));
  }

  @Override
  public CompletableFuture<DeleteUserPoolResponse> deleteUserPool(DeleteUserPoolRequest request) {
    return run(() -> facade.deleteUserPool(request));
  }

  @Override
  public CompletableFuture<DeleteUserPoolClientResponse> deleteUserPoolClient(DeleteUserPoolClientRequest request) {
    return run(() -> facade.deleteUserPoolClient(request));
  }

  @Override
  public CompletableFuture<DeleteUserPoolClientSecretResponse> deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest request) {
    return run(() -> facade.deleteUserPoolClientSecret(request));
  }

  @Override
  public CompletableFuture<DeleteUserPoolDomainResponse> deleteUserPoolDomain(DeleteUserPoolDomainRequest request) {
    return run(() -> facade.deleteUserPoolDomain(request));
  }

  @Override
  public CompletableFuture<DeleteUserPoolReplicaResponse> deleteUserPoolReplica(DeleteUserPoolReplicaRequest request) {
    return run(() -> facade.deleteUserPoolReplica(request));
  }

  @Override
  public CompletableFuture<DeleteWebAuthnCredentialResponse> deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request) {
    return run(() -> facade.deleteWebAuthnCredential(request));
  }

  @Override
  public CompletableFuture<DescribeIdentityProviderResponse> describeIdentityProvider(DescribeIdentityProviderRequest request) {
    return run(() -> facade.describeIdentityProvider(request));
  }

  @Override
  public CompletableFuture<DescribeManagedLoginBrandingResponse> describeManagedLoginBranding(DescribeManagedLoginBrandingRequest request) {
    return run(() -> facade.describeManagedLoginBranding(request));
  }

  @Override
  public CompletableFuture<DescribeManagedLoginBrandingByClientResponse> describeManagedLoginBrandingByClient(DescribeManagedLoginBrandingByClientRequest request) {
    return run(() -> facade.describeManagedLoginBrandingByClient(request));
  }

  @Override
  public CompletableFuture<DescribeResourceServerResponse> describeResourceServer(DescribeResourceServerRequest request) {
    return run(() -> facade.describeResourceServer(request));
  }

  @Override
  public CompletableFuture<DescribeRiskConfigurationResponse> describeRiskConfiguration(DescribeRiskConfigurationRequest request) {
    return run(() -> facade.describeRiskConfiguration(request));
  }

  @Override
  public CompletableFuture<DescribeTermsResponse> describeTerms(DescribeTermsRequest request) {
    return run(() -> facade.describeTerms(request));
  }

  @Override
  public CompletableFuture<DescribeTermsByClientResponse> describeTermsByClient(DescribeTermsByClientRequest request) {
    return run(() -> facade.describeTermsByClient(request));
  }

  @Override
  public CompletableFuture<DescribeUserImportJobResponse> describeUserImportJob(DescribeUserImportJobRequest request) {
    return run(() -> facade.describeUserImportJob(request));
  }

  @Override
  public CompletableFuture<DescribeUserPoolResponse> describeUserPool(DescribeUserPoolRequest request) {
    return run(() -> facade.describeUserPool(request));
  }

  @Override
  public CompletableFuture<DescribeUserPoolClientResponse> describeUserPoolClient(DescribeUserPoolClientRequest request) {
    return run(() -> facade.describeUserPoolClient(request));
  }

  @Override
  public CompletableFuture<DescribeUserPoolDomainResponse> describeUserPoolDomain(DescribeUserPoolDomainRequest request) {
    return run(() -> facade.describeUserPoolDomain(request));
  }

  @Override
  public CompletableFuture<ForgetDeviceResponse> forgetDevice(ForgetDeviceRequest request) {
    return run(() -> facade.forgetDevice(request));
  }

  @Override
  public CompletableFuture<ForgotPasswordResponse> forgotPassword(ForgotPasswordRequest request) {
    return run(() -> facade.forgotPassword(request));
  }

  @Override
  public CompletableFuture<GetCsvHeaderResponse> getCSVHeader(GetCsvHeaderRequest request) {
    return run(() -> facade.getCSVHeader(request));
  }

  @Override
  public CompletableFuture<GetClientTokenResponse> getClientToken(GetClientTokenRequest request) {
    return run(() -> facade.getClientToken(request));
  }

  @Override
  public CompletableFuture<GetDeviceResponse> getDevice(GetDeviceRequest request) {
    return run(() -> facade.getDevice(request));
  }

  @Override
  public CompletableFuture<GetGroupResponse> getGroup(GetGroupRequest request) {
    return run(() -> facade.getGroup(request));
  }

  @Override
  public CompletableFuture<GetIdentityProviderByIdentifierResponse> getIdentityProviderByIdentifier(GetIdentityProviderByIdentifierRequest request) {
    return run(() -> facade.getIdentityProviderByIdentifier(request));
  }

  @Override
  public CompletableFuture<GetLogDeliveryConfigurationResponse> getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest request) {
    return run(() -> facade.getLogDeliveryConfiguration(request));
  }

  @Override
  public CompletableFuture<GetProvisionedLimitResponse> getProvisionedLimit(GetProvisionedLimitRequest request) {
    return run(() -> facade.getProvisionedLimit(request));
  }

  @Override
  public CompletableFuture<GetSigningCertificateResponse> getSigningCertificate(GetSigningCertificateRequest request) {
    return run(() -> facade.getSigningCertificate(request));
  }

  @Override
  public CompletableFuture<GetTokensFromRefreshTokenResponse> getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest request) {
    return run(() -> facade.getTokensFromRefreshToken(request));
  }

  @Override
  public CompletableFuture<GetUiCustomizationResponse> getUICustomization(GetUiCustomizationRequest request) {
    return run(() -> facade.getUICustomization(request));
  }

  @Override
  public CompletableFuture<GetUserResponse> getUser(GetUserRequest request) {
    return run(() -> facade.getUser(request));
  }

  @Override
  public CompletableFuture<GetUserAttributeVerificationCodeResponse> getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest request) {
    return run(() -> facade.getUserAttributeVerificationCode(request));
  }

  @Override
  public CompletableFuture<GetUserAuthFactorsResponse> getUserAuthFactors(GetUserAuthFactorsRequest request) {
    return run(() -> facade.getUserAuthFactors(request));
  }

  @Override
  public CompletableFuture<GetUserPoolMfaConfigResponse> getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request) {
    return run(() -> facade.getUserPoolMfaConfig(request));
  }

  @Override
  public CompletableFuture<GlobalSignOutResponse> globalSignOut(GlobalSignOutRequest request) {
    return run(() -> facade.globalSignOut(request));
  }

  @Override
  public CompletableFuture<InitiateAuthResponse> initiateAuth(InitiateAuthRequest request) {
    return run(() -> facade.initiateAuth(request));
  }

  @Override
  public CompletableFuture<ListDevicesResponse> listDevices(ListDevicesRequest request) {
    return run(() -> facade.listDevices(request));
  }

  @Override
  public CompletableFuture<ListGroupsResponse> listGroups(ListGroupsRequest request) {
    return run(() -> facade.listGroups(request));
  }

  @Override
  public CompletableFuture<ListIdentityProvidersResponse> listIdentityProviders(ListIdentityProvidersRequest request) {
    return run(() -> facade.listIdentityProviders(request));
  }

  @Override
  public CompletableFuture<ListResourceServersResponse> listResourceServers(ListResourceServersRequest request) {
    return run(() -> facade.listResourceServers(request));
  }

  @Override
  public CompletableFuture<ListTagsForResourceResponse> listTagsForResource(ListTagsForResourceRequest request) {
    return run(() -> facade.listTagsForResource(request));
  }

  @Override
  public CompletableFuture<ListTermsResponse> listTerms(ListTermsRequest request) {
    return run(() -> facade.listTerms(request));
  }

  @Override
  public CompletableFuture<ListUserImportJobsResponse> listUserImportJobs(ListUserImportJobsRequest request) {
    return run(() -> facade.listUserImportJobs(request));
  }

  @Override
  public CompletableFuture<ListUserPoolClientSecretsResponse> listUserPoolClientSecrets(ListUserPoolClientSecretsRequest request) {
    return run(() -> facade.listUserPoolClientSecrets(request));
  }

  @Override
  public CompletableFuture<ListUserPoolClientsResponse> listUserPoolClients(ListUserPoolClientsRequest request) {
    return run(() -> facade.listUserPoolClients(request));
  }

  @Override
  public CompletableFuture<ListUserPoolReplicasResponse> listUserPoolReplicas(ListUserPoolReplicasRequest request) {
    return run(() -> facade.listUserPoolReplicas(request));
  }

  @Override
  public CompletableFuture<ListUserPoolsResponse> listUserPools(ListUserPoolsRequest request) {
    return run(() -> facade.listUserPools(request));
  }

  @Override
  public CompletableFuture<ListUsersResponse> listUsers(ListUsersRequest request) {
    return run(() -> facade.listUsers(request));
  }

  @Override
  public CompletableFuture<ListUsersInGroupResponse> listUsersInGroup(ListUsersInGroupRequest request) {
    return run(() -> facade.listUsersInGroup(request));
  }

  @Override
  public CompletableFuture<ListWebAuthnCredentialsResponse> listWebAuthnCredentials(ListWebAuthnCredentialsRequest request) {
    return run(() -> facade.listWebAuthnCredentials(request));
  }

  @Override
  public CompletableFuture<ResendConfirmationCodeResponse> resendConfirmationCode(ResendConfirmationCodeRequest request) {
    return run(() -> facade.resendConfirmationCode(request));
  }

  @Override
  public CompletableFuture<RespondToAuthChallengeResponse> respondToAuthChallenge(RespondToAuthChallengeRequest request) {
    return run(() -> facade.respondToAuthChallenge(request));
  }

  @Override
  public CompletableFuture<RevokeTokenResponse> revokeToken(RevokeTokenRequest request) {
    return run(() -> facade.revokeToken(request));
  }

  @Override
  public CompletableFuture<SetLogDeliveryConfigurationResponse> setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest request) {
    return run(() -> facade.setLogDeliveryConfiguration(request));
  }

  @Override
  public CompletableFuture<SetRiskConfigurationResponse> setRiskConfiguration(SetRiskConfigurationRequest request) {
    return run(() -> facade.setRiskConfiguration(request));
  }

  @Override
  public CompletableFuture<SetUiCustomizationResponse> setUICustomization(SetUiCustomizationRequest request) {
    return run(() -> facade.setUICustomization(request));
  }

  @Override
  public CompletableFuture<SetUserMfaPreferenceResponse> setUserMFAPreference(SetUserMfaPreferenceRequest request) {
    return run(() -> facade.setUserMFAPreference(request));
  }

  @Override
  public CompletableFuture<SetUserPoolMfaConfigResponse> setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request) {
    return run(() -> facade.setUserPoolMfaConfig(request));
  }

  @Override
  public CompletableFuture<SetUserSettingsResponse> setUserSettings(SetUserSettingsRequest request) {
    return run(() -> facade.setUserSettings(request));
  }

  @Override
  public CompletableFuture<SignUpResponse> signUp(SignUpRequest request) {
    return run(() -> facade.signUp(request));
  }

  @Override
  public CompletableFuture<StartUserImportJobResponse> startUserImportJob(StartUserImportJobRequest request) {
    return run(() -> facade.startUserImportJob(request));
  }

  @Override
  public CompletableFuture<StartWebAuthnRegistrationResponse> startWebAuthnRegistration(StartWebAuthnRegistrationRequest request) {
    return run(() -> facade.startWebAuthnRegistration(request));
  }

  @Override
  public CompletableFuture<StopUserImportJobResponse> stopUserImportJob(StopUserImportJobRequest request) {
    return run(() -> facade.stopUserImportJob(request));
  }

  @Override
  public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
    return run(() -> facade.tagResource(request));
  }

  @Override
  public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
    return run(() -> facade.untagResource(request));
  }

  @Override
  public CompletableFuture<UpdateAuthEventFeedbackResponse> updateAuthEventFeedback(UpdateAuthEventFeedbackRequest request) {
    return run(() -> facade.updateAuthEventFeedback(request));
  }

  @Override
  public CompletableFuture<UpdateDeviceStatusResponse> updateDeviceStatus(UpdateDeviceStatusRequest request) {
    return run(() -> facade.updateDeviceStatus(request));
  }

  @Override
  public CompletableFuture<UpdateGroupResponse> updateGroup(UpdateGroupRequest request) {
    return run(() -> facade.updateGroup(request));
  }

  @Override
  public CompletableFuture<UpdateIdentityProviderResponse> updateIdentityProvider(UpdateIdentityProviderRequest request) {
    return run(() -> facade.updateIdentityProvider(request));
  }

  @Override
  public CompletableFuture<UpdateManagedLoginBrandingResponse> updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request) {
    return run(() -> facade.updateManagedLoginBranding(request));
  }

  @Override
  public CompletableFuture<UpdateProvisionedLimitResponse> updateProvisionedLimit(UpdateProvisionedLimitRequest request) {
    return run(() -> facade.updateProvisionedLimit(request));
  }

  @Override
  public CompletableFuture<UpdateResourceServerResponse> updateResourceServer(UpdateResourceServerRequest request) {
    return run(() -> facade.updateResourceServer(request));
  }

  @Override
  public CompletableFuture<UpdateTermsResponse> updateTerms(UpdateTermsRequest request) {
    return run(() -> facade.updateTerms(request));
  }

  @Override
  public CompletableFuture<UpdateUserAttributesResponse> updateUserAttributes(UpdateUserAttributesRequest request) {
    return run(() -> facade.updateUserAttributes(request));
  }

  @Override
  public CompletableFuture<UpdateUserPoolResponse> updateUserPool(UpdateUserPoolRequest request) {
    return run(() -> facade.updateUserPool(request));
  }

  @Override
  public CompletableFuture<UpdateUserPoolClientResponse> updateUserPoolClient(UpdateUserPoolClientRequest request) {
    return run(() -> facade.updateUserPoolClient(request));
  }

  @Override
  public CompletableFuture<UpdateUserPoolDomainResponse> updateUserPoolDomain(UpdateUserPoolDomainRequest request) {
    return run(() -> facade.updateUserPoolDomain(request));
  }

  @Override
  public CompletableFuture<UpdateUserPoolReplicaResponse> updateUserPoolReplica(UpdateUserPoolReplicaRequest request) {
    return run(() -> facade.updateUserPoolReplica(request));
  }

  @Override
  public CompletableFuture<VerifySoftwareTokenResponse> verifySoftwareToken(VerifySoftwareTokenRequest request) {
    return run(() -> facade.verifySoftwareToken(request));
  }

  @Override
  public CompletableFuture<VerifyUserAttributeResponse> verifyUserAttribute(VerifyUserAttributeRequest request) {
    return run(() -> facade.verifyUserAttribute(request));
  }

  @Override
  public AdminListGroupsForUserPublisher adminListGroupsForUserPaginator(AdminListGroupsForUserRequest request) {
    return new AdminListGroupsForUserPublisher(this, request);
  }

  @Override
  public AdminListUserAuthEventsPublisher adminListUserAuthEventsPaginator(AdminListUserAuthEventsRequest request) {
    return new AdminListUserAuthEventsPublisher(this, request);
  }

  @Override
  public ListGroupsPublisher listGroupsPaginator(ListGroupsRequest request) {
    return new ListGroupsPublisher(this, request);
  }

  @Override
  public ListIdentityProvidersPublisher listIdentityProvidersPaginator(ListIdentityProvidersRequest request) {
    return new ListIdentityProvidersPublisher(this, request);
  }

  @Override
  public ListResourceServersPublisher listResourceServersPaginator(ListResourceServersRequest request) {
    return new ListResourceServersPublisher(this, request);
  }

  @Override
  public ListUserPoolClientsPublisher listUserPoolClientsPaginator(ListUserPoolClientsRequest request) {
    return new ListUserPoolClientsPublisher(this, request);
  }

  @Override
  public ListUserPoolsPublisher listUserPoolsPaginator(ListUserPoolsRequest request) {
    return new ListUserPoolsPublisher(this, request);
  }

  @Override
  public ListUsersInGroupPublisher listUsersInGroupPaginator(ListUsersInGroupRequest request) {
    return new ListUsersInGroupPublisher(this, request);
  }

  @Override
  public ListUsersPublisher listUsersPaginator(ListUsersRequest request) {
    return new ListUsersPublisher(this, request);
  }
}
