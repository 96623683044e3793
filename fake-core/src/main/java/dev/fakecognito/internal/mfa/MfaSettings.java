package dev.fakecognito.internal.mfa;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One user's MFA factors: which are enabled, which is preferred, and the software token.
 *
 * <p>Mutable, and guarded by the pool's lock like the user it belongs to.
 */
public final class MfaSettings {

  public static final String SMS = "SMS_MFA";
  public static final String TOTP = "SOFTWARE_TOKEN_MFA";
  public static final String EMAIL = "EMAIL_OTP";

  private boolean smsEnabled;
  private boolean totpEnabled;
  private boolean emailEnabled;
  private @Nullable String preferred;
  private byte @Nullable [] totpKey;
  private byte @Nullable [] pendingTotpKey;
  private @Nullable String totpDeviceName;
  private long lastTotpStep = Long.MIN_VALUE;

  public boolean enabled(String factor) {
    return switch (factor) {
      case SMS -> smsEnabled;
      case TOTP -> totpEnabled;
      case EMAIL -> emailEnabled;
      default -> false;
    };
  }

  public void enabled(String factor, boolean enabled) {
    switch (factor) {
      case SMS -> smsEnabled = enabled;
      case TOTP -> totpEnabled = enabled;
      case EMAIL -> emailEnabled = enabled;
      default -> throw new IllegalArgumentException(factor);
    }
    if (!enabled && factor.equals(preferred)) {
      preferred = null;
    }
  }

  /** The enabled factors, in the order Cognito lists them in UserMFASettingList. */
  public List<String> enabledFactors() {
    List<String> factors = new ArrayList<>(3);
    if (smsEnabled) {
      factors.add(SMS);
    }
    if (totpEnabled) {
      factors.add(TOTP);
    }
    if (emailEnabled) {
      factors.add(EMAIL);
    }
    return factors;
  }

  public @Nullable String preferred() {
    return preferred;
  }

  public void preferred(@Nullable String factor) {
    this.preferred = factor;
  }

  /** The verified software token key, or null. */
  public byte @Nullable [] totpKey() {
    return totpKey == null ? null : totpKey.clone();
  }

  /** The key AssociateSoftwareToken handed out and VerifySoftwareToken has not confirmed yet. */
  public byte @Nullable [] pendingTotpKey() {
    return pendingTotpKey == null ? null : pendingTotpKey.clone();
  }

  public void pendingTotpKey(byte @Nullable [] key) {
    this.pendingTotpKey = key == null ? null : key.clone();
  }

  /** Makes the pending key the user's software token. */
  public void confirmTotp(@Nullable String deviceName, long step) {
    this.totpKey = pendingTotpKey;
    this.pendingTotpKey = null;
    this.totpDeviceName = deviceName;
    this.lastTotpStep = step;
  }

  /** Removes the software token (and its factor). */
  public void removeTotp() {
    totpKey = null;
    pendingTotpKey = null;
    totpDeviceName = null;
    enabled(TOTP, false);
  }

  public @Nullable String totpDeviceName() {
    return totpDeviceName;
  }

  /** The last time step a TOTP code was accepted for; a code can be used only once. */
  public long lastTotpStep() {
    return lastTotpStep;
  }

  public void lastTotpStep(long step) {
    this.lastTotpStep = step;
  }
}
