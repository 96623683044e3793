package dev.fakecognito.internal.facade;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.AuthFactorOperations;
import dev.fakecognito.internal.auth.AuthOperations;
import dev.fakecognito.internal.clients.AppClientOperations;
import dev.fakecognito.internal.clients.ClientSecretOperations;
import dev.fakecognito.internal.webauthn.WebAuthnOperations;
import dev.fakecognito.internal.devices.DeviceOperations;
import dev.fakecognito.internal.groups.GroupOperations;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.pools.AddCustomAttributes;
import dev.fakecognito.internal.pools.UserPoolOperations;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.tokens.RefreshTokenOperations;
import dev.fakecognito.internal.tokens.RevocationOperations;
import dev.fakecognito.internal.users.AdminUserManagement;
import dev.fakecognito.internal.users.ListUsersOperations;
import dev.fakecognito.internal.users.SelfServiceOperations;
import dev.fakecognito.internal.users.SignUpOperations;
import dev.fakecognito.internal.users.UserOperations;
import dev.fakecognito.internal.util.ModelSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;

/**
 * The fake's {@link CognitoIdentityProviderClient}: each supported operation checks nothing itself
 * and delegates to the capability that owns it.
 *
 * <h2>Where things live</h2>
 *
 * <ul>
 *   <li>{@code internal.pools}: pools, their schema and settings ({@link UserPoolOperations},
 *       {@link AddCustomAttributes});
 *   <li>{@code internal.clients}: app clients and their secrets ({@link AppClientOperations},
 *       {@link ClientSecretOperations});
 *   <li>{@code internal.users}: users, sign-up, codes, passwords, attributes, self-service and
 *       ListUsers ({@link SignUpOperations}, {@link UserOperations}, {@link
 *       SelfServiceOperations}, {@link AdminUserManagement}, {@link ListUsersOperations});
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
 *   <li>{@code internal.triggers}: Lambda triggers as in-process handlers;
 *   <li>{@code internal.recording}: the outbox and recorded context data;
 *   <li>{@code internal.errors}: every exception, with Cognito's messages.
 * </ul>
 *
 * <p>This is the synchronous client users get (made by {@link #create}); {@link
 * UnimplementedOperations} names each operation it does not implement in its {@link
 * UnsupportedOperationException}, and {@link AsyncClient} is the asynchronous client over it.
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
 * handler may call back into the fake. Pool and client settings are immutable SDK
 * values, replaced whole. Many threads may share one client.
 */
public class FakeCognitoIdentityProviderClient extends UnimplementedOperations {

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
    return pools.describeUserPool(request);
  }

  @Override
  public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest request) {
    return pools.updateUserPool(request);
  }

  @Override
  public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest request) {
    return pools.deleteUserPool(request);
  }

  @Override
  public ListUserPoolsResponse listUserPools(ListUserPoolsRequest request) {
    return pools.listUserPools(request);
  }

  @Override
  public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest request) {
    return customAttributes.addCustomAttributes(request);
  }

  /* ---- App clients ---- */

  @Override
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request) {
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
    return clients.describeUserPoolClient(request);
  }

  @Override
  public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest request) {
    return clients.updateUserPoolClient(request);
  }

  @Override
  public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest request) {
    return clients.deleteUserPoolClient(request);
  }

  @Override
  public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request) {
    return clients.listUserPoolClients(request);
  }

  @Override
  public AddUserPoolClientSecretResponse addUserPoolClientSecret(AddUserPoolClientSecretRequest request) {
    return clientSecrets.addUserPoolClientSecret(request);
  }

  @Override
  public ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest request) {
    return clientSecrets.listUserPoolClientSecrets(request);
  }

  @Override
  public DeleteUserPoolClientSecretResponse deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest request) {
    return clientSecrets.deleteUserPoolClientSecret(request);
  }

  /* ---- Sign-up and recovery ---- */

  @Override
  public SignUpResponse signUp(SignUpRequest request) {
    return signUp.signUp(request);
  }

  @Override
  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request) {
    return signUp.confirmSignUp(request);
  }

  @Override
  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest request) {
    return signUp.resendConfirmationCode(request);
  }

  @Override
  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request) {
    return signUp.forgotPassword(request);
  }

  @Override
  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request) {
    return signUp.confirmForgotPassword(request);
  }

  @Override
  public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest request) {
    return signUp.adminConfirmSignUp(request);
  }

  /* ---- Users ---- */

  @Override
  public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
    return users.adminCreateUser(request);
  }

  @Override
  public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
    return users.adminGetUser(request);
  }

  @Override
  public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest request) {
    return users.adminDeleteUser(request);
  }

  @Override
  public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
    return users.adminSetUserPassword(request);
  }

  @Override
  public GetUserResponse getUser(GetUserRequest request) {
    return users.getUser(request);
  }

  @Override
  public AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest request) {
    return users.adminListUserAuthEvents(request);
  }

  /* ---- Sign-in ---- */

  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
    return auth.initiateAuth(request);
  }

  @Override
  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
    return auth.adminInitiateAuth(request);
  }

  @Override
  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
    return auth.respondToAuthChallenge(request);
  }

  @Override
  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(
      AdminRespondToAuthChallengeRequest request) {
    return auth.adminRespondToAuthChallenge(request);
  }

  /* ---- Devices ---- */

  @Override
  public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest request) {
    return devices.confirmDevice(request);
  }

  @Override
  public GetDeviceResponse getDevice(GetDeviceRequest request) {
    return devices.getDevice(request);
  }

  @Override
  public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest request) {
    return devices.adminGetDevice(request);
  }

  @Override
  public ListDevicesResponse listDevices(ListDevicesRequest request) {
    return devices.listDevices(request);
  }

  @Override
  public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest request) {
    return devices.adminListDevices(request);
  }

  @Override
  public UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest request) {
    return devices.updateDeviceStatus(request);
  }

  @Override
  public AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest request) {
    return devices.adminUpdateDeviceStatus(request);
  }

  @Override
  public ForgetDeviceResponse forgetDevice(ForgetDeviceRequest request) {
    return devices.forgetDevice(request);
  }

  @Override
  public AdminForgetDeviceResponse adminForgetDevice(AdminForgetDeviceRequest request) {
    return devices.adminForgetDevice(request);
  }

  /* ---- Self-service (access token) ---- */

  @Override
  public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest request) {
    return selfService.updateUserAttributes(request);
  }

  @Override
  public DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest request) {
    return selfService.deleteUserAttributes(request);
  }

  @Override
  public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest request) {
    return selfService.getUserAttributeVerificationCode(request);
  }

  @Override
  public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest request) {
    return selfService.verifyUserAttribute(request);
  }

  @Override
  public ChangePasswordResponse changePassword(ChangePasswordRequest request) {
    return selfService.changePassword(request);
  }

  @Override
  public DeleteUserResponse deleteUser(DeleteUserRequest request) {
    return selfService.deleteUser(request);
  }

  @Override
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request) {
    return selfService.globalSignOut(request);
  }

  /* ---- Refresh and revocation ---- */

  @Override
  public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest request) {
    return refresh.getTokensFromRefreshToken(request);
  }

  @Override
  public RevokeTokenResponse revokeToken(RevokeTokenRequest request) {
    return revocation.revokeToken(request);
  }

  /* ---- Admin user management ---- */

  @Override
  public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
    return adminUsers.adminUpdateUserAttributes(request);
  }

  @Override
  public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest request) {
    return adminUsers.adminDeleteUserAttributes(request);
  }

  @Override
  public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest request) {
    return adminUsers.adminDisableUser(request);
  }

  @Override
  public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest request) {
    return adminUsers.adminEnableUser(request);
  }

  @Override
  public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest request) {
    return adminUsers.adminResetUserPassword(request);
  }

  @Override
  public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request) {
    return adminUsers.adminUserGlobalSignOut(request);
  }

  /* ---- ListUsers ---- */

  @Override
  public ListUsersResponse listUsers(ListUsersRequest request) {
    return listing.listUsers(request);
  }

  /* ---- Groups ---- */

  @Override
  public CreateGroupResponse createGroup(CreateGroupRequest request) {
    return groups.createGroup(request);
  }

  @Override
  public GetGroupResponse getGroup(GetGroupRequest request) {
    return groups.getGroup(request);
  }

  @Override
  public UpdateGroupResponse updateGroup(UpdateGroupRequest request) {
    return groups.updateGroup(request);
  }

  @Override
  public DeleteGroupResponse deleteGroup(DeleteGroupRequest request) {
    return groups.deleteGroup(request);
  }

  @Override
  public ListGroupsResponse listGroups(ListGroupsRequest request) {
    return groups.listGroups(request);
  }

  @Override
  public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest request) {
    return groups.adminAddUserToGroup(request);
  }

  @Override
  public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest request) {
    return groups.adminRemoveUserFromGroup(request);
  }

  @Override
  public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest request) {
    return groups.adminListGroupsForUser(request);
  }

  @Override
  public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest request) {
    return groups.listUsersInGroup(request);
  }

  /* ---- MFA ---- */

  @Override
  public SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request) {
    return mfa.setUserPoolMfaConfig(request);
  }

  @Override
  public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request) {
    return mfa.getUserPoolMfaConfig(request);
  }

  @Override
  public SetRiskConfigurationResponse setRiskConfiguration(SetRiskConfigurationRequest request) {
    return risk.setRiskConfiguration(request);
  }

  @Override
  public AdminUpdateAuthEventFeedbackResponse adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest request) {
    return risk.adminUpdateAuthEventFeedback(request);
  }

  @Override
  public UpdateAuthEventFeedbackResponse updateAuthEventFeedback(UpdateAuthEventFeedbackRequest request) {
    return risk.updateAuthEventFeedback(request);
  }

  @Override
  public DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest request) {
    return risk.describeRiskConfiguration(request);
  }

  @Override
  public SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest request) {
    return mfa.setUserMFAPreference(request);
  }

  @Override
  public AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest request) {
    return mfa.adminSetUserMFAPreference(request);
  }

  @Override
  public SetUserSettingsResponse setUserSettings(SetUserSettingsRequest request) {
    return mfa.setUserSettings(request);
  }

  @Override
  public AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest request) {
    return mfa.adminSetUserSettings(request);
  }

  @Override
  public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest request) {
    return mfa.associateSoftwareToken(request);
  }

  @Override
  public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request) {
    return mfa.verifySoftwareToken(request);
  }

  @Override
  public AdminDeleteSoftwareTokenResponse adminDeleteSoftwareToken(AdminDeleteSoftwareTokenRequest request) {
    return mfa.adminDeleteSoftwareToken(request);
  }

  /* ---- Choice-based sign-in factors ---- */

  @Override
  public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest request) {
    return authFactors.getUserAuthFactors(request);
  }

  @Override
  public AdminGetUserAuthFactorsResponse adminGetUserAuthFactors(AdminGetUserAuthFactorsRequest request) {
    return authFactors.adminGetUserAuthFactors(request);
  }

  @Override
  public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest request) {
    return passkeys.startWebAuthnRegistration(request);
  }

  @Override
  public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(
      CompleteWebAuthnRegistrationRequest request) {
    return passkeys.completeWebAuthnRegistration(request);
  }

  @Override
  public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest request) {
    return passkeys.listWebAuthnCredentials(request);
  }

  @Override
  public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest request) {
    return passkeys.deleteWebAuthnCredential(request);
  }
}
