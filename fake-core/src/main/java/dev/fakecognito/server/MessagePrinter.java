package dev.fakecognito.server;

import dev.fakecognito.internal.recording.InMemoryOutbox;
import dev.fakecognito.recording.SentMessage;
import java.io.PrintStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Prints each message the fake sends, one line each, as it is sent. */
final class MessagePrinter implements InMemoryOutbox.Listener {

  private final PrintStream out;

  MessagePrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void sent(SentMessage message, @Nullable String reason) {
    out.println(format(message, reason));
  }

  /**
   * One line for a message, such as {@code [email] alice@example.com  code 123456  (SignUp, pool
   * us-east-1_TestPool1)}; an invitation shows its temporary password, a message without a code its
   * text.
   */
  static String format(SentMessage message, @Nullable String reason) {
    String content;
    if (message.code() == null) {
      content = "\"" + message.message().strip() + "\"";
    } else if ("AdminCreateUser".equals(reason)) {
      content = "temporary password " + message.code();
    } else {
      content = "code " + message.code();
    }
    return "[" + message.deliveryMedium().toLowerCase(Locale.ROOT) + "] " + message.destination() + "  " + content
        + "  (" + (reason == null ? "" : reason + ", ") + "pool " + message.userPoolId() + ")";
  }
}
