package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.AccountRecovery;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.risk.RiskOperations;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword and
 * AdminConfirmSignUp.
 */
public final class SignUpOperations {

  private final Backend backend;

  public SignUpOperations(Backend backend) {
    this.backend = backend;
  }

  public SignUpResponse signUp(SignUpRequest request) {
    return signUp(request, null);
  }

  /**
   * SignUp, or with {@code hostedIp} the sign-up page of managed login, whose end user's address
   * is always known and recorded as the pages record it.
   */
  public SignUpResponse signUp(SignUpRequest request, @Nullable String hostedIp) {
    PasswordPolicies.checkShape(request.password(), "password");
    ClientRef client = backend.client(request.clientId());
    String ip = record("SignUp", client, request.username(), request.userContextData(), hostedIp);
    UserPool pool = client.pool();
    if (request.username() == null) {
      throw CognitoErrors.notNull("username");
    }
    SecretHashes.check(client, request.secretHash(), request.username());
    RiskOperations.checkAddress(pool, client.clientId(), ip);
    if (pool.config().adminCreateUserConfig() != null
        && Boolean.TRUE.equals(pool.config().adminCreateUserConfig().allowAdminCreateUserOnly())) {
      throw CognitoErrors.notAuthorized("SignUp is not permitted for this user pool");
    }
    String password = PasswordPolicies.check(pool.config(), request.password(), "password", PasswordPolicies.SIGN_UP);
    Map<String, String> attributes = Attributes.check(pool, request.userAttributes(),
        client.client().writeAttributes(), false);
    String sub = Ids.uuid();
    Usernames.Resolved name = Usernames.forNewUser(pool, request.username(), sub, attributes);
    requireRequiredAttributes(pool, attributes);
    boolean compromised = RiskOperations.compromised(backend.risks(), pool, password);
    if (compromised && RiskOperations.blocksCompromised(pool, client.clientId(), "SIGN_UP")) {
      throw CognitoErrors.compromisedPassword();
    }
    Instant now = backend.clock().instant();

    // Pre sign-up runs before anything is stored, so a rejecting handler leaves no user behind.
    Map<String, Object> preSignUp = backend.triggers().invoke(pool, Trigger.PRE_SIGN_UP, "PreSignUp_SignUp",
        client.clientId(), name.username(), TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(attributes),
            "validationData", TriggerEvents.validationData(request.validationData()),
            "clientMetadata", TriggerEvents.clientMetadata(request.clientMetadata())));
    boolean autoConfirm = TriggerEvents.flag(preSignUp, "autoConfirmUser");
    for (String attribute : new String[] {"email", "phone_number"}) {
      boolean autoVerify = TriggerEvents.flag(preSignUp, attribute.equals("email") ? "autoVerifyEmail" : "autoVerifyPhone");
      if (autoVerify) {
        if (!attributes.containsKey(attribute)) {
          // Assumed wording: Cognito refuses to verify an attribute the user does not have.
          throw CognitoErrors.invalidLambdaResponse("Invalid lambda response: cannot auto verify " + attribute
              + " as it is not present in user attributes");
        }
        attributes.put(attribute + "_verified", "true");
      }
    }

    User user;
    CodeDeliveryDetailsType delivery = null;
    pool.lock().lock();
    try {
      if (name.attribute() != null && pool.aliasOwner(name.attribute(), request.username()) != null) {
        throw CognitoErrors.accountWithAttributeExists(name.attribute());
      }
      if (pool.byUsername(name.username()) != null) {
        throw CognitoErrors.userAlreadyExists();
      }
      user = new User(name.username(), sub, now, autoConfirm ? UserStatusType.CONFIRMED : UserStatusType.UNCONFIRMED);
      attributes.forEach(user::putAttribute);
      for (String attribute : new String[] {"email", "phone_number"}) {
        if (user.isVerified(attribute)) {
          claimAlias(pool, user, attribute, false);
        }
      }
      Passwords.set(pool, user, password, now);
      String attribute = autoConfirm ? null : autoVerifiedDestination(pool, user);
      if (attribute != null) {
        user.confirmationCode(CodeDelivery.sendCode(backend, pool, user, attribute, CodeDelivery.SIGN_UP_CODE_VALIDITY,
            new CodeDelivery.MessageContext("CustomMessage_SignUp", client.clientId(), request.clientMetadata())));
        delivery = CodeDelivery.details(user, attribute);
      }
      pool.add(user);
      AuthEvents.record(pool, user, now, AuthEvents.SIGN_UP, AuthEvents.PASS, ip, null,
          risk(pool, client, user, ip).eventRisk(false, compromised));
    } finally {
      pool.lock().unlock();
    }
    if (autoConfirm) {
      postConfirmation(pool, user, "PostConfirmation_ConfirmSignUp", client.clientId(), request.clientMetadata());
    }
    return SignUpResponse.builder().userConfirmed(autoConfirm).userSub(sub).codeDeliveryDetails(delivery).build();
  }

  /**
   * Runs Post confirmation once the change is stored, as Cognito does: the trigger can look the
   * user up, and a failing trigger fails the call but does not undo the confirmation.
   */
  private void postConfirmation(UserPool pool, User user, String source, @Nullable String clientId,
      @Nullable Map<String, String> clientMetadata) {
    if (!backend.triggers().configured(pool, Trigger.POST_CONFIRMATION)) {
      return;
    }
    Map<String, Object> attributes;
    pool.lock().lock();
    try {
      attributes = TriggerEvents.userAttributes(user);
    } finally {
      pool.lock().unlock();
    }
    backend.triggers().invoke(pool, Trigger.POST_CONFIRMATION, source, clientId, user.username(),
        TriggerEvents.request("userAttributes", attributes,
            "clientMetadata", TriggerEvents.clientMetadata(clientMetadata)));
  }

  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request) {
    return confirmSignUp(request, null);
  }

  /** ConfirmSignUp, or with {@code hostedIp} the confirmation page of managed login. */
  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest request, @Nullable String hostedIp) {
    ClientRef client = backend.client(request.clientId());
    record("ConfirmSignUp", client, request.username(), request.userContextData(), hostedIp);
    UserPool pool = client.pool();
    String username = require(request.username(), "username");
    String code = require(request.confirmationCode(), "confirmationCode");
    SecretHashes.check(client, request.secretHash(), username);
    User user;
    pool.lock().lock();
    try {
      user = pool.find(username);
      if (user == null) {
        throw preventsExistenceErrors(client) ? CognitoErrors.codeMismatch() : CognitoErrors.usernameClientNotFound();
      }
      user.rateLimits().acquire(RateLimits.Operation.CONFIRM_SIGN_UP, backend.clock().instant());
      if (user.status() != UserStatusType.UNCONFIRMED) {
        throw CognitoErrors.notAuthorized("User cannot be confirmed. Current status is " + user.status());
      }
      PendingCode pending = checkCode(user.confirmationCode(), code);
      claimAlias(pool, user, pending.attribute(), Boolean.TRUE.equals(request.forceAliasCreation()));
      user.status(UserStatusType.CONFIRMED);
      user.putAttribute(pending.attribute() + "_verified", "true");
      user.confirmationCode(null);
      user.touch(backend.clock().instant());
      pool.reindex(user);
    } finally {
      pool.lock().unlock();
    }
    postConfirmation(pool, user, "PostConfirmation_ConfirmSignUp", client.clientId(), request.clientMetadata());
    return ConfirmSignUpResponse.builder().build();
  }

  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest request) {
    return resendConfirmationCode(request, null);
  }

  /** ResendConfirmationCode, or with {@code hostedIp} the confirmation page's resend link. */
  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest request,
      @Nullable String hostedIp) {
    ClientRef client = backend.client(request.clientId());
    String ip = record("ResendConfirmationCode", client, request.username(), request.userContextData(), hostedIp);
    UserPool pool = client.pool();
    String username = require(request.username(), "username");
    SecretHashes.check(client, request.secretHash(), username);
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        if (preventsExistenceErrors(client)) {
          return ResendConfirmationCodeResponse.builder().codeDeliveryDetails(simulatedDelivery(username)).build();
        }
        throw CognitoErrors.usernameClientNotFound();
      }
      user.rateLimits().acquire(RateLimits.Operation.RESEND_CONFIRMATION_CODE, backend.clock().instant());
      if (user.status() != UserStatusType.UNCONFIRMED) {
        throw CognitoErrors.invalidParameter("User is already confirmed.");
      }
      String attribute = autoVerifiedDestination(pool, user);
      if (attribute == null) {
        throw CognitoErrors.invalidParameter("Cannot resend codes. Auto verification not turned on.");
      }
      user.confirmationCode(CodeDelivery.sendCode(backend, pool, user, attribute, CodeDelivery.SIGN_UP_CODE_VALIDITY,
          new CodeDelivery.MessageContext("CustomMessage_ResendCode", client.clientId(), request.clientMetadata())));
      AuthEvents.record(pool, user, backend.clock().instant(), AuthEvents.RESEND_CODE, AuthEvents.PASS, ip, null,
          risk(pool, client, user, ip).eventRisk(false));
      return ResendConfirmationCodeResponse.builder().codeDeliveryDetails(CodeDelivery.details(user, attribute)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request) {
    return forgotPassword(request, null);
  }

  /** ForgotPassword, or with {@code hostedIp} the forgot-password page of managed login. */
  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest request, @Nullable String hostedIp) {
    ClientRef client = backend.client(request.clientId());
    String ip = record("ForgotPassword", client, request.username(), request.userContextData(), hostedIp);
    UserPool pool = client.pool();
    String username = require(request.username(), "username");
    SecretHashes.check(client, request.secretHash(), username);
    RiskOperations.checkAddress(pool, client.clientId(), ip);
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        user = UserMigration.migrate(backend, client, username, null, "UserMigration_ForgotPassword",
            request.clientMetadata(), request.clientMetadata());
      }
      if (user == null) {
        if (preventsExistenceErrors(client)) {
          return ForgotPasswordResponse.builder().codeDeliveryDetails(simulatedDelivery(username)).build();
        }
        throw CognitoErrors.usernameClientNotFound();
      }
      if (!user.enabled()) {
        throw CognitoErrors.userDisabled();
      }
      if (user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
        // An invited user who never signed in has only the temporary password; Cognito refuses to
        // reset it, as quoted in many client error handlers.
        throw CognitoErrors.notAuthorized("User password cannot be reset in the current state.");
      }
      String attribute = recoveryDestination(pool, user);
      user.resetCode(CodeDelivery.sendCode(backend, pool, user, attribute, CodeDelivery.RESET_CODE_VALIDITY,
          new CodeDelivery.MessageContext("CustomMessage_ForgotPassword", client.clientId(), request.clientMetadata())));
      AuthEvents.record(pool, user, backend.clock().instant(), AuthEvents.FORGOT_PASSWORD, AuthEvents.PASS, ip, null,
          risk(pool, client, user, ip).eventRisk(false));
      return ForgotPasswordResponse.builder().codeDeliveryDetails(CodeDelivery.details(user, attribute)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request) {
    return confirmForgotPassword(request, null);
  }

  /** ConfirmForgotPassword, or with {@code hostedIp} the reset page of managed login. */
  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest request,
      @Nullable String hostedIp) {
    PasswordPolicies.checkShape(request.password(), "password");
    ClientRef client = backend.client(request.clientId());
    String ip = record("ConfirmForgotPassword", client, request.username(), request.userContextData(), hostedIp);
    UserPool pool = client.pool();
    String username = require(request.username(), "username");
    String code = require(request.confirmationCode(), "confirmationCode");
    if (request.password() == null) {
      throw CognitoErrors.notNull("password");
    }
    SecretHashes.check(client, request.secretHash(), username);
    RiskOperations.checkAddress(pool, client.clientId(), ip);
    User user;
    pool.lock().lock();
    try {
      user = pool.find(username);
      if (user == null) {
        throw preventsExistenceErrors(client) ? CognitoErrors.codeMismatch() : CognitoErrors.usernameClientNotFound();
      }
      Instant now = backend.clock().instant();
      user.rateLimits().acquire(RateLimits.Operation.CONFIRM_FORGOT_PASSWORD, now);
      PendingCode pending = checkCode(user.resetCode(), code);
      String password = PasswordPolicies.check(pool.config(), request.password(), "password", PasswordPolicies.SIGN_UP);
      Passwords.requireUnused(pool, user, password);
      RiskOperations.Assessment risk = risk(pool, client, user, ip);
      boolean compromised = RiskOperations.compromised(backend.risks(), pool, password);
      if (compromised && RiskOperations.blocksCompromised(pool, client.clientId(), "PASSWORD_CHANGE")) {
        AuthEvents.record(pool, user, now, AuthEvents.PASSWORD_CHANGE, AuthEvents.FAIL, ip, null,
            risk.eventRisk(true, true));
        throw CognitoErrors.compromisedPassword();
      }
      Passwords.set(pool, user, password, now);
      if (user.status() == UserStatusType.RESET_REQUIRED || user.status() == UserStatusType.FORCE_CHANGE_PASSWORD) {
        user.status(UserStatusType.CONFIRMED);
      }
      user.putAttribute(pending.attribute() + "_verified", "true");
      // A used code answers like an expired one ("Invalid code provided, please request a code
      // again."), so the spent code stays behind, already expired.
      user.resetCode(new PendingCode(pending.code(), pending.attribute(), now));
      user.touch(now);
      pool.reindex(user);
      AuthEvents.record(pool, user, now, AuthEvents.PASSWORD_CHANGE, AuthEvents.PASS, ip, null,
          risk.eventRisk(false, compromised));
    } finally {
      pool.lock().unlock();
    }
    postConfirmation(pool, user, "PostConfirmation_ConfirmForgotPassword", client.clientId(), request.clientMetadata());
    return ConfirmForgotPasswordResponse.builder().build();
  }

  public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = require(request.username(), "username");
    User user;
    pool.lock().lock();
    try {
      user = pool.find(username);
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      if (user.status() != UserStatusType.UNCONFIRMED) {
        throw CognitoErrors.notAuthorized("User cannot be confirmed. Current status is " + user.status());
      }
      user.status(UserStatusType.CONFIRMED);
      user.confirmationCode(null);
      user.touch(backend.clock().instant());
    } finally {
      pool.lock().unlock();
    }
    postConfirmation(pool, user, "PostConfirmation_ConfirmSignUp", null, request.clientMetadata());
    return AdminConfirmSignUpResponse.builder().build();
  }

  /* ---- Shared rules ---- */

  /**
   * Records the call's context data and returns the IP address that counts: on managed login's
   * pages ({@code hostedIp} set) the browser's, recorded as the pages record it.
   */
  private @Nullable String record(String operation, ClientRef client, @Nullable String username,
      software.amazon.awssdk.services.cognitoidentityprovider.model.@Nullable UserContextDataType data,
      @Nullable String hostedIp) {
    if (hostedIp == null) {
      return backend.recorder().record(operation, client, username, data);
    }
    backend.recorder().recordHosted(operation, client, username, hostedIp, null);
    return hostedIp;
  }

  /** The risk an event of {@code user} records; only sign-ins act on it. */
  private RiskOperations.Assessment risk(UserPool pool, ClientRef client, User user, @Nullable String ip) {
    return RiskOperations.assess(backend.risks(), pool, client.clientId(), user.username(), ip);
  }

  static String require(@Nullable String value, String member) {
    if (value == null) {
      throw CognitoErrors.notNull(member);
    }
    return value;
  }

  static boolean preventsExistenceErrors(ClientRef client) {
    return client.client().preventUserExistenceErrors() == PreventUserExistenceErrorTypes.ENABLED;
  }

  /** What ENABLED existence-error prevention answers for a user that does not exist. */
  private static CodeDeliveryDetailsType simulatedDelivery(String username) {
    boolean email = username.contains("@");
    return CodeDeliveryDetailsType.builder()
        .destination(email ? Masking.email(username) : Masking.phone("+0000000000"))
        .deliveryMedium(email ? DeliveryMediumType.EMAIL : DeliveryMediumType.SMS)
        .attributeName(email ? "email" : "phone_number")
        .build();
  }

  private PendingCode checkCode(@Nullable PendingCode pending, String code) {
    if (pending == null || !pending.code().equals(code)) {
      throw CognitoErrors.codeMismatch();
    }
    if (pending.isExpired(backend.clock().instant())) {
      throw CognitoErrors.expiredCode();
    }
    return pending;
  }

  private static void requireRequiredAttributes(UserPool pool, Map<String, String> attributes) {
    pool.config().schemaAttributes().forEach(type -> {
      if (Boolean.TRUE.equals(type.required()) && !type.name().equals("sub") && !attributes.containsKey(type.name())) {
        throw Attributes.requiredMissing(type.name());
      }
    });
  }

  /**
   * Where a sign-up code goes: the phone number if the pool auto-verifies it, else the email
   * address, as Cognito prefers SMS when both are auto-verified.
   */
  static @Nullable String autoVerifiedDestination(UserPool pool, User user) {
    List<VerifiedAttributeType> auto = pool.config().autoVerifiedAttributes();
    if (auto.contains(VerifiedAttributeType.PHONE_NUMBER) && user.attribute("phone_number") != null) {
      return "phone_number";
    }
    if (auto.contains(VerifiedAttributeType.EMAIL) && user.attribute("email") != null) {
      return "email";
    }
    return null;
  }

  /**
   * Where a password-reset code goes, following the pool's AccountRecoverySetting, or without one
   * the legacy rule: a verified phone number first, then a verified email address.
   */
  private static String recoveryDestination(UserPool pool, User user) {
    List<RecoveryOptionType> options = AccountRecovery.mechanisms(pool);
    if (options.isEmpty()) {
      if (user.isVerified("phone_number") && user.attribute("phone_number") != null) {
        return "phone_number";
      }
      if (user.isVerified("email") && user.attribute("email") != null) {
        return "email";
      }
    }
    for (RecoveryOptionType option : options) {
      if (option.name() == RecoveryOptionNameType.ADMIN_ONLY) {
        // Assumed wording: the pool lets only administrators reset passwords.
        throw CognitoErrors.notAuthorized("User password cannot be reset in the current state.");
      }
      String attribute = option.name() == RecoveryOptionNameType.VERIFIED_PHONE_NUMBER ? "phone_number" : "email";
      if (user.isVerified(attribute) && user.attribute(attribute) != null) {
        return attribute;
      }
    }
    throw CognitoErrors.invalidParameter(
        "Cannot reset password for the user as there is no registered/verified email or phone_number");
  }

  /**
   * Makes {@code user} the owner of its newly verified {@code attribute} as a sign-in alias. If
   * another user holds that alias, Cognito refuses unless the caller forces it, in which case the
   * other user loses it (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
   * For callers that can no longer fail; the others use {@link #aliasToTake} and {@link #takeAlias}.
   */
  static void claimAlias(UserPool pool, User user, String attribute, boolean force) {
    takeAlias(pool, aliasToTake(pool, user, attribute, force), attribute);
  }

  /**
   * Checks that {@code user} may own its newly verified {@code attribute} as a sign-in alias, and
   * changes nothing: returns the user who holds the alias now and must give it up, which only a
   * forced claim allows, or null.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException if
   *     another user holds the alias and the claim is not forced
   */
  static @Nullable User aliasToTake(UserPool pool, User user, String attribute, boolean force) {
    if (!pool.isAliasAttribute(attribute)) {
      return null;
    }
    User owner = pool.aliasOwner(attribute, user.attribute(attribute));
    if (owner == null || owner == user) {
      return null;
    }
    if (!force) {
      throw CognitoErrors.aliasExists(attribute.equals("phone_number") ? "phone_number" : attribute);
    }
    return owner;
  }

  /** Takes {@code attribute} from its previous owner, if any, who keeps it unverified. */
  static void takeAlias(UserPool pool, @Nullable User owner, String attribute) {
    if (owner == null) {
      return;
    }
    owner.putAttribute(attribute + "_verified", "false");
    pool.reindex(owner);
  }
}
