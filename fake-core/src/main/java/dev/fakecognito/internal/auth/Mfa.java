package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.util.ModelSupport;
import dev.fakecognito.totp.Totp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;

/** The pool's and the user's side of the MFA factors, for the sign-in challenges. */
final class Mfa {

  private static final String DEFAULT_MESSAGE = "Your authentication code is {####}. ";

  private Mfa() {}

  /** Whether the pool offers {@code factor}, as GetUserPoolMfaConfig reports it. */
  static boolean allowed(UserPool pool, String factor) {
    return MfaOperations.offers(pool, factor);
  }

  /** Whether a code for {@code factor} can reach the user. */
  static boolean reachable(User user, String factor) {
    return switch (factor) {
      case MfaSettings.SMS -> user.attribute("phone_number") != null;
      case MfaSettings.EMAIL -> user.attribute("email") != null;
      case MfaSettings.TOTP -> user.mfa().totpKey() != null;
      default -> false;
    };
  }

  /** The message text of an SMS or email MFA code. */
  static String message(UserPool pool, String factor) {
    GetUserPoolMfaConfigResponse config = MfaOperations.effectiveConfig(pool);
    String text = null;
    if (factor.equals(MfaSettings.SMS)) {
      text = pool.config().smsAuthenticationMessage();
    } else if (ModelSupport.EMAIL_MFA && config.emailMfaConfiguration() != null) {
      text = config.emailMfaConfiguration().message();
    }
    return text != null ? text : DEFAULT_MESSAGE;
  }

  /**
   * The time step whose code {@code code} is, within one step either side of {@code now}, or
   * {@link Long#MIN_VALUE} if none matches.
   */
  static long matchingStep(byte @Nullable [] key, String code, Instant now) {
    if (key == null) {
      return Long.MIN_VALUE;
    }
    long current = Totp.step(now);
    for (long step = current - 1; step <= current + 1; step++) {
      if (MessageDigest.isEqual(Totp.code(key, step).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        return step;
      }
    }
    return Long.MIN_VALUE;
  }
}
