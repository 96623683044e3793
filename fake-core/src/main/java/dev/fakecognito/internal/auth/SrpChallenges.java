package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.auth.AuthSessions.SrpExchange;
import dev.fakecognito.internal.auth.srp.Srp;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.Ids;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The server's side of Cognito's SRP exchanges, for users (PASSWORD_VERIFIER) and devices
 * (DEVICE_PASSWORD_VERIFIER): checking A, choosing b and B, reading TIMESTAMP and checking the
 * client's signature. It holds no state; the exchange waits in {@link AuthSessions}.
 */
final class SrpChallenges {

  /** Without the weekday, which is checked apart so that a wrong one fails the signature only. */
  private static final DateTimeFormatter TIMESTAMP_BODY =
      DateTimeFormatter.ofPattern("MMM d HH:mm:ss 'UTC' yyyy", Locale.US);
  private static final Set<String> WEEKDAYS = Set.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  private static final String TIMESTAMP_FORMAT_ERROR =
      "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.";

  private SrpChallenges() {}

  /**
   * Reads the client's SRP_A.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if it is not hexadecimal or is 0 mod N, which would let anyone compute the key (the wording
   *     of this error is assumed)
   */
  static BigInteger clientPublic(String srpA) {
    BigInteger a;
    try {
      a = Srp.fromHex(srpA);
    } catch (NumberFormatException e) {
      throw CognitoErrors.invalidParameter("Invalid SRP_A value.");
    }
    if (a.signum() <= 0 || a.mod(Srp.N).signum() == 0) {
      throw CognitoErrors.invalidParameter("Invalid SRP_A value.");
    }
    return a;
  }

  /**
   * Picks b and B for a verifier; B mod N and u are never 0. A 256-bit b is as strong as the
   * group's hash and what RFC 5054 asks for; clients cannot tell its size, and it makes the two
   * exponentiations a sign-in costs the server four times cheaper than a 1024-bit one.
   */
  static SrpExchange begin(BigInteger clientPublic, BigInteger verifier, String prefix, String name) {
    while (true) {
      BigInteger b = new BigInteger(1, Ids.randomBytes(32));
      BigInteger serverPublic = Srp.serverPublic(verifier, b);
      if (serverPublic.mod(Srp.N).signum() != 0 && Srp.u(clientPublic, serverPublic).signum() != 0) {
        return new SrpExchange(clientPublic, b, serverPublic, verifier, prefix, name);
      }
    }
  }

  /**
   * Reads a TIMESTAMP such as {@code Tue Jan 2 03:04:05 UTC 2024} and returns the instant.
   *
   * <p>Cognito accepts a zero-padded day or a wrong weekday here but signs the canonical form, so
   * such a timestamp parses and then fails the signature check, as it does against the service.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if it is not an English timestamp of that shape
   */
  static Instant timestamp(String timestamp) {
    int space = timestamp.indexOf(' ');
    if (space < 0 || !WEEKDAYS.contains(timestamp.substring(0, space))) {
      throw CognitoErrors.invalidParameter(TIMESTAMP_FORMAT_ERROR);
    }
    try {
      return LocalDateTime.parse(timestamp.substring(space + 1), TIMESTAMP_BODY).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw CognitoErrors.invalidParameter(TIMESTAMP_FORMAT_ERROR);
    }
  }

  /**
   * Whether the client's PASSWORD_CLAIM_SIGNATURE proves it knows the password (or device secret)
   * behind the exchange's verifier. The signature covers the canonical form of the timestamp.
   */
  static boolean verify(SrpExchange exchange, String secretBlock, Instant timestamp, String signature) {
    BigInteger u = Srp.u(exchange.clientPublic(), exchange.serverPublic());
    BigInteger s = Srp.serverSecret(exchange.clientPublic(), exchange.verifier(), u, exchange.serverPrivate());
    byte[] block;
    try {
      block = Base64.getDecoder().decode(secretBlock);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String expected = Srp.signature(Srp.key(s, u), exchange.prefix(), exchange.name(), block, Srp.timestamp(timestamp));
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
  }
}
