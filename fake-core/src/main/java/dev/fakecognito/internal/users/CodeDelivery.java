package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Masking;
import dev.fakecognito.recording.SentMessage;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * Puts codes and invitations into the outbox, and describes where they went as Cognito does.
 *
 * <p>Codes have 6 digits. Sign-up codes live 24 hours and password-reset codes one hour
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/limits.md). Only the newest code of a
 * kind works: sending a new one replaces the old.
 */
public final class CodeDelivery {

  public static final Duration SIGN_UP_CODE_VALIDITY = Duration.ofHours(24);
  public static final Duration RESET_CODE_VALIDITY = Duration.ofHours(1);

  private static final String DEFAULT_MESSAGE = "Your verification code is {####}. ";
  private static final String DEFAULT_INVITATION =
      "Your username is {username} and temporary password is {####}. ";

  private CodeDelivery() {}

  /** The medium a code sent to {@code attribute} travels by. */
  public static DeliveryMediumType medium(String attribute) {
    return attribute.equals("phone_number") ? DeliveryMediumType.SMS : DeliveryMediumType.EMAIL;
  }

  /** Sends a verification code (sign-up or password reset) and returns the code. */
  public static PendingCode sendCode(
      Backend backend, UserPool pool, User user, String attribute, Duration validity) {
    String code = Ids.numericCode(6);
    UserPoolType config = pool.config();
    VerificationMessageTemplateType template = config.verificationMessageTemplate();
    boolean sms = attribute.equals("phone_number");
    String text = sms
        ? orDefault(template == null ? null : template.smsMessage(), config.smsVerificationMessage(), DEFAULT_MESSAGE)
        : orDefault(template == null ? null : template.emailMessage(), config.emailVerificationMessage(), DEFAULT_MESSAGE);
    String destination = user.attribute(attribute);
    backend.outbox().send(new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        destination, code, text.replace("{####}", code)));
    return new PendingCode(code, attribute, backend.clock().instant().plus(validity));
  }

  /** Sends an AdminCreateUser invitation with the temporary password. */
  public static void sendInvitation(
      Backend backend, UserPool pool, User user, String attribute, String signInName, String temporaryPassword) {
    var invite = pool.config().adminCreateUserConfig() == null ? null
        : pool.config().adminCreateUserConfig().inviteMessageTemplate();
    boolean sms = attribute.equals("phone_number");
    String text = sms
        ? orDefault(invite == null ? null : invite.smsMessage(), null, DEFAULT_INVITATION)
        : orDefault(invite == null ? null : invite.emailMessage(), null, DEFAULT_INVITATION);
    backend.outbox().send(new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        user.attribute(attribute), temporaryPassword,
        text.replace("{username}", signInName).replace("{####}", temporaryPassword)));
  }


  public static CodeDeliveryDetailsType details(User user, String attribute) {
    String destination = user.attribute(attribute);
    String masked = destination == null ? null
        : attribute.equals("phone_number") ? Masking.phone(destination) : Masking.email(destination);
    return CodeDeliveryDetailsType.builder()
        .destination(masked).deliveryMedium(medium(attribute)).attributeName(attribute).build();
  }

  private static String orDefault(@Nullable String first, @Nullable String second, String fallback) {
    return first != null ? first : second != null ? second : fallback;
  }
}
