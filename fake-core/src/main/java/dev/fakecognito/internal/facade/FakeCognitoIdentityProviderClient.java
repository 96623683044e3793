package dev.fakecognito.internal.facade;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.AuthOperations;
import dev.fakecognito.internal.clients.AppClientOperations;
import dev.fakecognito.internal.pools.UserPoolOperations;
import dev.fakecognito.internal.users.SignUpOperations;
import dev.fakecognito.internal.users.UserOperations;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;

/**
 * The fake's {@link CognitoIdentityProviderClient}: each supported operation checks nothing itself
 * and delegates to the capability that owns it.
 *
 * <h2>Where things live</h2>
 *
 * <ul>
 *   <li>{@code internal.pools}: pools, their schema and settings ({@link UserPoolOperations});
 *   <li>{@code internal.clients}: app clients ({@link AppClientOperations});
 *   <li>{@code internal.users}: users, sign-up, codes, passwords, attributes ({@link
 *       SignUpOperations}, {@link UserOperations});
 *   <li>{@code internal.auth}: the sign-in state machine and sessions ({@link AuthOperations});
 *   <li>{@code internal.tokens}: signing, verifying and JWKS;
 *   <li>{@code internal.recording}: the outbox and recorded context data;
 *   <li>{@code internal.errors}: every exception, with Cognito's messages.
 * </ul>
 *
 * <p>Operations this fake does not implement keep the SDK interface's default, which throws {@link
 * UnsupportedOperationException}.
 *
 * <h2>Thread safety</h2>
 *
 * <p>Pools, app clients and users live in concurrent maps. Everything that reads or changes users
 * holds the pool's lock ({@link dev.fakecognito.internal.pools.UserPool#lock()}), which also keeps
 * aliases unique; token signing happens outside it. Pool and client settings are immutable SDK
 * values, replaced whole. Many threads may share one client.
 */
public final class FakeCognitoIdentityProviderClient implements CognitoIdentityProviderClient {

  private final UserPoolOperations pools;
  private final AppClientOperations clients;
  private final SignUpOperations signUp;
  private final UserOperations users;
  private final AuthOperations auth;

  public FakeCognitoIdentityProviderClient(Backend backend) {
    this.pools = new UserPoolOperations(backend);
    this.clients = new AppClientOperations(backend);
    this.signUp = new SignUpOperations(backend);
    this.users = new UserOperations(backend);
    this.auth = new AuthOperations(backend);
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public CognitoIdentityProviderServiceClientConfiguration serviceClientConfiguration() {
    return CognitoIdentityProviderServiceClientConfiguration.builder().build();
  }

  @Override
  public void close() {}

  /* ---- Pools ---- */

  @Override
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request) {
    return pools.createUserPool(request);
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

  /* ---- App clients ---- */

  @Override
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request) {
    return clients.createUserPoolClient(request);
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
}
