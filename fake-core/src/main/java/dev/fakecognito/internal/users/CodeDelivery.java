package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Masking;
import dev.fakecognito.recording.SentMessage;
import java.time.Duration;
import java.util.Map;
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
    return sendCode(backend, pool, user, attribute, validity, null);
  }

  /**
   * Why a message is sent, for the CustomMessage trigger.
   *
   * @param triggerSource for example {@code CustomMessage_SignUp}
   * @param clientId the app client of the call, or null for admin calls
   * @param clientMetadata the call's ClientMetadata
   */
  public record MessageContext(String triggerSource, @Nullable String clientId, @Nullable Map<String, String> clientMetadata) {}

  /**
   * Sends a verification code, letting the pool's CustomMessage trigger rewrite the text when
   * {@code context} is given. The caller holds the pool's lock and has changed nothing yet, so a
   * failing trigger leaves no state behind.
   */
  public static PendingCode sendCode(Backend backend, UserPool pool, User user, String attribute, Duration validity,
      @Nullable MessageContext context) {
    String code = Ids.numericCode(6);
    UserPoolType config = pool.config();
    VerificationMessageTemplateType template = config.verificationMessageTemplate();
    boolean sms = attribute.equals("phone_number");
    String text = sms
        ? orDefault(template == null ? null : template.smsMessage(), config.smsVerificationMessage(), DEFAULT_MESSAGE)
        : orDefault(template == null ? null : template.emailMessage(), config.emailVerificationMessage(), DEFAULT_MESSAGE);
    if (context != null) {
      text = customMessage(backend, pool, user, sms, text, context, false);
    }
    String destination = user.attribute(attribute);
    backend.outbox().send(new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        destination, code, text.replace("{####}", code)));
    return new PendingCode(code, attribute, backend.clock().instant().plus(validity));
  }

  /**
   * Sends an MFA code during sign-in, through the CustomMessage trigger when the pool has one. The
   * caller holds the pool's lock.
   */
  public static void sendAuthenticationCode(Backend backend, UserPool pool, User user, String attribute, String code,
      String text, MessageContext context) {
    boolean sms = attribute.equals("phone_number");
    String message = customMessage(backend, pool, user, sms, text, context, false);
    backend.outbox().send(new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        user.attribute(attribute), code, message.replace("{####}", code)));
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
    text = customMessage(backend, pool, user, sms, text,
        new MessageContext("CustomMessage_AdminCreateUser", null, null), true);
    backend.outbox().send(new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        user.attribute(attribute), temporaryPassword,
        text.replace("{username}", signInName).replace("{####}", temporaryPassword)));
  }


  /**
   * Lets the CustomMessage trigger replace a message. Its replacement must still contain the code
   * placeholder {@code {####}}, which Cognito fills in.
   */
  private static String customMessage(Backend backend, UserPool pool, User user, boolean sms, String text,
      MessageContext context, boolean invitation) {
    Map<String, Object> request = TriggerEvents.request(
        "userAttributes", TriggerEvents.userAttributes(user),
        "codeParameter", "{####}",
        "linkParameter", "{##Click Here##}",
        "usernameParameter", invitation ? "{username}" : null,
        "clientMetadata", TriggerEvents.clientMetadata(context.clientMetadata()));
    Map<String, Object> response = backend.triggers().invoke(pool, Trigger.CUSTOM_MESSAGE, context.triggerSource(),
        context.clientId(), user.username(), request);
    String custom = TriggerEvents.string(response, sms ? "smsMessage" : "emailMessage");
    if (custom == null) {
      return text;
    }
    if (!custom.contains("{####}")) {
      throw CognitoErrors.invalidLambdaResponse("Invalid lambda response received: message does not contain {####}");
    }
    return custom;
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
