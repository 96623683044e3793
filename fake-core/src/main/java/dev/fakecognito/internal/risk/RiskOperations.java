package dev.fakecognito.internal.risk;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.AuthEvents;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.threats.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverActionsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverRiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventFeedbackType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateAuthEventFeedbackResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsRiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventRiskType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotifyConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotifyEmailType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskDecisionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskExceptionConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnsType;

/**
 * Threat protection settings (SetRiskConfiguration, DescribeRiskConfiguration) and the decisions
 * they drive. In ENFORCED mode a sign-in, sign-up or password reset from an address of the
 * always-block list is refused before any user is looked at, unless the address is also on the
 * always-allow list; account takeover actions apply to sign-ins; compromised-credentials actions
 * apply to the events of their filter: sign-in, sign-up and password change. AUDIT mode only
 * records. An app client's own settings replace the pool's; without its own, the pool's apply.
 */
public final class RiskOperations {

  private static final int MAX_RANGES = 200;
  private static final Set<String> COMPROMISED_ACTIONS = Set.of("BLOCK", "NO_ACTION");
  private static final Set<String> TAKEOVER_ACTIONS = Set.of("BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION");
  private static final Set<String> EVENT_FILTERS = Set.of("SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP");

  private final Backend backend;

  public RiskOperations(Backend backend) {
    this.backend = backend;
  }

  public SetRiskConfigurationResponse setRiskConfiguration(SetRiskConfigurationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    if (request.clientId() != null) {
      backend.client(pool, request.clientId());
    }
    validate(request);
    requireThreatProtection(pool);
    RiskConfigurationType configuration = RiskConfigurationType.builder()
        .userPoolId(pool.id())
        .clientId(request.clientId())
        .compromisedCredentialsRiskConfiguration(request.compromisedCredentialsRiskConfiguration())
        .accountTakeoverRiskConfiguration(request.accountTakeoverRiskConfiguration())
        .riskExceptionConfiguration(request.riskExceptionConfiguration())
        .lastModifiedDate(backend.clock().instant())
        .build();
    pool.lock().lock();
    try {
      pool.riskConfigurations().put(key(request.clientId()), configuration);
    } finally {
      pool.lock().unlock();
    }
    return SetRiskConfigurationResponse.builder().riskConfiguration(configuration).build();
  }

  public DescribeRiskConfigurationResponse describeRiskConfiguration(DescribeRiskConfigurationRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    if (request.clientId() != null) {
      backend.client(pool, request.clientId());
    }
    requireThreatProtection(pool);
    RiskConfigurationType configuration = effective(pool, request.clientId());
    if (configuration == null) {
      configuration = RiskConfigurationType.builder().userPoolId(pool.id()).clientId(request.clientId()).build();
    }
    return DescribeRiskConfigurationResponse.builder().riskConfiguration(configuration).build();
  }

  public AdminUpdateAuthEventFeedbackResponse adminUpdateAuthEventFeedback(AdminUpdateAuthEventFeedbackRequest request) {
    // Assumed: the provider Cognito stores for an administrator's feedback.
    feedback(request.userPoolId(), request.username(), request.eventId(), null, request.feedbackValueAsString(),
        "Admin");
    return AdminUpdateAuthEventFeedbackResponse.builder().build();
  }

  public UpdateAuthEventFeedbackResponse updateAuthEventFeedback(UpdateAuthEventFeedbackRequest request) {
    if (request.feedbackToken() == null) {
      throw CognitoErrors.notNull("feedbackToken");
    }
    // Assumed: the provider Cognito stores for feedback given with the token of a notification.
    feedback(request.userPoolId(), request.username(), request.eventId(), request.feedbackToken(),
        request.feedbackValueAsString(), "User");
    return UpdateAuthEventFeedbackResponse.builder().build();
  }

  /** Stores feedback on one auth event, replacing any earlier feedback. */
  private void feedback(@Nullable String userPoolId, @Nullable String username, @Nullable String eventId,
      @Nullable String token, @Nullable String value, String provider) {
    UserPool pool = backend.pool(userPoolId);
    if (username == null) {
      throw CognitoErrors.notNull("username");
    }
    if (eventId == null) {
      throw CognitoErrors.notNull("eventId");
    }
    if (value == null) {
      throw CognitoErrors.notNull("feedbackValue");
    }
    if (!value.equals("Valid") && !value.equals("Invalid")) {
      throw CognitoErrors.invalidParameter("1 validation error detected: Value '" + value
          + "' at 'feedbackValue' failed to satisfy constraint: Member must satisfy enum value set: [Valid, Invalid]");
    }
    pool.lock().lock();
    try {
      User user = pool.find(username);
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      requireThreatProtection(pool);
      List<AuthEventType> events = user.authEvents();
      for (int i = 0; i < events.size(); i++) {
        AuthEventType event = events.get(i);
        if (!eventId.equals(event.eventId())) {
          continue;
        }
        if (token != null && !token.equals(user.feedbackTokens().get(eventId))) {
          // Assumed exception and text for a token that is not the event's.
          throw CognitoErrors.notAuthorized("Invalid feedback token.");
        }
        events.set(i, event.toBuilder().eventFeedback(EventFeedbackType.builder().feedbackValue(value)
            .provider(provider).feedbackDate(backend.clock().instant()).build()).build());
        return;
      }
      // Assumed text: Cognito's message for an unknown event ID is not documented.
      throw CognitoErrors.resourceNotFound("Auth event " + eventId + " does not exist.");
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * Refuses a request from an always-blocked address when the pool enforces threat protection:
   * sign-in, SignUp, ForgotPassword and ConfirmForgotPassword.
   *
   * @param ip the end user's address as Cognito would see it, or {@code null} if none is known
   */
  public static void checkAddress(UserPool pool, String clientId, @Nullable String ip) {
    if (ip == null || mode(pool) != AdvancedSecurityModeType.ENFORCED) {
      return;
    }
    RiskExceptionConfigurationType exceptions = exceptions(pool, clientId);
    if (exceptions == null || within(exceptions.skippedIPRangeList(), ip)) {
      return;
    }
    if (within(exceptions.blockedIPRangeList(), ip)) {
      throw CognitoErrors.blockedBySecurity();
    }
  }

  /**
   * Whether a password a user sends in plain text is one of the compromised ones, as far as the
   * pool looks: only pools in AUDIT or ENFORCED mode check passwords.
   */
  public static boolean compromised(RiskSignals signals, UserPool pool, @Nullable String password) {
    return AuthEvents.enabled(pool) && signals.compromised(password);
  }

  /**
   * What account takeover protection makes of a sign-in whose password was right.
   *
   * @param level the higher of the address's and the user's risk, or {@code null} for none
   * @param action the configured action for that level, or {@code null} if none applies
   * @param enforced whether the pool acts on it (ENFORCED) rather than only recording it (AUDIT)
   */
  public record Assessment(@Nullable RiskLevel level, @Nullable AccountTakeoverActionType action, boolean enforced) {

    /** The configured event action when the pool acts on it: BLOCK, MFA_IF_CONFIGURED, MFA_REQUIRED or NO_ACTION. */
    public @Nullable String enforcedAction() {
      return enforced && action != null ? action.eventActionAsString() : null;
    }

    public boolean notifies() {
      return enforced && action != null && Boolean.TRUE.equals(action.sendNotification());
    }

    /** The risk an auth event records; {@code blocked} when the sign-in was refused for it. */
    public EventRiskType eventRisk(boolean blocked) {
      return eventRisk(blocked, false);
    }

    /** The same, with whether the password was found among compromised credentials. */
    public EventRiskType eventRisk(boolean blocked, boolean compromised) {
      if (level == null && !compromised) {
        return AuthEvents.NO_RISK;
      }
      if (level == null) {
        return EventRiskType.builder().riskDecision(blocked ? RiskDecisionType.BLOCK : RiskDecisionType.NO_RISK)
            .compromisedCredentialsDetected(true).build();
      }
      return EventRiskType.builder()
          .riskDecision(blocked ? RiskDecisionType.BLOCK : RiskDecisionType.ACCOUNT_TAKEOVER)
          .riskLevel(level.name().charAt(0) + level.name().substring(1).toLowerCase(Locale.ROOT))
          .compromisedCredentialsDetected(compromised)
          .build();
    }
  }

  /**
   * Whether compromised-credentials protection refuses a sign-in, sign-up or password change whose
   * password is compromised: only in ENFORCED mode, with a BLOCK action and the event among the
   * configuration's event filter (all events when it lists none).
   *
   * @param event SIGN_IN, SIGN_UP or PASSWORD_CHANGE
   */
  public static boolean blocksCompromised(UserPool pool, @Nullable String clientId, String event) {
    if (mode(pool) != AdvancedSecurityModeType.ENFORCED) {
      return false;
    }
    RiskConfigurationType configuration = effective(pool, clientId);
    CompromisedCredentialsRiskConfigurationType compromised =
        configuration == null ? null : configuration.compromisedCredentialsRiskConfiguration();
    if (compromised == null || compromised.actions() == null
        || !"BLOCK".equals(compromised.actions().eventActionAsString())) {
      return false;
    }
    List<String> filter = compromised.eventFilterAsStrings();
    return filter.isEmpty() || filter.contains(event);
  }

  /**
   * Assesses a request of {@code username} from {@code ip}: a sign-in, or an event that only
   * records its risk (sign-up, password reset or change). No risk unless the pool is in AUDIT or
   * ENFORCED mode, and none from an always-allowed address.
   */
  public static Assessment assess(RiskSignals signals, UserPool pool, String clientId, String username,
      @Nullable String ip) {
    if (!AuthEvents.enabled(pool)) {
      return new Assessment(null, null, false);
    }
    RiskExceptionConfigurationType exceptions = exceptions(pool, clientId);
    if (ip != null && exceptions != null && within(exceptions.skippedIPRangeList(), ip)) {
      // No risk detection for an always-allowed address.
      return new Assessment(null, null, mode(pool) == AdvancedSecurityModeType.ENFORCED);
    }
    RiskLevel level = signals.level(pool.id(), username, ip);
    RiskConfigurationType configuration = effective(pool, clientId);
    AccountTakeoverRiskConfigurationType takeover =
        configuration == null ? null : configuration.accountTakeoverRiskConfiguration();
    AccountTakeoverActionType action = null;
    if (level != null && takeover != null && takeover.actions() != null) {
      AccountTakeoverActionsType actions = takeover.actions();
      action = switch (level) {
        case LOW -> actions.lowAction();
        case MEDIUM -> actions.mediumAction();
        case HIGH -> actions.highAction();
      };
    }
    return new Assessment(level, action, mode(pool) == AdvancedSecurityModeType.ENFORCED);
  }

  /**
   * Sends the account takeover notification to the user's email, if they have one: the configured
   * message for the action taken, or a plain one (assumed wording), carrying the event's feedback
   * token.
   *
   * @param action BLOCK, MFA or NO_ACTION: which of the configured messages to send
   */
  public static void notifyUser(Backend backend, UserPool pool, User user, @Nullable String clientId,
      String action, String eventId, String feedbackToken) {
    String email = user.attribute("email");
    if (email == null) {
      return;
    }
    RiskConfigurationType configuration = effective(pool, clientId);
    NotifyConfigurationType notify = configuration == null || configuration.accountTakeoverRiskConfiguration() == null
        ? null : configuration.accountTakeoverRiskConfiguration().notifyConfiguration();
    NotifyEmailType message = notify == null ? null : switch (action) {
      case "BLOCK" -> notify.blockEmail();
      case "MFA" -> notify.mfaEmail();
      default -> notify.noActionEmail();
    };
    String subject = message == null || message.subject() == null ? "Unusual sign-in activity" : message.subject();
    String body = message == null || message.textBody() == null
        ? "We noticed a sign-in to your account that did not look like you." : message.textBody();
    String text = subject + "\n\n" + body + "\n\nEvent: " + eventId + "\nFeedback token: " + feedbackToken;
    backend.outbox().send(new SentMessage(pool.id(), user.username(), "EMAIL", email, null, text), "AccountTakeover");
  }

  private static @Nullable RiskConfigurationType effective(UserPool pool, @Nullable String clientId) {
    RiskConfigurationType own = clientId == null ? null : pool.riskConfigurations().get(clientId);
    return own != null ? own : pool.riskConfigurations().get(UserPool.POOL_RISK_CONFIGURATION);
  }

  private static @Nullable RiskExceptionConfigurationType exceptions(UserPool pool, @Nullable String clientId) {
    RiskConfigurationType configuration = effective(pool, clientId);
    return configuration == null ? null : configuration.riskExceptionConfiguration();
  }

  private static boolean within(List<String> ranges, String ip) {
    for (String range : ranges) {
      if (IpRange.parse(range).map(r -> r.contains(ip)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable AdvancedSecurityModeType mode(UserPool pool) {
    UserPoolAddOnsType addOns = pool.config().userPoolAddOns();
    return addOns == null ? null : addOns.advancedSecurityMode();
  }

  private static void requireThreatProtection(UserPool pool) {
    if (!AuthEvents.enabled(pool)) {
      throw CognitoErrors.advancedSecurityNotEnabled();
    }
  }

  private static String key(@Nullable String clientId) {
    return clientId == null ? UserPool.POOL_RISK_CONFIGURATION : clientId;
  }

  /* ---- Validation, all before anything is stored ---- */

  private static void validate(SetRiskConfigurationRequest request) {
    CompromisedCredentialsRiskConfigurationType compromised = request.compromisedCredentialsRiskConfiguration();
    if (compromised != null) {
      String member = "compromisedCredentialsRiskConfiguration";
      if (compromised.actions() == null) {
        throw CognitoErrors.notNull(member + ".actions");
      }
      oneOf(member + ".actions.eventAction", compromised.actions().eventActionAsString(), COMPROMISED_ACTIONS);
      for (String filter : compromised.eventFilterAsStrings()) {
        oneOf(member + ".eventFilter", filter, EVENT_FILTERS);
      }
    }
    AccountTakeoverRiskConfigurationType takeover = request.accountTakeoverRiskConfiguration();
    if (takeover != null) {
      String member = "accountTakeoverRiskConfiguration";
      AccountTakeoverActionsType actions = takeover.actions();
      if (actions == null) {
        throw CognitoErrors.notNull(member + ".actions");
      }
      takeoverAction(member + ".actions.lowAction", actions.lowAction());
      takeoverAction(member + ".actions.mediumAction", actions.mediumAction());
      takeoverAction(member + ".actions.highAction", actions.highAction());
    }
    RiskExceptionConfigurationType exceptions = request.riskExceptionConfiguration();
    if (exceptions != null) {
      ranges("riskExceptionConfiguration.blockedIPRangeList", exceptions.blockedIPRangeList());
      ranges("riskExceptionConfiguration.skippedIPRangeList", exceptions.skippedIPRangeList());
    }
  }

  private static void takeoverAction(String member, @Nullable AccountTakeoverActionType action) {
    if (action == null) {
      return;
    }
    if (action.sendNotification() == null) {
      throw CognitoErrors.notNull(member + ".notify");
    }
    oneOf(member + ".eventAction", action.eventActionAsString(), TAKEOVER_ACTIONS);
  }

  private static void oneOf(String member, @Nullable String value, Set<String> allowed) {
    if (value == null) {
      throw CognitoErrors.notNull(member);
    }
    if (!allowed.contains(value)) {
      List<String> sorted = new ArrayList<>(allowed);
      sorted.sort(null);
      throw CognitoErrors.constraint(member, value, "Member must satisfy enum value set: " + sorted);
    }
  }

  private static void ranges(String member, List<String> ranges) {
    if (ranges.size() > MAX_RANGES) {
      throw CognitoErrors.listLength(member, "Member must have length less than or equal to " + MAX_RANGES);
    }
    for (String range : ranges) {
      if (range == null || IpRange.parse(range).isEmpty()) {
        throw CognitoErrors.invalidIpRange(range);
      }
    }
  }
}
