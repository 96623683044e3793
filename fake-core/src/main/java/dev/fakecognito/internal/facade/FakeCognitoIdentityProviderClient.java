package dev.fakecognito.internal.facade;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.AuthFactorOperations;
import dev.fakecognito.internal.auth.AuthOperations;
import dev.fakecognito.internal.branding.ManagedLoginBrandingOperations;
import dev.fakecognito.internal.branding.TermsOperations;
import dev.fakecognito.internal.branding.UiCustomizationOperations;
import dev.fakecognito.internal.clients.AppClientOperations;
import dev.fakecognito.internal.clients.ClientSecretOperations;
import dev.fakecognito.internal.pools.ReplicaOperations;
import dev.fakecognito.internal.limits.ProvisionedLimitOperations;
import dev.fakecognito.internal.pools.LogDeliveryOperations;
import dev.fakecognito.internal.pools.TagOperations;
import dev.fakecognito.internal.webauthn.WebAuthnOperations;
import dev.fakecognito.internal.devices.DeviceOperations;
import dev.fakecognito.internal.federation.IdentityProviderOperations;
import dev.fakecognito.internal.federation.ProviderLinkOperations;
import dev.fakecognito.internal.groups.GroupOperations;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.oauth.ClientTokenOperations;
import dev.fakecognito.internal.oauth.DomainOperations;
import dev.fakecognito.internal.oauth.ResourceServerOperations;
import dev.fakecognito.internal.pools.AddCustomAttributes;
import dev.fakecognito.internal.pools.UserPoolOperations;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.tokens.RefreshTokenOperations;
import dev.fakecognito.internal.tokens.RevocationOperations;
import dev.fakecognito.internal.users.AdminUserManagement;
import dev.fakecognito.internal.users.ListUsersOperations;
import dev.fakecognito.internal.users.SelfServiceOperations;
import dev.fakecognito.internal.users.SignUpOperations;
import dev.fakecognito.internal.users.UserImportOperations;
import dev.fakecognito.internal.users.UserOperations;
import dev.fakecognito.internal.util.ModelSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminLinkProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableProviderForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListIdentityProvidersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetIdentityProviderByIdentifierResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetSigningCertificateResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeManagedLoginBrandingByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteManagedLoginBrandingResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUiCustomizationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetClientTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetCsvHeaderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StopUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserImportJobResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserImportJobsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetProvisionedLimitRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetLogDeliveryConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UntagResourceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TagResourceRequest;

/**
 * The fake's {@link CognitoIdentityProviderClient}: each supported operation checks nothing itself
 * and delegates to the capability that owns it.
 *
 * <h2>Where things live</h2>
 *
 * <ul>
 *   <li>{@code internal.pools}: pools, their schema and settings ({@link UserPoolOperations},
 *       {@link AddCustomAttributes}), tags ({@link TagOperations}), log delivery ({@link
 *       LogDeliveryOperations}) and replicas ({@link ReplicaOperations});
 *   <li>{@code internal.limits}: request-rate quotas, provisioned and, if the fake was built so,
 *       enforced on every call ({@link ProvisionedLimitOperations});
 *   <li>{@code internal.clients}: app clients and their secrets ({@link AppClientOperations},
 *       {@link ClientSecretOperations});
 *   <li>{@code internal.users}: users, sign-up, codes, passwords, attributes, self-service and
 *       ListUsers ({@link SignUpOperations}, {@link UserOperations}, {@link
 *       SelfServiceOperations}, {@link AdminUserManagement}, {@link ListUsersOperations}), and CSV
 *       import jobs ({@link UserImportOperations});
 *   <li>{@code internal.groups}: groups and membership ({@link GroupOperations});
 *   <li>{@code internal.auth}: the sign-in state machine, SRP, custom auth, MFA challenges and
 *       sessions ({@link AuthOperations});
 *   <li>{@code internal.mfa}: pool MFA settings, user preferences, software tokens ({@link
 *       MfaOperations});
 *   <li>{@code internal.devices}: tracked and remembered devices ({@link DeviceOperations});
 *   <li>{@code internal.webauthn}: passkeys, their registration and the relying party's checks,
 *       with CBOR and COSE keys ({@link WebAuthnOperations});
 *   <li>{@code internal.tokens}: signing, verifying, refresh, revocation and JWKS ({@link
 *       RefreshTokenOperations}, {@link RevocationOperations});
 *   <li>{@code internal.oauth}: OAuth 2.0 and managed login: resource servers and scopes, domains,
 *       app client OAuth settings, GetClientToken, the token endpoint and the browser pages
 *       (authorize, login, logout, userInfo, revoke), whose sign-in runs {@code
 *       internal.auth.HostedSignIn} ({@link ResourceServerOperations}, {@link DomainOperations},
 *       {@link ClientTokenOperations});
 *   <li>{@code internal.federation}: external identity providers, federated identities linked to
 *       users and the SAML signing certificate ({@link IdentityProviderOperations}, {@link
 *       ProviderLinkOperations});
 *   <li>{@code internal.branding}: managed login branding styles, the classic hosted UI's CSS and
 *       logo, and terms documents ({@link ManagedLoginBrandingOperations}, {@link
 *       UiCustomizationOperations}, {@link TermsOperations}), read for pages through {@link
 *       dev.fakecognito.internal.branding.Branding};
 *   <li>{@code internal.triggers}: Lambda triggers as in-process handlers;
 *   <li>{@code internal.recording}: the outbox and recorded context data;
 *   <li>{@code internal.errors}: every exception, with Cognito's messages.
 * </ul>
 *
 * <p>This is the synchronous client users get (made by {@link #create}); {@link Paginators} gives
 * it the paginators, and {@link AsyncClient} is the asynchronous client over it.
 *
 * <h2>Older SDKs</h2>
 *
 * <p>The fake runs with any SDK from 2.17.203 on, whatever version it was compiled against. The
 * JVM links lazily, so a model member or class an older SDK lacks may be named only on a path that
 * SDK cannot reach: an operation whose request class it has not, or a branch that {@link
 * dev.fakecognito.internal.util.ModelSupport} guards. Exceptions whose class is missing fall back
 * to the service's base exception, as the SDK itself does for an error code it does not know.
 *
 * <h2>Failed calls</h2>
 *
 * <p>A call that fails changes nothing. Each operation checks its input, runs the triggers that can
 * refuse it (Pre sign-up, Pre and Post authentication, Pre token generation, Custom message, the
 * custom-challenge triggers) and writes its messages, and only then stores its changes, under the
 * pool's lock; a challenge's session, code or SRP exchange is used up only by an answer that
 * stands. The exceptions are Cognito's own: wrong passwords and codes are counted (and may end a
 * challenge), a confirmation stands although Post confirmation failed, and a user the migration
 * trigger returned exists even if the rest of the call fails.
 *
 * <h2>Thread safety</h2>
 *
 * <p>Pools, app clients and users live in concurrent maps. Everything that reads or changes users,
 * their groups, devices and MFA settings holds the pool's lock ({@link
 * dev.fakecognito.internal.pools.UserPool#lock()}), which also keeps aliases unique; token signing
 * happens outside it. Trigger handlers may run while the lock is held, on the calling thread, so a
 * handler may call back into the fake. A user import job's rows are created under the same lock,
 * by the first call that reads the pool once the job has run to its end by the fake's clock.
 * Branding styles, classic UI customizations and terms documents are immutable values in the
 * pool's concurrent maps, replaced under its lock. Pool
 * and client settings are immutable SDK
 * values, replaced whole. Many threads may share one client.
 */
public class FakeCognitoIdentityProviderClient extends Paginators {

  private final Backend backend;
  private final UserPoolOperations pools;
  private final AddCustomAttributes customAttributes;
  private final AppClientOperations clients;
  private final ClientSecretOperations clientSecrets;
  private final WebAuthnOperations passkeys;
  private final SignUpOperations signUp;
  private final UserOperations users;
  private final AuthOperations auth;
  private final SelfServiceOperations selfService;
  private final AdminUserManagement adminUsers;
  private final ListUsersOperations listing;
  private final GroupOperations groups;
  private final RefreshTokenOperations refresh;
  private final RevocationOperations revocation;
  private final DeviceOperations devices;
  private final AuthFactorOperations authFactors;
  private final MfaOperations mfa;
  private final RiskOperations risk;
  private final UserImportOperations imports;
  private final ReplicaOperations replicas;
  private final ProvisionedLimitOperations provisionedLimits;
  private final LogDeliveryOperations logDelivery;
  private final TagOperations tags;
  private final ResourceServerOperations resourceServers;
  private final DomainOperations domains;
  private final ClientTokenOperations clientTokens;
  private final IdentityProviderOperations identityProviders;
  private final ProviderLinkOperations providerLinks;
  private final ManagedLoginBrandingOperations managedLogin;
  private final UiCustomizationOperations uiCustomization;
  private final TermsOperations terms;

  /** The asynchronous client over this facade, made on first use. */
  private volatile @Nullable CognitoIdentityProviderAsyncClient asyncClient;

  /**
   * Returns the facade over {@code backend}, with a {@code serviceClientConfiguration()} where the
   * SDK has one.
   */
  public static FakeCognitoIdentityProviderClient create(Backend backend) {
    return ModelSupport.SERVICE_CLIENT_CONFIGURATION
        ? new ConfiguredClient(backend)
        : new FakeCognitoIdentityProviderClient(backend);
  }

  public FakeCognitoIdentityProviderClient(Backend backend) {
    this.backend = backend;
    this.pools = new UserPoolOperations(backend);
    this.customAttributes = new AddCustomAttributes(backend);
    this.clients = new AppClientOperations(backend);
    this.clientSecrets = new ClientSecretOperations(backend);
    this.passkeys = new WebAuthnOperations(backend);
    this.signUp = new SignUpOperations(backend);
    this.users = new UserOperations(backend);
    this.auth = new AuthOperations(backend);
    this.selfService = new SelfServiceOperations(backend);
    this.adminUsers = new AdminUserManagement(backend);
    this.listing = new ListUsersOperations(backend);
    this.groups = new GroupOperations(backend);
    this.refresh = new RefreshTokenOperations(backend);
    this.revocation = new RevocationOperations(backend);
    this.devices = new DeviceOperations(backend);
    this.authFactors = new AuthFactorOperations(backend);
    this.mfa = new MfaOperations(backend);
    this.risk = new RiskOperations(backend);
    this.imports = new UserImportOperations(backend);
    this.replicas = new ReplicaOperations(backend);
    this.provisionedLimits = new ProvisionedLimitOperations(backend);
    this.logDelivery = new LogDeliveryOperations(backend);
    this.tags = new TagOperations(backend);
    this.resourceServers = new ResourceServerOperations(backend);
    this.domains = new DomainOperations(backend);
    this.clientTokens = new ClientTokenOperations(backend);
    this.identityProviders = new IdentityProviderOperations(backend);
    this.providerLinks = new ProviderLinkOperations(backend);
    this.managedLogin = new ManagedLoginBrandingOperations(backend);
    this.uiCustomization = new UiCustomizationOperations(backend);
    this.terms = new TermsOperations(backend);
  }

  /** Returns the asynchronous client over this facade, the same one on every call. */
  public CognitoIdentityProviderAsyncClient async() {
    CognitoIdentityProviderAsyncClient client = asyncClient;
    if (client == null) {
      // A race makes two equivalent clients, and one of them wins; no lock needed.
      client = AsyncClient.create(this);
      asyncClient = client;
    }
    return client;
  }

  /**
   * Counts a call against its API category's request rate, when the fake enforces them.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException
   *     if the rate is reached
   */
  private void countRequest(String operation) {
    backend.rates().acquire(operation, backend.clock().instant());
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "FakeCognitoIdentityProviderClient";
  }

  /* ---- Pools ---- */

  @Override
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request) {
    countRequest("CreateUserPool");
    return pools.createUserPool(request);
  }

  /**
   * CreateUserPool with a pool ID chosen in advance instead of a generated one.
   *
   * @throws IllegalArgumentException if the ID is not {@code <region>_} and 9 letters or digits in
   *     this fake's region, or is taken
   */
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request, String userPoolId) {
    return pools.createUserPool(request, userPoolId);
  }

  @Override
  public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest request) {
    countRequest("DescribeUserPool");
    return pools.describeUserPool(request);
  }

  @Override
  public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest request) {
    countRequest("UpdateUserPool");
    return pools.updateUserPool(request);
  }

  @Override
  public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest request) {
    countRequest("DeleteUserPool");
    return pools.deleteUserPool(request);
  }

  @Override
  public ListUserPoolsResponse listUserPools(ListUserPoolsRequest request) {
    countRequest("ListUserPools");
    return pools.listUserPools(request);
  }

  @Override
  public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest request) {
    countRequest("AddCustomAttributes");
    return customAttributes.addCustomAttributes(request);
  }

  /* ---- App clients ---- */

  @Override
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request) {
    countRequest("CreateUserPoolClient");
    return clients.createUserPoolClient(request);
  }

  /**
   * CreateUserPoolClient with a client ID chosen in advance instead of a generated one.
   *
   * @throws IllegalArgumentException if the ID is not 26 lowercase letters or digits, or is taken
   */
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request, String clientId) {
    return clients.createUserPoolClient(request, clientId);
  }

  @Override
  public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest request) {
    countRequest("DescribeUserPoolClient");
    return clients.describeUserPoolClient(request);
  }

  @Override
  public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest request) {
    countRequest("UpdateUserPoolClient");
    return clients.updateUserPoolClient(request);
  }

  @Override
  public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest request) {
    countRequest("DeleteUserPoolClient");
    return clients.deleteUserPoolClient(request);
  }

  @Override
  public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request) {
    countRequest("ListUserPoolClients");
    return clients.listUserPoolClients(request);
  }

  @Override
  public AddUserPoolClientSecretResponse addUserPoolClientSecret(AddUserPoolClientSecretRequest request) {
    countRequest("AddUserPoolClientSecret");
    return clientSecrets.addUserPoolClientSecret(request);
  }

  @Override
  public ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest request) {
    countRequest("ListUserPoolClientSecrets");
    return clientSecrets.listUserPoolClientSecrets(request);
  }

  @Override
  public DeleteUserPoolClientSecretResponse deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest request) {
    countRequest("DeleteUserPoolClientSecret");
    return clientSecrets.deleteUserPoolClientSecret(request);
  }

  /* ---- Federation: identity providers, linked users, the SAML signing certificate ---- */

  @Override
  public AdminLinkProviderForUserResponse adminLinkProviderForUser(AdminLinkProviderForUserRequest request) {
    countRequest("AdminLinkProviderForUser");
    return providerLinks.adminLinkProviderForUser(request);
  }

  @Override
  public AdminDisableProviderForUserResponse adminDisableProviderForUser(AdminDisableProviderForUserRequest request) {
    countRequest("AdminDisableProviderForUser");
    return providerLinks.adminDisableProviderForUser(request);
  }

  @Override
  public CreateIdentityProviderResponse createIdentityProvider(CreateIdentityProviderRequest request) {
    countRequest("CreateIdentityProvider");
    return identityProviders.createIdentityProvider(request);
  }

  @Override
  public DescribeIdentityProviderResponse describeIdentityProvider(DescribeIdentityProviderRequest request) {
    countRequest("DescribeIdentityProvider");
    return identityProviders.describeIdentityProvider(request);
  }

  @Override
  public UpdateIdentityProviderResponse updateIdentityProvider(UpdateIdentityProviderRequest request) {
    countRequest("UpdateIdentityProvider");
    return identityProviders.updateIdentityProvider(request);
  }

  @Override
  public DeleteIdentityProviderResponse deleteIdentityProvider(DeleteIdentityProviderRequest request) {
    countRequest("DeleteIdentityProvider");
    return identityProviders.deleteIdentityProvider(request);
  }

  @Override
  public ListIdentityProvidersResponse listIdentityProviders(ListIdentityProvidersRequest request) {
    countRequest("ListIdentityProviders");
    return identityProviders.listIdentityProviders(request);
  }

  @Override
  public GetIdentityProviderByIdentifierResponse getIdentityProviderByIdentifier(
      GetIdentityProviderByIdentifierRequest request) {
    countRequest("GetIdentityProviderByIdentifier");
    return identityProviders.getIdentityProviderByIdentifier(request);
  }

  @Override
  public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest request) {
    countRequest("GetSigningCertificate");
    return identityProviders.getSigningCertificate(request);
  }

  /* ---- OAuth 2.0: resource servers and domains ---- */

  @Override
  public CreateResourceServerResponse createResourceServer(CreateResourceServerRequest request) {
    countRequest("CreateResourceServer");
    return resourceServers.createResourceServer(request);
  }

  @Override
  public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest request) {
    countRequest("DescribeResourceServer");
    return resourceServers.describeResourceServer(request);
  }

  @Override
  public UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest request) {
    countRequest("UpdateResourceServer");
    return resourceServers.updateResourceServer(request);
  }

  @Override
  public DeleteResourceServerResponse deleteResourceServer(DeleteResourceServerRequest request) {
    countRequest("DeleteResourceServer");
    return resourceServers.deleteResourceServer(request);
  }

  @Override
  public ListResourceServersResponse listResourceServers(ListResourceServersRequest request) {
    countRequest("ListResourceServers");
    return resourceServers.listResourceServers(request);
  }

  @Override
  public CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest request) {
    countRequest("CreateUserPoolDomain");
    return domains.createUserPoolDomain(request);
  }

  @Override
  public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest request) {
    countRequest("DescribeUserPoolDomain");
    return domains.describeUserPoolDomain(request);
  }

  @Override
  public UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest request) {
    countRequest("UpdateUserPoolDomain");
    return domains.updateUserPoolDomain(request);
  }

  @Override
  public DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest request) {
    countRequest("DeleteUserPoolDomain");
    return domains.deleteUserPoolDomain(request);
  }

  /* ---- Branding: managed login styles, classic hosted UI customization, terms documents ---- */

  @Override
  public CreateManagedLoginBrandingResponse createManagedLoginBranding(CreateManagedLoginBrandingRequest request) {
    countRequest("CreateManagedLoginBranding");
    return managedLogin.createManagedLoginBranding(request);
  }

  @Override
  public DescribeManagedLoginBrandingResponse describeManagedLoginBranding(DescribeManagedLoginBrandingRequest request) {
    countRequest("DescribeManagedLoginBranding");
    return managedLogin.describeManagedLoginBranding(request);
  }

  @Override
  public DescribeManagedLoginBrandingByClientResponse describeManagedLoginBrandingByClient(DescribeManagedLoginBrandingByClientRequest request) {
    countRequest("DescribeManagedLoginBrandingByClient");
    return managedLogin.describeManagedLoginBrandingByClient(request);
  }

  @Override
  public UpdateManagedLoginBrandingResponse updateManagedLoginBranding(UpdateManagedLoginBrandingRequest request) {
    countRequest("UpdateManagedLoginBranding");
    return managedLogin.updateManagedLoginBranding(request);
  }

  @Override
  public DeleteManagedLoginBrandingResponse deleteManagedLoginBranding(DeleteManagedLoginBrandingRequest request) {
    countRequest("DeleteManagedLoginBranding");
    return managedLogin.deleteManagedLoginBranding(request);
  }

  @Override
  public SetUiCustomizationResponse setUICustomization(SetUiCustomizationRequest request) {
    countRequest("SetUICustomization");
    return uiCustomization.setUICustomization(request);
  }

  @Override
  public GetUiCustomizationResponse getUICustomization(GetUiCustomizationRequest request) {
    countRequest("GetUICustomization");
    return uiCustomization.getUICustomization(request);
  }

  @Override
  public CreateTermsResponse createTerms(CreateTermsRequest request) {
    countRequest("CreateTerms");
    return terms.createTerms(request);
  }

  @Override
  public DescribeTermsResponse describeTerms(DescribeTermsRequest request) {
    countRequest("DescribeTerms");
    return terms.describeTerms(request);
  }

  @Override
  public DescribeTermsByClientResponse describeTermsByClient(DescribeTermsByClientRequest request) {
    countRequest("DescribeTermsByClient");
    return terms.describeTermsByClient(request);
  }

  @Override
  public UpdateTermsResponse updateTerms(UpdateTermsRequest request) {
    countRequest("UpdateTerms");
    return terms.updateTerms(request);
  }

  @Override
  public DeleteTermsResponse deleteTerms(DeleteTermsRequest request) {
    countRequest("DeleteTerms");
    return terms.deleteTerms(request);
  }

  @Override
  public ListTermsResponse listTerms(ListTermsRequest request) {
    countRequest("ListTerms");
    return terms.listTerms(request);
  }

  @Override
  public GetClientTokenResponse getClientToken(GetClientTokenRequest request) {
    countRequest("GetClientToken");
    return clientTokens.getClientToken(request);
  }

  /* ---- Sign-up and recovery ---- */

  @Override
  public SignUpResponse signUp(SignUpRequest request) {
    countRequest("SignUp");
    return signUp.signUp(request);
  }

  @Override
  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request) {
    countRequest("ConfirmSignUp");
    return signUp.confirmSignUp(request);
  }

  @Override
  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest request) {
    countRequest("ResendConfirmationCode");
    return signUp.resendConfirmationCode(request);
  }

  @Override
  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request) {
    countRequest("ForgotPassword");
    return signUp.forgotPassword(request);
  }

  @Override
  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request) {
    countRequest("ConfirmForgotPassword");
    return signUp.confirmForgotPassword(request);
  }

  @Override
  public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest request) {
    countRequest("AdminConfirmSignUp");
    return signUp.adminConfirmSignUp(request);
  }

  /* ---- Users ---- */

  @Override
  public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
    countRequest("AdminCreateUser");
    return users.adminCreateUser(request);
  }

  @Override
  public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
    countRequest("AdminGetUser");
    return users.adminGetUser(request);
  }

  @Override
  public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest request) {
    countRequest("AdminDeleteUser");
    return users.adminDeleteUser(request);
  }

  @Override
  public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
    countRequest("AdminSetUserPassword");
    return users.adminSetUserPassword(request);
  }

  @Override
  public GetUserResponse getUser(GetUserRequest request) {
    countRequest("GetUser");
    return users.getUser(request);
  }

  @Override
  public AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest request) {
    countRequest("AdminListUserAuthEvents");
    return users.adminListUserAuthEvents(request);
  }

  /* ---- Sign-in ---- */

  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    countRequest("InitiateAuth");
    return auth.initiateAuth(request);
  }

  @Override
  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
    countRequest("AdminInitiateAuth");
    return auth.adminInitiateAuth(request);
  }

  @Override
  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
    countRequest("RespondToAuthChallenge");
    return auth.respondToAuthChallenge(request);
  }

  @Override
  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(
      AdminRespondToAuthChallengeRequest request) {
    countRequest("AdminRespondToAuthChallenge");
    return auth.adminRespondToAuthChallenge(request);
  }

  /* ---- Devices ---- */

  @Override
  public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest request) {
    countRequest("ConfirmDevice");
    return devices.confirmDevice(request);
  }

  @Override
  public GetDeviceResponse getDevice(GetDeviceRequest request) {
    countRequest("GetDevice");
    return devices.getDevice(request);
  }

  @Override
  public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest request) {
    countRequest("AdminGetDevice");
    return devices.adminGetDevice(request);
  }

  @Override
  public ListDevicesResponse listDevices(ListDevicesRequest request) {
    countRequest("ListDevices");
    return devices.listDevices(request);
  }

  @Override
  public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest request) {
    countRequest("AdminListDevices");
    return devices.adminListDevices(request);
  }

  @Override
  public UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest request) {
    countRequest("UpdateDeviceStatus");
    return devices.updateDeviceStatus(request);
  }

  @Override
  public AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest request) {
    countRequest("AdminUpdateDeviceStatus");
    return devices.adminUpdateDeviceStatus(request);
  }

  @Override
  public ForgetDeviceResponse forgetDevice(ForgetDeviceRequest request) {
    countRequest("ForgetDevice");
    return devices.forgetDevice(request);
  }

  @Override
  public AdminForgetDeviceResponse adminForgetDevice(AdminForgetDeviceRequest request) {
    countRequest("AdminForgetDevice");
    return devices.adminForgetDevice(request);
  }

  /* ---- Self-service (access token) ---- */

  @Override
  public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest request) {
    countRequest("UpdateUserAttributes");
    return selfService.updateUserAttributes(request);
  }

  @Override
  public DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest request) {
    countRequest("DeleteUserAttributes");
    return selfService.deleteUserAttributes(request);
  }

  @Override
  public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest request) {
    countRequest("GetUserAttributeVerificationCode");
    return selfService.getUserAttributeVerificationCode(request);
  }

  @Override
  public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest request) {
    countRequest("VerifyUserAttribute");
    return selfService.verifyUserAttribute(request);
  }

  @Override
  public ChangePasswordResponse changePassword(ChangePasswordRequest request) {
    countRequest("ChangePassword");
    return selfService.changePassword(request);
  }

  @Override
  public DeleteUserResponse deleteUser(DeleteUserRequest request) {
    countRequest("DeleteUser");
    return selfService.deleteUser(request);
  }

  @Override
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request) {
    countRequest("GlobalSignOut");
    return selfService.globalSignOut(request);
  }

  /* ---- Refresh and revocation ---- */

  @Override
  public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest request) {
    countRequest("GetTokensFromRefreshToken");
    return refresh.getTokensFromRefreshToken(request);
  }

  @Override
  public RevokeTokenResponse revokeToken(RevokeTokenRequest request) {
    countRequest("RevokeToken");
    return revocation.revokeToken(request);
  }

  /* ---- Admin user management ---- */

  @Override
  public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
    countRequest("AdminUpdateUserAttributes");
    return adminUsers.adminUpdateUserAttributes(request);
  }

  @Override
  public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest request) {
    countRequest("AdminDeleteUserAttributes");
    return adminUsers.adminDeleteUserAttributes(request);
  }

  @Override
  public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest request) {
    countRequest("AdminDisableUser");
    return adminUsers.adminDisableUser(request);
  }

  @Override
  public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest request) {
    countRequest("AdminEnableUser");
    return adminUsers.adminEnableUser(request);
  }

  @Override
  public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest request) {
    countRequest("AdminResetUserPassword");
    return adminUsers.adminResetUserPassword(request);
  }

  @Override
  public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request) {
    countRequest("AdminUserGlobalSignOut");
    return adminUsers.adminUserGlobalSignOut(request);
  }

  /* ---- ListUsers ---- */

  @Override
  public ListUsersResponse listUsers(ListUsersRequest request) {
    countRequest("ListUsers");
    return listing.listUsers(request);
  }

  /* ---- Groups ---- */

  @Override
  public CreateGroupResponse createGroup(CreateGroupRequest request) {
    countRequest("CreateGroup");
    return groups.createGroup(request);
  }

  @Override
  public GetGroupResponse getGroup(GetGroupRequest request) {
    countRequest("GetGroup");
    return groups.getGroup(request);
  }

  @Override
  public UpdateGroupResponse updateGroup(UpdateGroupRequest request) {
    countRequest("UpdateGroup");
    return groups.updateGroup(request);
  }

  @Override
  public DeleteGroupResponse deleteGroup(DeleteGroupRequest request) {
    countRequest("DeleteGroup");
    return groups.deleteGroup(request);
  }

  @Override
  public ListGroupsResponse listGroups(ListGroupsRequest request) {
    countRequest("ListGroups");
    return groups.listGroups(request);
  }

  @Override
  public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest request) {
    countRequest("AdminAddUserToGroup");
    return groups.adminAddUserToGroup(request);
  }

  @Override
  public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request) {
    countRequest("AdminRemoveUserFromGroup");
    return groups.adminRemoveUserFromGroup(request);
  }

  @Override
  public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest request) {
    countRequest("AdminListGroupsForUser");
    return groups.adminListGroupsForUser(request);
  }

  @Override
  public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest request) {
    countRequest("ListUsersInGroup");
    return groups.listUsersInGroup(request);
  }

  /* ---- MFA ---- */

  @Override
  public SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request) {
    countRequest("SetUserPoolMfaConfig");
    return mfa.setUserPoolMfaConfig(request);
  }

  @Override
  public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request) {
    countRequest("GetUserPoolMfaConfig");
    return mfa.getUserPoolMfaConfig(request);
  }

  @Override
  public SetRiskConfigurationResponse setRiskConfiguration(SetRiskConfigurationRequest request) {
    countRequest("SetRiskConfiguration");
    return risk.setRiskConfiguration(request);
  }

  @Override
  public AdminUpdateAuthEventFeedbackResponse adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest request) {
    countRequest("AdminUpdateAuthEventFeedback");
    return risk.adminUpdateAuthEventFeedback(request);
  }

  @Override
  public UpdateAuthEventFeedbackResponse updateAuthEventFeedback(UpdateAuthEventFeedbackRequest request) {
    countRequest("UpdateAuthEventFeedback");
    return risk.updateAuthEventFeedback(request);
  }

  @Override
  public DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest request) {
    countRequest("DescribeRiskConfiguration");
    return risk.describeRiskConfiguration(request);
  }

  @Override
  public SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest request) {
    countRequest("SetUserMfaPreference");
    return mfa.setUserMFAPreference(request);
  }

  @Override
  public AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest request) {
    countRequest("AdminSetUserMfaPreference");
    return mfa.adminSetUserMFAPreference(request);
  }

  @Override
  public SetUserSettingsResponse setUserSettings(SetUserSettingsRequest request) {
    countRequest("SetUserSettings");
    return mfa.setUserSettings(request);
  }

  @Override
  public AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest request) {
    countRequest("AdminSetUserSettings");
    return mfa.adminSetUserSettings(request);
  }

  @Override
  public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest request) {
    countRequest("AssociateSoftwareToken");
    return mfa.associateSoftwareToken(request);
  }

  @Override
  public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request) {
    countRequest("VerifySoftwareToken");
    return mfa.verifySoftwareToken(request);
  }

  @Override
  public AdminDeleteSoftwareTokenResponse adminDeleteSoftwareToken(AdminDeleteSoftwareTokenRequest request) {
    countRequest("AdminDeleteSoftwareToken");
    return mfa.adminDeleteSoftwareToken(request);
  }

  /* ---- Choice-based sign-in factors ---- */

  @Override
  public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest request) {
    countRequest("GetUserAuthFactors");
    return authFactors.getUserAuthFactors(request);
  }

  @Override
  public AdminGetUserAuthFactorsResponse adminGetUserAuthFactors(AdminGetUserAuthFactorsRequest request) {
    countRequest("AdminGetUserAuthFactors");
    return authFactors.adminGetUserAuthFactors(request);
  }

  /* ---- User import ---- */

  @Override
  public GetCsvHeaderResponse getCSVHeader(GetCsvHeaderRequest request) {
    countRequest("GetCSVHeader");
    return imports.getCSVHeader(request);
  }

  @Override
  public CreateUserImportJobResponse createUserImportJob(CreateUserImportJobRequest request) {
    countRequest("CreateUserImportJob");
    return imports.createUserImportJob(request);
  }

  @Override
  public StartUserImportJobResponse startUserImportJob(StartUserImportJobRequest request) {
    countRequest("StartUserImportJob");
    return imports.startUserImportJob(request);
  }

  @Override
  public StopUserImportJobResponse stopUserImportJob(StopUserImportJobRequest request) {
    countRequest("StopUserImportJob");
    return imports.stopUserImportJob(request);
  }

  @Override
  public DescribeUserImportJobResponse describeUserImportJob(DescribeUserImportJobRequest request) {
    countRequest("DescribeUserImportJob");
    return imports.describeUserImportJob(request);
  }

  @Override
  public ListUserImportJobsResponse listUserImportJobs(ListUserImportJobsRequest request) {
    countRequest("ListUserImportJobs");
    return imports.listUserImportJobs(request);
  }

  /* ---- Tags ---- */

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    countRequest("TagResource");
    return tags.tagResource(request);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    countRequest("UntagResource");
    return tags.untagResource(request);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    countRequest("ListTagsForResource");
    return tags.listTagsForResource(request);
  }

  /* ---- Log delivery ---- */

  @Override
  public SetLogDeliveryConfigurationResponse setLogDeliveryConfiguration(SetLogDeliveryConfigurationRequest request) {
    countRequest("SetLogDeliveryConfiguration");
    return logDelivery.setLogDeliveryConfiguration(request);
  }

  @Override
  public GetLogDeliveryConfigurationResponse getLogDeliveryConfiguration(GetLogDeliveryConfigurationRequest request) {
    countRequest("GetLogDeliveryConfiguration");
    return logDelivery.getLogDeliveryConfiguration(request);
  }

  /* ---- Provisioned limits ---- */

  @Override
  public GetProvisionedLimitResponse getProvisionedLimit(GetProvisionedLimitRequest request) {
    countRequest("GetProvisionedLimit");
    return provisionedLimits.getProvisionedLimit(request);
  }

  @Override
  public UpdateProvisionedLimitResponse updateProvisionedLimit(UpdateProvisionedLimitRequest request) {
    countRequest("UpdateProvisionedLimit");
    return provisionedLimits.updateProvisionedLimit(request);
  }

  /* ---- Replicas ---- */

  @Override
  public CreateUserPoolReplicaResponse createUserPoolReplica(CreateUserPoolReplicaRequest request) {
    return replicas.createUserPoolReplica(request);
  }

  @Override
  public UpdateUserPoolReplicaResponse updateUserPoolReplica(UpdateUserPoolReplicaRequest request) {
    return replicas.updateUserPoolReplica(request);
  }

  @Override
  public DeleteUserPoolReplicaResponse deleteUserPoolReplica(DeleteUserPoolReplicaRequest request) {
    return replicas.deleteUserPoolReplica(request);
  }

  @Override
  public ListUserPoolReplicasResponse listUserPoolReplicas(ListUserPoolReplicasRequest request) {
    return replicas.listUserPoolReplicas(request);
  }

  /* ---- Passkeys ---- */

  @Override
  public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest request) {
    countRequest("StartWebAuthnRegistration");
    return passkeys.startWebAuthnRegistration(request);
  }

  @Override
  public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(
      CompleteWebAuthnRegistrationRequest request) {
    countRequest("CompleteWebAuthnRegistration");
    return passkeys.completeWebAuthnRegistration(request);
  }

  @Override
  public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest request) {
    countRequest("ListWebAuthnCredentials");
    return passkeys.listWebAuthnCredentials(request);
  }

  @Override
  public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request) {
    countRequest("DeleteWebAuthnCredential");
    return passkeys.deleteWebAuthnCredential(request);
  }
}
