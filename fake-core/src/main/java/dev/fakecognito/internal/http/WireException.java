package dev.fakecognito.internal.http;

/**
 * A request the endpoint answers with an error of its own, before any operation runs: an unknown
 * target, a body that is not JSON or not of the operation's shape, a body too large.
 */
final class WireException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;

  WireException(int status, String type, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
  }

  static WireException serialization(String message) {
    return new WireException(400, "SerializationException", message);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }
}
