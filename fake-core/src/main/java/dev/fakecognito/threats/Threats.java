package dev.fakecognito.threats;

import java.util.Collection;

/**
 * What a {@link dev.fakecognito.FakeCognito} treats as risky, set by a test. Cognito judges risk
 * from signals a fake cannot see; here a test names them instead. Nothing set means no risk. The
 * settings matter only in pools whose threat protection is in AUDIT or ENFORCED mode.
 */
public interface Threats {

  /**
   * Sets the risk of sign-ins from an address or range; a later call for the same text replaces
   * it. When ranges overlap, the highest level wins.
   *
   * @param ipOrCidr an IPv4 or IPv6 address, or a range in CIDR notation
   * @throws IllegalArgumentException if it is neither
   */
  Threats ipRisk(String ipOrCidr, RiskLevel level);

  /** Adds passwords that threat protection finds in its lists of compromised credentials. */
  Threats compromisedPasswords(Collection<String> passwords);

  /** Sets the risk of every sign-in of one user, whatever address it comes from. */
  Threats userRisk(String userPoolId, String username, RiskLevel level);

  /** Forgets every setting, so nothing is risky again. */
  void reset();
}
