package dev.fakecognito.assertions;

import dev.fakecognito.recording.RecordedContextData;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on one recorded call's context data. */
public final class RecordedContextDataAssert
    extends AbstractObjectAssert<RecordedContextDataAssert, RecordedContextData> {

  RecordedContextDataAssert(RecordedContextData actual) {
    super(actual, RecordedContextDataAssert.class);
  }

  /** Verifies that the call sent context data with this IP address. */
  public RecordedContextDataAssert hasIpAddress(String ipAddress) {
    isNotNull();
    if (!Objects.equals(actual.ipAddress(), ipAddress)) {
      failWithMessage("Expected %s to carry IP address %s but it carried %s",
          actual.operation(), ipAddress, actual.ipAddress());
    }
    return this;
  }

  /** Verifies that the call's context data carried no IP address. */
  public RecordedContextDataAssert hasNoIpAddress() {
    isNotNull();
    if (actual.ipAddress() != null) {
      failWithMessage("Expected %s to carry no IP address but it carried %s", actual.operation(), actual.ipAddress());
    }
    return this;
  }

  /** Verifies the call's {@code EncodedData}, the device fingerprint a client SDK collects. */
  public RecordedContextDataAssert hasEncodedData(String encodedData) {
    isNotNull();
    if (!Objects.equals(actual.encodedData(), encodedData)) {
      failWithMessage("Expected %s to carry EncodedData %s but it carried %s",
          actual.operation(), encodedData, actual.encodedData());
    }
    return this;
  }

  /** Verifies the username the call was made for. */
  public RecordedContextDataAssert hasUsername(String username) {
    isNotNull();
    if (!Objects.equals(actual.username(), username)) {
      failWithMessage("Expected %s for username %s but it was for %s", actual.operation(), username, actual.username());
    }
    return this;
  }

  /** Verifies the app client the call went through. */
  public RecordedContextDataAssert hasClientId(String clientId) {
    isNotNull();
    if (!actual.clientId().equals(clientId)) {
      failWithMessage("Expected %s through app client %s but it went through %s",
          actual.operation(), clientId, actual.clientId());
    }
    return this;
  }

  /** Verifies that Cognito would use the IP address: the app client propagates it. */
  public RecordedContextDataAssert wasPropagated() {
    isNotNull();
    if (!actual.propagated()) {
      failWithMessage("Expected %s to propagate its IP address %s but it was not propagated "
          + "(is EnablePropagateAdditionalUserContextData on for the app client, and was an IP sent?)",
          actual.operation(), actual.ipAddress());
    }
    return this;
  }

  /** Verifies that Cognito would ignore the IP address: the app client does not propagate it. */
  public RecordedContextDataAssert wasNotPropagated() {
    isNotNull();
    if (actual.propagated()) {
      failWithMessage("Expected %s not to propagate an IP address but it propagated %s",
          actual.operation(), actual.ipAddress());
    }
    return this;
  }
}
