package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Masking;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.triggers.CustomSenderCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * Puts codes and invitations into the outbox, and describes where they went as Cognito does.
 *
 * <p>A pool with a custom email or SMS sender (LambdaConfig {@code CustomEmailSender} or {@code
 * CustomSMSSender}) sends nothing by that medium itself: the sender trigger gets the code instead,
 * and the outbox stays empty for it. Tests read such codes from the recorded trigger invocation,
 * with {@link CustomSenderCodes#decrypt(String)}.
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
   * {@code context} is given, or handing the code to the pool's custom sender instead. The caller
   * holds the pool's lock and has changed nothing yet, so a failing trigger leaves no state behind.
   */
  public static PendingCode sendCode(Backend backend, UserPool pool, User user, String attribute, Duration validity,
      @Nullable MessageContext context) {
    return sendCode(backend, pool, user, attribute, validity, context, null);
  }

  /**
   * As {@link #sendCode(Backend, UserPool, User, String, Duration, MessageContext)}, holding the
   * message in {@code held}, when given, until the caller knows the call succeeds.
   */
  static PendingCode sendCode(Backend backend, UserPool pool, User user, String attribute, Duration validity,
      @Nullable MessageContext context, @Nullable Held held) {
    String code = Ids.numericCode(6);
    UserPoolType config = pool.config();
    VerificationMessageTemplateType template = config.verificationMessageTemplate();
    boolean sms = attribute.equals("phone_number");
    String text = sms
        ? orDefault(template == null ? null : template.smsMessage(), config.smsVerificationMessage(), DEFAULT_MESSAGE)
        : orDefault(template == null ? null : template.emailMessage(), config.emailVerificationMessage(), DEFAULT_MESSAGE);
    deliver(backend, pool, user, attribute, code, text, context, null, held);
    return new PendingCode(code, attribute, backend.clock().instant().plus(validity));
  }

  /**
   * Sends an MFA code during sign-in, through the CustomMessage trigger or the custom sender when
   * the pool has one. The caller holds the pool's lock.
   */
  public static void sendAuthenticationCode(Backend backend, UserPool pool, User user, String attribute, String code,
      String text, MessageContext context) {
    deliver(backend, pool, user, attribute, code, text, context, null, null);
  }

  /**
   * Sends an AdminCreateUser invitation with the temporary password; the triggers it fires get
   * {@code clientMetadata}.
   */
  static void sendInvitation(Backend backend, UserPool pool, User user, String attribute, String signInName,
      String temporaryPassword, @Nullable Map<String, String> clientMetadata, Held held) {
    var invite = pool.config().adminCreateUserConfig() == null ? null
        : pool.config().adminCreateUserConfig().inviteMessageTemplate();
    boolean sms = attribute.equals("phone_number");
    String text = sms
        ? orDefault(invite == null ? null : invite.smsMessage(), null, DEFAULT_INVITATION)
        : orDefault(invite == null ? null : invite.emailMessage(), null, DEFAULT_INVITATION);
    deliver(backend, pool, user, attribute, temporaryPassword, text,
        new MessageContext("CustomMessage_AdminCreateUser", null, clientMetadata), signInName, held);
  }

  /**
   * Messages of one call that sends several (an invitation by email and SMS, codes for a new email
   * address and phone number), held back until the last one's triggers have run and the call's
   * changes are stored: a call that fails half-way has sent nothing.
   */
  static final class Held {
    private final List<Runnable> deliveries = new ArrayList<>(2);

    /**
     * Sends the held messages, in the order they were written, and hands the held codes to the
     * custom senders.
     */
    void send() {
      deliveries.forEach(Runnable::run);
      deliveries.clear();
    }
  }

  /**
   * Delivers a code (or temporary password) by the medium of {@code attribute}. With a custom
   * sender configured for that medium, Cognito sends nothing itself: the sender gets the code and
   * the outbox gets nothing. The CustomMessage trigger is then not asked either, since the sender's
   * event carries no text for it to shape (a guess: the documentation does not say). Otherwise the
   * CustomMessage trigger may rewrite the text and the message goes to the outbox.
   *
   * @param context why the message is sent, or null to send the text as it is without triggers
   * @param signInName for invitations, what replaces {@code {username}}; null otherwise
   * @param held where the message waits for the call to succeed, or null to send it at once
   */
  private static void deliver(Backend backend, UserPool pool, User user, String attribute, String code, String text,
      @Nullable MessageContext context, @Nullable String signInName, @Nullable Held held) {
    boolean sms = attribute.equals("phone_number");
    if (context != null && customSender(backend, pool, user, sms, code, context, held)) {
      return;
    }
    String message = context == null ? text : customMessage(backend, pool, user, sms, text, context, signInName != null);
    if (signInName != null) {
      message = message.replace("{username}", signInName);
    }
    SentMessage sent = new SentMessage(pool.id(), user.username(), medium(attribute).toString(),
        user.attribute(attribute), code, message.replace("{####}", code));
    String reason = context == null ? null
        : context.triggerSource().substring(context.triggerSource().indexOf('_') + 1);
    if (held != null) {
      held.deliveries.add(() -> backend.outbox().send(sent, reason));
    } else {
      backend.outbox().send(sent, reason);
    }
  }

  /**
   * Hands the code to the pool's custom email or SMS sender, if it has one for this medium
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html).
   * Cognito encrypts {@code request.code} with the pool's KMS key; the fake cannot, and sends the
   * Base64 of the code instead ({@link CustomSenderCodes}). Cognito invokes senders
   * asynchronously, so a failing sender does not fail the call; the fake records it and goes on.
   * It calls the sender while the caller holds the pool's lock: at once, before the operation's
   * changes are stored, so a sender that calls back into the fake may not see them yet; or, with
   * {@code held}, once the call's changes are stored, and not at all if the call fails.
   *
   * @return whether a sender took the message
   */
  private static boolean customSender(Backend backend, UserPool pool, User user, boolean sms, String code,
      MessageContext context, @Nullable Held held) {
    Trigger sender = sms ? Trigger.CUSTOM_SMS_SENDER : Trigger.CUSTOM_EMAIL_SENDER;
    if (!backend.triggers().configured(pool, sender)) {
      return false;
    }
    // CustomMessage_SignUp becomes CustomEmailSender_SignUp or CustomSMSSender_SignUp, and so on.
    String reason = context.triggerSource().substring(context.triggerSource().indexOf('_') + 1);
    Map<String, Object> request = TriggerEvents.request(
        "type", sms ? "customSMSSenderRequestV1" : "customEmailSenderRequestV1",
        "code", CustomSenderCodes.encrypt(code),
        "clientMetadata", TriggerEvents.clientMetadata(context.clientMetadata()),
        "userAttributes", TriggerEvents.userAttributes(user));
    String triggerSource = sender.displayName() + "_" + reason;
    String username = user.username();
    if (held != null) {
      held.deliveries.add(() -> backend.triggers().invokeAsync(pool, sender, triggerSource, context.clientId(),
          username, request));
      return true;
    }
    return backend.triggers().invokeAsync(pool, sender, triggerSource, context.clientId(), username, request);
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
