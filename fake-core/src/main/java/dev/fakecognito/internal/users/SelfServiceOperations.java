package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import dev.fakecognito.internal.users.CodeDelivery.MessageContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;

/**
 * The operations a signed-in user calls with an access token: UpdateUserAttributes,
 * DeleteUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute, ChangePassword,
 * DeleteUser and GlobalSignOut. GetUser lives in {@link UserOperations}.
 *
 * <p>Each verifies the token first ({@link dev.fakecognito.internal.tokens.TokenService#verifyAccessToken},
 * which also refuses revoked tokens), then works on the token's user under the pool's lock.
 */
public final class SelfServiceOperations {

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public SelfServiceOperations(Backend backend) {
    this.backend = backend;
  }

  /** A verified access token with its pool and app client. */
  private record SignedIn(UserPool pool, AccessTokenClaims token, @Nullable UserPoolClientType client) {

    /** The app client's WriteAttributes; empty (everything writable) if the client is gone. */
    List<String> writable() {
      return client == null ? List.of() : client.writeAttributes();
    }
  }

  /**
   * UpdateUserAttributes: changes the user's attributes within the app client's WriteAttributes.
   * A new email address or phone number is sent a code when the pool auto-verifies it.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the token is not valid, or the client may not write an attribute
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     an attribute breaks the schema
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException if
   *     another user signs in with the new email address or phone number
   */
  public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest request) {
    if (!request.hasUserAttributes()) {
      throw CognitoErrors.notNull("userAttributes");
    }
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    Map<String, String> values = Attributes.check(pool, request.userAttributes(), signedIn.writable(), false);
    pool.lock().lock();
    try {
      User user = user(signedIn);
      List<CodeDeliveryDetailsType> deliveries = AttributeUpdates.update(backend, pool, user, values,
          context("CustomMessage_UpdateUserAttribute", signedIn, request.clientMetadata()));
      return UpdateUserAttributesResponse.builder().codeDeliveryDetailsList(deliveries).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * DeleteUserAttributes: removes attributes the app client may write.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     an attribute is unknown, required or immutable
   */
  public DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest request) {
    if (!request.hasUserAttributeNames()) {
      throw CognitoErrors.notNull("userAttributeNames");
    }
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      AttributeUpdates.delete(backend, pool, user(signedIn), request.userAttributeNames(), signedIn.writable());
      return DeleteUserAttributesResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * GetUserAttributeVerificationCode: sends a fresh code to the user's email address or phone
   * number, or to the new value waiting for verification. Codes live 24 hours.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     the attribute is not one codes verify, or the user has no value for it
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException if
   *     the user asked for 5 codes in the last hour
   */
  public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(
      GetUserAttributeVerificationCodeRequest request) {
    String attribute = SignUpOperations.require(request.attributeName(), "attributeName");
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      User user = user(signedIn);
      requireVerifiable(attribute);
      user.rateLimits().acquire(RateLimits.Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE, backend.clock().instant());
      if (user.attribute(attribute) == null && !user.pendingValues().containsKey(attribute)) {
        // Assumed wording: no public response has been quoted for an attribute the user lacks.
        throw CognitoErrors.invalidParameter("User does not have a value for the attribute " + attribute + ".");
      }
      CodeDeliveryDetailsType delivery = AttributeUpdates.sendVerificationCode(backend, pool, user, attribute,
          context("CustomMessage_VerifyUserAttribute", signedIn, request.clientMetadata()));
      return GetUserAttributeVerificationCodeResponse.builder().codeDeliveryDetails(delivery).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * VerifyUserAttribute: confirms the email address or phone number with the code sent to it.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException if
   *     the code is wrong or none was sent
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException if
   *     the code is older than 24 hours
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException if
   *     another user signs in with the value
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException if
   *     the user tried 15 codes in the last hour
   */
  public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest request) {
    String attribute = SignUpOperations.require(request.attributeName(), "attributeName");
    String code = SignUpOperations.require(request.code(), "code");
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      User user = user(signedIn);
      requireVerifiable(attribute);
      user.rateLimits().acquire(RateLimits.Operation.VERIFY_USER_ATTRIBUTE, backend.clock().instant());
      AttributeUpdates.verify(backend, pool, user, attribute, code);
      return VerifyUserAttributeResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * ChangePassword: replaces the password after checking the current one. Other sessions stay
   * signed in, as in Cognito.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the previous password is wrong
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException if
   *     the new password breaks the pool's policy, or is compromised and threat protection blocks
   *     compromised passwords on password changes
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException
   *     if the new password is one of the last PasswordHistorySize passwords
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException if
   *     the user called ChangePassword 5 times in the last hour
   */
  public ChangePasswordResponse changePassword(ChangePasswordRequest request) {
    PasswordPolicies.checkShape(request.proposedPassword(), "proposedPassword");
    if (request.previousPassword() != null) {
      PasswordPolicies.checkShape(request.previousPassword(), "previousPassword");
    }
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      User user = user(signedIn);
      Instant now = backend.clock().instant();
      user.rateLimits().acquire(RateLimits.Operation.CHANGE_PASSWORD, now);
      // PreviousPassword became optional in the model for users without a password; a user who
      // has one must still prove it, and leaving it out fails like a wrong one.
      if (request.previousPassword() == null || !Passwords.matches(pool, user, request.previousPassword())) {
        throw CognitoErrors.incorrectCredentials();
      }
      String password = PasswordPolicies.check(pool.config(), request.proposedPassword(), "proposedPassword",
          PasswordPolicies.ADMIN);
      Passwords.requireUnused(pool, user, password);
      // ChangePassword carries no context data: its events have no address.
      String clientId = signedIn.token().clientId();
      RiskOperations.Assessment risk = RiskOperations.assess(backend.risks(), pool, clientId, user.username(), null);
      boolean compromised = RiskOperations.compromised(backend.risks(), pool, password);
      if (compromised && RiskOperations.blocksCompromised(pool, clientId, "PASSWORD_CHANGE")) {
        AuthEvents.record(pool, user, now, AuthEvents.PASSWORD_CHANGE, AuthEvents.FAIL, null, null,
            risk.eventRisk(true, true));
        throw CognitoErrors.compromisedPassword();
      }
      Passwords.set(pool, user, password, now);
      user.touch(now);
      AuthEvents.record(pool, user, now, AuthEvents.PASSWORD_CHANGE, AuthEvents.PASS, null, null,
          risk.eventRisk(false, compromised));
      return ChangePasswordResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /** DeleteUser: the user deletes their own profile; their tokens then find no user. */
  public DeleteUserResponse deleteUser(DeleteUserRequest request) {
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      pool.remove(user(signedIn));
      return DeleteUserResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * GlobalSignOut: revokes every refresh token of the user and the access tokens issued with them,
   * the calling token included. ID tokens stay valid JWTs until they expire, as in Cognito
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html).
   */
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request) {
    SignedIn signedIn = signIn(request.accessToken());
    UserPool pool = signedIn.pool();
    pool.lock().lock();
    try {
      user(signedIn).revokeAllSessions();
      return GlobalSignOutResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /* ---- Shared rules ---- */

  /**
   * The token's user, checked as every access-token operation checks it; the caller holds the
   * pool's lock.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     the user was deleted, or deleted and created again
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException
   *     if an administrator reset the password since the token was issued
   */
  public static User signedInUser(UserPool pool, AccessTokenClaims token) {
    User user = pool.byUsername(token.username());
    if (user == null || !user.sub().equals(token.sub())) {
      throw CognitoErrors.userNotFound();
    }
    if (!user.enabled()) {
      throw CognitoErrors.userDisabled();
    }
    if (user.status() == UserStatusType.RESET_REQUIRED) {
      throw CognitoErrors.passwordResetRequired();
    }
    return user;
  }

  private SignedIn signIn(@Nullable String accessToken) {
    AccessTokenClaims token = backend.tokens().verifyAccessToken(accessToken);
    UserPool pool = backend.pool(token.userPoolId());
    return new SignedIn(pool, token, pool.clients().get(token.clientId()));
  }

  private static User user(SignedIn signedIn) {
    return signedInUser(signedIn.pool(), signedIn.token());
  }

  private static MessageContext context(String triggerSource, SignedIn signedIn, Map<String, String> clientMetadata) {
    return new MessageContext(triggerSource, signedIn.token().clientId(), clientMetadata);
  }

  /**
   * Only email addresses and phone numbers have codes. The message is the one Cognito returned in
   * aws-amplify/amplify-js#3652.
   */
  private static void requireVerifiable(String attribute) {
    if (!AttributeUpdates.isVerifiable(attribute)) {
      throw CognitoErrors.invalidParameter("invalid attribute name. Only phone_number and email can be verified");
    }
  }
}
