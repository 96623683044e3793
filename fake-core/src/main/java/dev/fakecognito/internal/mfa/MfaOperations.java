package dev.fakecognito.internal.mfa;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.auth.AuthSessions;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserAccess;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.totp.Totp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailSendingAccountType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SMSMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolTierType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * The MFA settings of pools and users: SetUserPoolMfaConfig, GetUserPoolMfaConfig,
 * SetUserMFAPreference, AdminSetUserMFAPreference, SetUserSettings, AdminSetUserSettings,
 * AssociateSoftwareToken, VerifySoftwareToken and AdminDeleteSoftwareToken. The challenges these
 * settings cause at sign-in belong to {@code internal.auth}.
 *
 * <h2>The pool's factors</h2>
 *
 * <p>SetUserPoolMfaConfig behaves as the live service was measured to (floci-io/floci#2831,
 * go-to-k/cdkd#1923): an absent MfaConfiguration means OFF; OFF drops every factor and refuses a
 * request that configures one; ON and OPTIONAL keep the factors the request leaves out and need at
 * least one enabled factor. A pool whose mode came from CreateUserPool or UpdateUserPool, and that
 * SetUserPoolMfaConfig never configured, offers SMS when it has an SMS configuration, the only
 * factor those operations can set up. {@link #effectiveConfig(UserPool)} is that view.
 *
 * <h2>The user's factors</h2>
 *
 * <p>A factor is turned on by SetUserMFAPreference (or the legacy SetUserSettings for SMS). Turning
 * one on needs the pool to offer it and the user to be reachable: a phone number for SMS, an email
 * address for email, a verified software token for TOTP. VerifySoftwareToken with an access token
 * only verifies the token, as the API reference says ("marks the user's software token MFA status
 * as verified"); the user turns TOTP on afterwards. With the Session of an MFA_SETUP challenge it
 * also turns TOTP on, since completing that challenge is how the user sets up the factor the pool
 * requires.
 *
 * <p>Every read or change of a user holds the pool's lock; pool settings are replaced whole under it.
 */
public final class MfaOperations {

  /** AssociateSoftwareToken's key: 160 bits, 32 Base32 characters, as Cognito's SecretCode. */
  private static final int SECRET_BYTES = 20;

  /** The model's SmsVerificationMessageType pattern. */
  private static final Pattern SMS_MESSAGE = Pattern.compile(".*\\{####\\}.*");

  /** The model's EmailMfaMessageType pattern. */
  private static final Pattern EMAIL_MESSAGE =
      Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*");

  /** The model's EmailMfaSubjectType pattern. */
  private static final Pattern EMAIL_SUBJECT = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+");

  /** The model's SoftwareTokenMFAUserCodeType pattern; its length is exactly 6. */
  private static final Pattern USER_CODE = Pattern.compile("[0-9]+");

  private final Backend backend;

  /** Creates the MFA operations of one fake. */
  public MfaOperations(Backend backend) {
    this.backend = backend;
  }

  /* ---- SetUserPoolMfaConfig, GetUserPoolMfaConfig ---- */

  /**
   * Sets the pool's MFA mode and factors, and returns them as GetUserPoolMfaConfig will.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the mode is unknown, a message breaks the model's rules, OFF comes with a factor, ON or
   *     OPTIONAL leaves no factor enabled, SMS has no SMS configuration or email MFA sends with
   *     Cognito's own email account
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException
   *     if email MFA is asked of a pool in the Lite plan
   */
  public SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    UserPoolMfaType mode = mode(request.mfaConfiguration(), request.mfaConfigurationAsString());
    SmsMfaConfigType sms = request.smsMfaConfiguration();
    SoftwareTokenMfaConfigType totp = request.softwareTokenMfaConfiguration();
    EmailMfaConfigType email = ModelSupport.EMAIL_MFA ? request.emailMfaConfiguration() : null;
    List<String> violations = new ArrayList<>();
    if (sms != null) {
      check(violations, "smsMfaConfiguration.smsAuthenticationMessage", sms.smsAuthenticationMessage(), 6, 140,
          SMS_MESSAGE);
    }
    if (email != null) {
      check(violations, "emailMfaConfiguration.message", email.message(), 6, 20000, EMAIL_MESSAGE);
      // The model gives the subject a pattern and no length limits.
      check(violations, "emailMfaConfiguration.subject", email.subject(), 0, Integer.MAX_VALUE, EMAIL_SUBJECT);
    }
    throwIfAny(violations);
    // WebAuthn is not an MFA factor, so it may come with OFF (go-to-k/cdkd#1923).
    if (mode == UserPoolMfaType.OFF && (sms != null || totp != null || email != null)) {
      throw CognitoErrors.mfaConfigurationOffWithFactor();
    }
    GetUserPoolMfaConfigResponse next;
    pool.lock().lock();
    try {
      UserPoolType config = pool.config();
      GetUserPoolMfaConfigResponse current = effectiveConfig(pool);
      GetUserPoolMfaConfigResponse.Builder stored = GetUserPoolMfaConfigResponse.builder().mfaConfiguration(mode);
      if (ModelSupport.WEB_AUTHN) {
        stored.webAuthnConfiguration(request.webAuthnConfiguration() != null
            ? request.webAuthnConfiguration() : pool.mfaConfig().webAuthnConfiguration());
      }
      UserPoolType.Builder updated = config.toBuilder().mfaConfiguration(mode).lastModifiedDate(backend.clock().instant());
      if (mode != UserPoolMfaType.OFF) {
        if (sms != null) {
          sms = smsFactor(config, sms);
          // SMS MFA and the pool's SMS settings are one setting: DescribeUserPool shows the change.
          updated.smsConfiguration(sms.smsConfiguration()).smsAuthenticationMessage(sms.smsAuthenticationMessage());
        } else {
          sms = current.smsMfaConfiguration();
        }
        if (email != null) {
          checkEmailFactor(config);
        } else if (ModelSupport.EMAIL_MFA) {
          email = current.emailMfaConfiguration();
        }
        if (totp == null) {
          totp = current.softwareTokenMfaConfiguration();
        }
        boolean totpOn = totp != null && Boolean.TRUE.equals(totp.enabled());
        if (sms == null && email == null && !totpOn) {
          throw CognitoErrors.mfaConfigurationWithoutFactor();
        }
        stored.smsMfaConfiguration(sms).softwareTokenMfaConfiguration(totp);
        if (email != null) {
          stored.emailMfaConfiguration(email);
        }
      }
      next = stored.build();
      pool.mfaConfig(next);
      pool.config(updated.build());
    } finally {
      pool.lock().unlock();
    }
    SetUserPoolMfaConfigResponse.Builder response = SetUserPoolMfaConfigResponse.builder()
        .mfaConfiguration(next.mfaConfiguration())
        .smsMfaConfiguration(next.smsMfaConfiguration())
        .softwareTokenMfaConfiguration(next.softwareTokenMfaConfiguration());
    if (ModelSupport.EMAIL_MFA) {
      response.emailMfaConfiguration(next.emailMfaConfiguration());
    }
    if (ModelSupport.WEB_AUTHN) {
      response.webAuthnConfiguration(next.webAuthnConfiguration());
    }
    return response.build();
  }

  /** Returns the pool's MFA mode and the factors it offers; see {@link #effectiveConfig(UserPool)}. */
  public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request) {
    return effectiveConfig(backend.pool(request.userPoolId()));
  }

  /**
   * The pool's MFA settings as GetUserPoolMfaConfig reports them. The mode is the pool's own
   * MfaConfiguration, which UpdateUserPool may also change; with OFF no factor is listed. When
   * SetUserPoolMfaConfig never configured a factor, the pool's SMS configuration, if any, is its
   * SMS factor, as CreateUserPool with MFA ON sets it up.
   */
  public static GetUserPoolMfaConfigResponse effectiveConfig(UserPool pool) {
    UserPoolMfaType mode = pool.mfaMode();
    GetUserPoolMfaConfigResponse stored = pool.mfaConfig();
    GetUserPoolMfaConfigResponse.Builder effective = GetUserPoolMfaConfigResponse.builder().mfaConfiguration(mode);
    if (ModelSupport.WEB_AUTHN) {
      effective.webAuthnConfiguration(stored.webAuthnConfiguration());
    }
    boolean email = ModelSupport.EMAIL_MFA && stored.emailMfaConfiguration() != null;
    if (mode == UserPoolMfaType.OFF) {
      return effective.build();
    }
    if (stored.smsMfaConfiguration() != null || stored.softwareTokenMfaConfiguration() != null || email) {
      SmsMfaConfigType sms = stored.smsMfaConfiguration();
      if (sms != null) {
        // The pool's own settings hold the one copy of the SMS message and configuration, which
        // UpdateUserPool changes too.
        sms = sms.toBuilder().smsAuthenticationMessage(pool.config().smsAuthenticationMessage())
            .smsConfiguration(pool.config().smsConfiguration() != null
                ? pool.config().smsConfiguration() : sms.smsConfiguration())
            .build();
      }
      effective.smsMfaConfiguration(sms).softwareTokenMfaConfiguration(stored.softwareTokenMfaConfiguration());
      if (email) {
        effective.emailMfaConfiguration(stored.emailMfaConfiguration());
      }
      return effective.build();
    }
    UserPoolType config = pool.config();
    if (config.smsConfiguration() != null) {
      effective.smsMfaConfiguration(SmsMfaConfigType.builder()
          .smsAuthenticationMessage(config.smsAuthenticationMessage())
          .smsConfiguration(config.smsConfiguration())
          .build());
    }
    return effective.build();
  }

  /** Whether the pool, in its current mode, offers {@code factor} ({@link MfaSettings#SMS} and so on). */
  public static boolean offers(UserPool pool, String factor) {
    GetUserPoolMfaConfigResponse config = effectiveConfig(pool);
    return switch (factor) {
      case MfaSettings.SMS -> config.smsMfaConfiguration() != null;
      case MfaSettings.TOTP -> config.softwareTokenMfaConfiguration() != null
          && Boolean.TRUE.equals(config.softwareTokenMfaConfiguration().enabled());
      case MfaSettings.EMAIL -> ModelSupport.EMAIL_MFA && config.emailMfaConfiguration() != null;
      default -> false;
    };
  }

  private static UserPoolMfaType mode(@Nullable UserPoolMfaType mode, @Nullable String given) {
    if (given == null) {
      return UserPoolMfaType.OFF;
    }
    if (mode == null || mode == UserPoolMfaType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("mfaConfiguration", given, "Member must satisfy enum value set: [OPTIONAL, OFF, ON]");
    }
    return mode;
  }

  /**
   * The SMS factor to store: the request's SMS configuration, or else the pool's, which must name
   * the SNS caller role; a missing message falls back to the pool's.
   */
  private static SmsMfaConfigType smsFactor(UserPoolType config, SmsMfaConfigType sms) {
    SmsConfigurationType smsConfiguration = sms.smsConfiguration() != null ? sms.smsConfiguration() : config.smsConfiguration();
    if (smsConfiguration == null || smsConfiguration.snsCallerArn() == null || smsConfiguration.snsCallerArn().isEmpty()) {
      throw CognitoErrors.invalidSmsMfaConfiguration();
    }
    String message = sms.smsAuthenticationMessage() != null ? sms.smsAuthenticationMessage() : config.smsAuthenticationMessage();
    return SmsMfaConfigType.builder().smsAuthenticationMessage(message).smsConfiguration(smsConfiguration).build();
  }

  /**
   * Email MFA needs the Essentials plan or higher (API reference of EmailMfaConfigType) and email
   * sent through Amazon SES (developer guide, "SMS and email message MFA").
   */
  private static void checkEmailFactor(UserPoolType config) {
    if (ModelSupport.USER_POOL_TIER && config.userPoolTier() == UserPoolTierType.LITE) {
      throw CognitoErrors.emailMfaUnavailableInTier();
    }
    if (config.emailConfiguration() == null
        || config.emailConfiguration().emailSendingAccount() != EmailSendingAccountType.DEVELOPER) {
      throw CognitoErrors.emailMfaRequiresDeveloperEmail();
    }
  }

  /* ---- What GetUser and AdminGetUser show ---- */

  /** The user's enabled factors for UserMFASettingList, or null (member omitted) when there are none. */
  public static @Nullable List<String> userMfaSettingList(User user) {
    List<String> factors = user.mfa().enabledFactors();
    return factors.isEmpty() ? null : factors;
  }

  /**
   * The legacy MFAOptions, which still show SMS MFA as delivery to phone_number
   * (aws-amplify/amplify-js#1343 quotes a GetUser response), or null when SMS MFA is off.
   */
  public static @Nullable List<MFAOptionType> mfaOptions(User user) {
    if (!user.mfa().enabled(MfaSettings.SMS)) {
      return null;
    }
    return List.of(MFAOptionType.builder().deliveryMedium(DeliveryMediumType.SMS).attributeName("phone_number").build());
  }

  /* ---- SetUserMFAPreference, AdminSetUserMFAPreference ---- */

  /**
   * Turns the signed-in user's factors on or off and chooses the preferred one.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a factor to turn on is not offered by the pool or cannot reach the user, a preferred
   *     factor is not enabled, or several factors are preferred
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the access token is invalid, expired or revoked, or the user is disabled
   */
  public SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest request) {
    withTokenUser(request.accessToken(), (pool, user) -> {
      applyPreferences(pool, user, request.smsMfaSettings(), request.softwareTokenMfaSettings(),
          ModelSupport.EMAIL_MFA ? request.emailMfaSettings() : null);
      return null;
    });
    return SetUserMfaPreferenceResponse.builder().build();
  }

  /**
   * As {@link #setUserMFAPreference}, for any user of a pool.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest request) {
    withUser(request.userPoolId(), request.username(), (pool, user) -> {
      applyPreferences(pool, user, request.smsMfaSettings(), request.softwareTokenMfaSettings(),
          ModelSupport.EMAIL_MFA ? request.emailMfaSettings() : null);
      return null;
    });
    return AdminSetUserMfaPreferenceResponse.builder().build();
  }

  /** One factor's part of a preference request; null members leave the setting as it is. */
  private record Preference(String factor, @Nullable Boolean enabled, @Nullable Boolean preferred) {}

  /** Checks the whole request before changing anything, so a refused request changes nothing. */
  private void applyPreferences(UserPool pool, User user, @Nullable SMSMfaSettingsType sms,
      @Nullable SoftwareTokenMfaSettingsType totp, @Nullable EmailMfaSettingsType email) {
    List<Preference> preferences = new ArrayList<>(3);
    if (sms != null) {
      preferences.add(new Preference(MfaSettings.SMS, sms.enabled(), sms.preferredMfa()));
    }
    if (totp != null) {
      preferences.add(new Preference(MfaSettings.TOTP, totp.enabled(), totp.preferredMfa()));
    }
    if (email != null) {
      preferences.add(new Preference(MfaSettings.EMAIL, email.enabled(), email.preferredMfa()));
    }
    if (preferences.stream().filter(p -> Boolean.TRUE.equals(p.preferred())).count() > 1) {
      throw CognitoErrors.severalPreferredMfa();
    }
    MfaSettings mfa = user.mfa();
    for (Preference p : preferences) {
      if (Boolean.TRUE.equals(p.enabled()) && (!offers(pool, p.factor()) || !reachable(user, p.factor()))) {
        throw CognitoErrors.mfaFactorUnavailable(p.factor());
      }
      boolean enabledAfter = p.enabled() != null ? p.enabled() : mfa.enabled(p.factor());
      if (Boolean.TRUE.equals(p.preferred()) && !enabledAfter) {
        throw CognitoErrors.preferredMfaNotEnabled();
      }
    }
    for (Preference p : preferences) {
      if (p.enabled() != null) {
        mfa.enabled(p.factor(), p.enabled());
      }
    }
    for (Preference p : preferences) {
      if (Boolean.TRUE.equals(p.preferred())) {
        mfa.preferred(p.factor());
      } else if (Boolean.FALSE.equals(p.preferred()) && p.factor().equals(mfa.preferred())) {
        mfa.preferred(null);
      }
    }
    user.touch(backend.clock().instant());
  }

  /** Whether a code of {@code factor} can reach the user. */
  private static boolean reachable(User user, String factor) {
    return switch (factor) {
      case MfaSettings.SMS -> user.attribute("phone_number") != null;
      case MfaSettings.EMAIL -> user.attribute("email") != null;
      case MfaSettings.TOTP -> user.mfa().totpKey() != null;
      default -> false;
    };
  }

  /* ---- SetUserSettings, AdminSetUserSettings ---- */

  /**
   * The legacy way to turn SMS MFA on or off: an MFAOptions entry with DeliveryMedium SMS and
   * AttributeName phone_number turns it on, an empty list turns it off. The pool's MFA settings are
   * not consulted, since this operation predates them.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if MFAOptions is missing, names anything but SMS to phone_number, or the user has no phone
   *     number
   */
  public SetUserSettingsResponse setUserSettings(SetUserSettingsRequest request) {
    List<MFAOptionType> options = mfaOptions(request.hasMfaOptions(), request.mfaOptions());
    withTokenUser(request.accessToken(), (pool, user) -> {
      applyMfaOptions(user, options);
      return null;
    });
    return SetUserSettingsResponse.builder().build();
  }

  /**
   * As {@link #setUserSettings}, for any user of a pool.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest request) {
    List<MFAOptionType> options = mfaOptions(request.hasMfaOptions(), request.mfaOptions());
    withUser(request.userPoolId(), request.username(), (pool, user) -> {
      applyMfaOptions(user, options);
      return null;
    });
    return AdminSetUserSettingsResponse.builder().build();
  }

  private static List<MFAOptionType> mfaOptions(boolean given, List<MFAOptionType> options) {
    if (!given) {
      throw CognitoErrors.notNull("mFAOptions");
    }
    for (MFAOptionType option : options) {
      if (option.deliveryMedium() != DeliveryMediumType.SMS || !"phone_number".equals(option.attributeName())) {
        throw CognitoErrors.invalidMfaOption();
      }
    }
    return options;
  }

  private void applyMfaOptions(User user, List<MFAOptionType> options) {
    boolean sms = !options.isEmpty();
    if (sms && user.attribute("phone_number") == null) {
      throw CognitoErrors.mfaFactorUnavailable(MfaSettings.SMS);
    }
    user.mfa().enabled(MfaSettings.SMS, sms);
    user.touch(backend.clock().instant());
  }

  /* ---- AssociateSoftwareToken ---- */

  /**
   * Hands out a new software token key, which VerifySoftwareToken must confirm before it counts; a
   * second call replaces a key not yet confirmed. With the Session of an MFA_SETUP challenge the
   * answer carries a new Session, and the old one stops working.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if neither or both of AccessToken and Session are given
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException if
   *     the access token or session is invalid or expired
   */
  public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest request) {
    byte[] key = Ids.randomBytes(SECRET_BYTES);
    String session = request.session();
    withTokenOrSession(request.accessToken(), session, (pool, user) -> {
      user.mfa().pendingTotpKey(key);
      user.touch(backend.clock().instant());
      return null;
    });
    return AssociateSoftwareTokenResponse.builder()
        .secretCode(Totp.encode(key))
        .session(session == null ? null : backend.sessions().reissue(session))
        .build();
  }

  /* ---- VerifySoftwareToken ---- */

  /**
   * Checks a code from the authenticator against the key AssociateSoftwareToken handed out, allowing
   * one 30-second step of clock drift either way, and makes that key the user's software token. Once
   * confirmed, the token can be verified again, but a code of an already used step is refused. With
   * a Session the user's TOTP factor is also turned on, and a new Session answers the MFA_SETUP
   * challenge.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException
   *     if the code does not match, or its step was used already
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException
   *     if the user has no software token, confirmed or pending
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if the code is not six digits, or neither or both of AccessToken and Session are given
   */
  public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request) {
    String code = userCode(request.userCode());
    String session = request.session();
    Instant now = backend.clock().instant();
    withTokenOrSession(request.accessToken(), session, (pool, user) -> {
      MfaSettings mfa = user.mfa();
      byte[] pending = mfa.pendingTotpKey();
      byte[] key = pending != null ? pending : mfa.totpKey();
      if (key == null) {
        throw CognitoErrors.softwareTokenNotFound();
      }
      long step = matchingStep(key, code, now);
      // A new key has no used steps yet; a confirmed one keeps the step it was last used for.
      if (step == Long.MIN_VALUE || (pending == null && step <= mfa.lastTotpStep())) {
        throw CognitoErrors.softwareTokenCodeMismatch();
      }
      if (pending != null) {
        mfa.confirmTotp(request.friendlyDeviceName(), step);
      } else {
        mfa.lastTotpStep(step);
      }
      if (session != null) {
        mfa.enabled(MfaSettings.TOTP, true);
      }
      user.touch(now);
      return null;
    });
    return VerifySoftwareTokenResponse.builder()
        .status(VerifySoftwareTokenResponseType.SUCCESS)
        .session(session == null ? null : backend.sessions().reissue(session))
        .build();
  }

  /** The time step, within one either side of {@code now}, whose code {@code code} is, or {@link Long#MIN_VALUE}. */
  private static long matchingStep(byte[] key, String code, Instant now) {
    long current = Totp.step(now);
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    for (long step = current - 1; step <= current + 1; step++) {
      if (MessageDigest.isEqual(Totp.code(key, step).getBytes(StandardCharsets.US_ASCII), given)) {
        return step;
      }
    }
    return Long.MIN_VALUE;
  }

  /** Checks UserCode against the model: required, digits only, exactly 6 characters. */
  private static String userCode(@Nullable String code) {
    if (code == null) {
      throw CognitoErrors.notNull("userCode");
    }
    List<String> violations = new ArrayList<>(2);
    check(violations, "userCode", code, 6, 6, USER_CODE);
    throwIfAny(violations);
    return code;
  }

  /* ---- AdminDeleteSoftwareToken ---- */

  /**
   * Removes a user's software token, confirmed or pending, and with it the TOTP factor and any
   * preference for it. A user without a token is left as is.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException if
   *     there is no such user
   */
  public AdminDeleteSoftwareTokenResponse adminDeleteSoftwareToken(AdminDeleteSoftwareTokenRequest request) {
    withUser(request.userPoolId(), request.username(), (pool, user) -> {
      user.mfa().removeTotp();
      user.touch(backend.clock().instant());
      return null;
    });
    return AdminDeleteSoftwareTokenResponse.builder().build();
  }

  /* ---- Users ---- */

  /** Runs {@code action} on the user of an access token or of an MFA_SETUP session, exactly one of which is given. */
  private <T> T withTokenOrSession(@Nullable String accessToken, @Nullable String session,
      BiFunction<UserPool, User, T> action) {
    if ((accessToken == null) == (session == null)) {
      throw CognitoErrors.accessTokenXorSession();
    }
    if (accessToken != null) {
      return withTokenUser(accessToken, action);
    }
    AuthSessions.Pending pending = backend.sessions().get(session);
    if (!ChallengeNameType.MFA_SETUP.toString().equals(pending.challengeName()) || pending.username() == null) {
      throw CognitoErrors.invalidSession();
    }
    UserPool pool = backend.findPool(pending.userPoolId());
    if (pool == null) {
      throw CognitoErrors.invalidSession();
    }
    pool.lock().lock();
    try {
      User user = pool.byUsername(pending.username());
      if (user == null) {
        throw CognitoErrors.invalidSession();
      }
      return action.apply(pool, user);
    } finally {
      pool.lock().unlock();
    }
  }

  private <T> T withTokenUser(@Nullable String accessToken, BiFunction<UserPool, User, T> action) {
    return UserAccess.withSignedInUser(backend, accessToken, action);
  }

  private <T> T withUser(@Nullable String userPoolId, @Nullable String username, BiFunction<UserPool, User, T> action) {
    return UserAccess.withNamedUser(backend, userPoolId, username, action);
  }

  /* ---- Request checks ---- */

  /** Adds the model's complaints about one string member: its pattern first, then its length. */
  private static void check(List<String> violations, String member, @Nullable String value, int min, int max,
      Pattern pattern) {
    if (value == null) {
      return;
    }
    String prefix = "Value '" + value + "' at '" + member + "' failed to satisfy constraint: ";
    if (!pattern.matcher(value).matches()) {
      violations.add(prefix + "Member must satisfy regular expression pattern: " + pattern.pattern());
    }
    if (value.length() < min) {
      violations.add(prefix + "Member must have length greater than or equal to " + min);
    } else if (value.length() > max) {
      violations.add(prefix + "Member must have length less than or equal to " + max);
    }
  }

  /** Reports every complaint at once, as Cognito's model validation does. */
  private static void throwIfAny(List<String> violations) {
    if (violations.isEmpty()) {
      return;
    }
    int n = violations.size();
    throw CognitoErrors.invalidParameter(n + (n == 1 ? " validation error detected: " : " validation errors detected: ")
        + String.join("; ", violations));
  }
}
