package dev.fakecognito.assertions;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.recording.SentMessage;
import dev.fakecognito.triggers.TriggerInvocation;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a {@link FakeCognito}: its recorded context data, its trigger invocations, the
 * messages in its outbox and its tokens.
 */
public final class FakeCognitoAssert extends AbstractAssert<FakeCognitoAssert, FakeCognito> {

  FakeCognitoAssert(FakeCognito actual) {
    super(actual, FakeCognitoAssert.class);
  }

  /**
   * Returns assertions on the most recent call of {@code operation} (an SDK operation name such as
   * {@code "SignUp"}), failing if there was none.
   */
  public RecordedContextDataAssert recorded(String operation) {
    isNotNull();
    List<RecordedContextData> calls = calls(operation);
    if (calls.isEmpty()) {
      failWithMessage("Expected a recorded %s call but the fake recorded only %s", operation, operations());
    }
    return new RecordedContextDataAssert(calls.get(calls.size() - 1));
  }

  /** Verifies that some call of {@code operation} passed {@code ipAddress} on to Cognito. */
  public FakeCognitoAssert propagatedIp(String operation, String ipAddress) {
    isNotNull();
    boolean found = calls(operation).stream()
        .anyMatch(c -> ipAddress.equals(c.ipAddress()) && c.propagated());
    if (!found) {
      failWithMessage("Expected a %s call that propagated IP address %s but the recorded %s calls were %s",
          operation, ipAddress, operation, calls(operation));
    }
    return this;
  }

  /** Verifies that no call of {@code operation} passed an IP address on to Cognito. */
  public FakeCognitoAssert propagatedNoIp(String operation) {
    isNotNull();
    List<RecordedContextData> propagated = calls(operation).stream().filter(RecordedContextData::propagated).toList();
    if (!propagated.isEmpty()) {
      failWithMessage("Expected no %s call to propagate an IP address but these did: %s", operation, propagated);
    }
    return this;
  }

  /**
   * Verifies that {@code jwt} is a token this fake issued: signed with the key its pool publishes,
   * and not expired on the fake's clock. Returns assertions on its claims.
   */
  public TokenAssert token(String jwt) {
    isNotNull();
    return TokenAssert.verified(actual, jwt);
  }

  /**
   * Returns assertions on the code in the newest message that carried one to {@code destination}
   * (an email address or phone number, unmasked, as the user's attribute holds it), failing if no
   * such message was sent. Codes are MFA and sign-in codes, confirmation and password-reset codes,
   * and temporary passwords.
   *
   * <pre>{@code
   * assertThat(fake).sentCodeTo("+15555550100").hasSize(6).containsOnlyDigits();
   * }</pre>
   *
   * @param destination the email address or phone number
   * @return assertions on the code
   */
  public AbstractStringAssert<?> sentCodeTo(String destination) {
    isNotNull();
    SentMessage message = newestTo(destination, true);
    return Assertions.assertThat(message.code()).as("code sent to %s", destination);
  }

  /**
   * Returns assertions on the newest message sent to {@code destination} (an email address or
   * phone number, unmasked), failing if none was.
   *
   * @param destination the email address or phone number
   * @return assertions on the message
   */
  public ObjectAssert<SentMessage> lastMessageTo(String destination) {
    isNotNull();
    return Assertions.assertThat(newestTo(destination, false)).as("last message to %s", destination);
  }

  private SentMessage newestTo(String destination, boolean withCode) {
    List<SentMessage> messages = actual.outbox().messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      SentMessage message = messages.get(i);
      if (message.destination().equals(destination) && (!withCode || message.code() != null)) {
        return message;
      }
    }
    throw failure("Expected a message%s sent to %s but the fake sent messages only to %s",
        withCode ? " with a code" : "", destination,
        messages.stream().map(SentMessage::destination).distinct().toList());
  }

  /**
   * Returns assertions on the most recent invocation of a Lambda trigger with this {@code
   * triggerSource}, failing if there was none.
   *
   * <pre>{@code
   * assertThat(fake).invoked("PreSignUp_SignUp").hasUserAttribute("email", "alice@example.com");
   * }</pre>
   *
   * @param triggerSource for example {@code PreSignUp_SignUp} or {@code CustomMessage_ForgotPassword}
   * @return assertions on that invocation
   */
  public TriggerInvocationAssert invoked(String triggerSource) {
    isNotNull();
    List<TriggerInvocation> matching = invocations(triggerSource);
    if (matching.isEmpty()) {
      failWithMessage("Expected a trigger invocation with source %s but the fake invoked only %s",
          triggerSource, triggerSources());
    }
    return new TriggerInvocationAssert(matching.get(matching.size() - 1));
  }

  /**
   * Returns assertions on the most recent invocation of a Lambda trigger with this {@code
   * triggerSource} for one user, failing if there was none.
   *
   * <pre>{@code
   * assertThat(fake).invoked("PostConfirmation_ConfirmSignUp", "alice").succeeded();
   * }</pre>
   *
   * @param triggerSource for example {@code PreSignUp_SignUp}
   * @param userName the event's top-level {@code userName}: the user's username, or in pools that
   *     sign in with email or phone number, the username Cognito generated (the user's {@code sub})
   * @return assertions on that invocation
   * @since 0.1.0
   */
  public TriggerInvocationAssert invoked(String triggerSource, String userName) {
    isNotNull();
    List<TriggerInvocation> matching = invocations(triggerSource);
    List<TriggerInvocation> forUser = forUser(matching, userName);
    if (forUser.isEmpty()) {
      if (matching.isEmpty()) {
        failWithMessage("Expected a trigger invocation with source %s for user %s but the fake invoked only %s",
            triggerSource, userName, triggerSources());
      }
      failWithMessage("Expected a trigger invocation with source %s for user %s but it was invoked only for %s",
          triggerSource, userName, userNames(matching));
    }
    return new TriggerInvocationAssert(forUser.get(forUser.size() - 1));
  }

  /**
   * Verifies how many times a Lambda trigger was invoked with this {@code triggerSource}, failed
   * invocations included.
   *
   * <pre>{@code
   * assertThat(fake).invokedTimes("PostAuthentication_Authentication", 2);
   * }</pre>
   *
   * @param triggerSource for example {@code PostAuthentication_Authentication}
   * @param times the expected count; 0 is the same as {@link #didNotInvoke(String)}
   * @return this
   * @since 0.1.0
   */
  public FakeCognitoAssert invokedTimes(String triggerSource, int times) {
    isNotNull();
    List<TriggerInvocation> matching = invocations(triggerSource);
    if (matching.size() != times) {
      failWithMessage("Expected %s trigger invocation(s) with source %s but there were %s, for users %s",
          times, triggerSource, matching.size(), userNames(matching));
    }
    return this;
  }

  /**
   * Verifies how many times a Lambda trigger was invoked with this {@code triggerSource} for one
   * user, failed invocations included.
   *
   * @param triggerSource for example {@code PostAuthentication_Authentication}
   * @param userName the event's top-level {@code userName}, as for {@link #invoked(String, String)}
   * @param times the expected count
   * @return this
   * @since 0.1.0
   */
  public FakeCognitoAssert invokedTimes(String triggerSource, String userName, int times) {
    isNotNull();
    List<TriggerInvocation> matching = invocations(triggerSource);
    List<TriggerInvocation> forUser = forUser(matching, userName);
    if (forUser.size() != times) {
      failWithMessage("Expected %s trigger invocation(s) with source %s for user %s but there were %s;"
          + " all invocations with that source were for users %s",
          times, triggerSource, userName, forUser.size(), userNames(matching));
    }
    return this;
  }

  /**
   * Verifies that no trigger was invoked with this {@code triggerSource}.
   *
   * @param triggerSource for example {@code PostConfirmation_ConfirmSignUp}
   * @return this
   */
  public FakeCognitoAssert didNotInvoke(String triggerSource) {
    isNotNull();
    List<TriggerInvocation> matching = invocations(triggerSource);
    if (!matching.isEmpty()) {
      failWithMessage("Expected no trigger invocation with source %s but there were %d: %s",
          triggerSource, matching.size(), matching);
    }
    return this;
  }

  /**
   * Verifies that the fake invoked no trigger at all.
   *
   * @return this
   */
  public FakeCognitoAssert invokedNothing() {
    isNotNull();
    if (!actual.triggerInvocations().isEmpty()) {
      failWithMessage("Expected no trigger invocation but the fake invoked %s", triggerSources());
    }
    return this;
  }

  private List<TriggerInvocation> invocations(String triggerSource) {
    return actual.triggerInvocations().stream().filter(i -> i.triggerSource().equals(triggerSource)).toList();
  }

  private static List<TriggerInvocation> forUser(List<TriggerInvocation> invocations, String userName) {
    return invocations.stream().filter(i -> userName.equals(i.event().get("userName"))).toList();
  }

  private static List<String> userNames(List<TriggerInvocation> invocations) {
    return invocations.stream().map(i -> String.valueOf(i.event().get("userName"))).toList();
  }

  private List<String> triggerSources() {
    return actual.triggerInvocations().stream().map(TriggerInvocation::triggerSource).toList();
  }

  private List<RecordedContextData> calls(String operation) {
    return actual.recordedContextData().stream().filter(c -> c.operation().equals(operation)).toList();
  }

  private List<String> operations() {
    return actual.recordedContextData().stream().map(RecordedContextData::operation).distinct().toList();
  }
}
