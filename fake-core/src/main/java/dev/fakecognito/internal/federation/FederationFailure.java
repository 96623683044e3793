package dev.fakecognito.internal.federation;

/**
 * A federated sign-in that cannot go on: the identity provider answered with an error, or what it
 * sent failed a check. Managed login sends the browser back to the app's redirect_uri with these
 * as {@code error} and {@code error_description}.
 */
public final class FederationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;

  public FederationFailure(String error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  /** A failure with error {@code invalid_request}, which Cognito gives for most federation problems. */
  public static FederationFailure invalidRequest(String description) {
    return new FederationFailure("invalid_request", description);
  }

  /** The OAuth error code. */
  public String error() {
    return error;
  }

  /** The error_description. */
  public String description() {
    return getMessage();
  }
}
