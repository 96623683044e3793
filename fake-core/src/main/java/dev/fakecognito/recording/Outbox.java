package dev.fakecognito.recording;

import java.util.List;
import java.util.Optional;

/**
 * The messages a {@link dev.fakecognito.FakeCognito} would have sent by email or SMS: confirmation
 * codes, password-reset codes and invitations.
 */
public interface Outbox {

  /** Returns every message sent so far, oldest first. */
  List<SentMessage> messages();

  /**
   * Returns the code of the newest message that carries one for a user.
   *
   * @param userPoolId the user's pool
   * @param username the user's username or any of their aliases (email, phone number, preferred
   *     username)
   * @return the code, or empty if no message with a code went to that user
   */
  Optional<String> lastCode(String userPoolId, String username);
}
