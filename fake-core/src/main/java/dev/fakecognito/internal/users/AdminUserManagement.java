package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.AccountRecovery;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.CodeDelivery.MessageContext;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * What an administrator does to an existing user: AdminUpdateUserAttributes,
 * AdminDeleteUserAttributes, AdminDisableUser, AdminEnableUser, AdminResetUserPassword and
 * AdminUserGlobalSignOut.
 *
 * <p>Users are found by username, alias or {@code sub}, like the other admin operations.
 */
public final class AdminUserManagement {

  private final Backend backend;

  /** Operations on the state of {@code backend}. */
  public AdminUserManagement(Backend backend) {
    this.backend = backend;
  }

  /**
   * AdminUpdateUserAttributes: changes any attribute, including the verified flags. Setting
   * {@code email_verified} or {@code phone_number_verified} to {@code true} with a new value
   * applies it at once without a code; otherwise a new value is handled as in UpdateUserAttributes.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException if
   *     another user signs in with a new value
   */
  public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    if (!request.hasUserAttributes()) {
      throw CognitoErrors.notNull("userAttributes");
    }
    Map<String, String> values = Attributes.check(pool, request.userAttributes(), null, false);
    pool.lock().lock();
    try {
      AttributeUpdates.update(backend, pool, existing(pool, username), values,
          new MessageContext("CustomMessage_UpdateUserAttribute", null, request.clientMetadata()));
      return AdminUpdateUserAttributesResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminDeleteUserAttributes: removes attributes as an administrator.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     an attribute is unknown, required or immutable
   */
  public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    if (!request.hasUserAttributeNames()) {
      throw CognitoErrors.notNull("userAttributeNames");
    }
    pool.lock().lock();
    try {
      AttributeUpdates.delete(backend, pool, existing(pool, username), request.userAttributeNames(), null);
      return AdminDeleteUserAttributesResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminDisableUser: the user can no longer sign in, and every token issued so far is revoked
   * ("Deactivates a user and revokes all access tokens for the user", AdminDisableUser API
   * reference). Re-enabling the user does not bring the tokens back.
   */
  public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      user.enabled(false);
      user.revokeAllSessions();
      user.touch(backend.clock().instant());
      return AdminDisableUserResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /** AdminEnableUser: lets a disabled user sign in again. */
  public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      user.enabled(true);
      user.touch(backend.clock().instant());
      return AdminEnableUserResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminResetUserPassword: the user's status becomes RESET_REQUIRED, so sign-in answers
   * PasswordResetRequiredException, and a password-reset code goes to the verified email address or
   * phone number, to be used with ConfirmForgotPassword
   * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminResetUserPassword.html).
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException if
   *     the user has no verified email address or phone number to send the code to
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the user is disabled, or still has the temporary password of an invitation
   */
  public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      if (!user.enabled()) {
        throw CognitoErrors.userDisabled();
      }
      if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
        // As ForgotPassword: an invited user who never signed in has only the temporary password,
        // which AdminCreateUser with MessageAction RESEND replaces instead.
        throw CognitoErrors.notAuthorized("User password cannot be reset in the current state.");
      }
      String attribute = resetDestination(pool, user);
      user.resetCode(CodeDelivery.sendCode(backend, pool, user, attribute, CodeDelivery.RESET_CODE_VALIDITY,
          new MessageContext("CustomMessage_ForgotPassword", null, request.clientMetadata())));
      user.status(UserStatusType.RESET_REQUIRED);
      user.touch(backend.clock().instant());
      return AdminResetUserPasswordResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * AdminUserGlobalSignOut: revokes every refresh token of the user and the access tokens issued
   * with them.
   */
  public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      existing(pool, username).revokeAllSessions();
      return AdminUserGlobalSignOutResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  /* ---- Shared rules ---- */

  /** The user named by username, alias or sub; the caller holds the pool's lock. */
  static User existing(UserPool pool, String username) {
    User user = pool.find(username);
    if (user == null) {
      throw CognitoErrors.userNotFound();
    }
    return user;
  }

  /**
   * Where the reset code goes: the first verified attribute the pool's AccountRecoverySetting
   * names, or without one a verified phone number, then a verified email address. ADMIN_ONLY
   * recovery does not stop an administrator.
   */
  private static String resetDestination(UserPool pool, User user) {
    List<RecoveryOptionType> options = AccountRecovery.mechanisms(pool).stream()
        .filter(o -> o.name() != RecoveryOptionNameType.ADMIN_ONLY)
        .toList();
    List<String> candidates = options.isEmpty() ? List.of("phone_number", "email") : options.stream()
        .map(o -> o.name() == RecoveryOptionNameType.VERIFIED_PHONE_NUMBER ? "phone_number" : "email")
        .toList();
    for (String attribute : candidates) {
      if (user.isVerified(attribute) && user.attribute(attribute) != null) {
        return attribute;
      }
    }
    // The message public reports quote for AdminResetUserPassword as well as ForgotPassword.
    throw CognitoErrors.invalidParameter(
        "Cannot reset password for the user as there is no registered/verified email or phone_number");
  }
}
