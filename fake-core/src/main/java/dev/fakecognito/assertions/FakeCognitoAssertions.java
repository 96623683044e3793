package dev.fakecognito.assertions;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.triggers.TriggerInvocation;

/**
 * AssertJ entry point for what a {@link FakeCognito} recorded, the triggers it invoked and the
 * tokens it issued.
 *
 * <pre>{@code
 * FakeCognitoAssertions.assertThat(fake)
 *     .recorded("SignUp").hasIpAddress("203.0.113.7").wasPropagated();
 * FakeCognitoAssertions.assertThat(fake)
 *     .token(idToken).isIdToken().hasClaim("email", "alice@example.com");
 * FakeCognitoAssertions.assertThat(fake)
 *     .invoked("PostConfirmation_ConfirmSignUp").hasUserAttribute("cognito:user_status", "CONFIRMED");
 * FakeCognitoAssertions.assertThat(fake)
 *     .invokedTimes("PostAuthentication_Authentication", "alice", 2)
 *     .invoked("PostAuthentication_Authentication", "alice").succeeded();
 * }</pre>
 *
 * <p>Needs AssertJ on the test classpath; fake-cognito declares it as an optional dependency.
 */
public final class FakeCognitoAssertions {

  private FakeCognitoAssertions() {}

  /** Starts assertions on a fake's recordings and tokens. */
  public static FakeCognitoAssert assertThat(FakeCognito fake) {
    return new FakeCognitoAssert(fake);
  }

  /** Starts assertions on one recorded call. */
  public static RecordedContextDataAssert assertThat(RecordedContextData recorded) {
    return new RecordedContextDataAssert(recorded);
  }

  /** Starts assertions on one trigger invocation, such as an element of {@code fake.triggerInvocations()}. */
  public static TriggerInvocationAssert assertThat(TriggerInvocation invocation) {
    return new TriggerInvocationAssert(invocation);
  }
}
