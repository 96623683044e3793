package dev.fakecognito.assertions;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.recording.RecordedContextData;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link FakeCognito}: its recorded context data and its tokens. */
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

  private List<RecordedContextData> calls(String operation) {
    return actual.recordedContextData().stream().filter(c -> c.operation().equals(operation)).toList();
  }

  private List<String> operations() {
    return actual.recordedContextData().stream().map(RecordedContextData::operation).distinct().toList();
  }
}
