package dev.fakecognito.internal.recording;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.recording.Outbox;
import dev.fakecognito.recording.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The outbox: messages are appended as they are "sent", and never delivered anywhere. */
public final class InMemoryOutbox implements Outbox {

  private final Backend backend;
  private final ConcurrentLinkedQueue<SentMessage> messages = new ConcurrentLinkedQueue<>();

  public InMemoryOutbox(Backend backend) {
    this.backend = backend;
  }

  public void send(SentMessage message) {
    messages.add(message);
  }

  @Override
  public List<SentMessage> messages() {
    return List.copyOf(messages);
  }

  @Override
  public Optional<String> lastCode(String userPoolId, String username) {
    String internal = username;
    UserPool pool = backend.findPool(userPoolId);
    if (pool != null) {
      pool.lock().lock();
      try {
        User user = pool.find(username);
        if (user != null) {
          internal = user.username();
        }
      } finally {
        pool.lock().unlock();
      }
    }
    List<SentMessage> all = new ArrayList<>(messages);
    for (int i = all.size() - 1; i >= 0; i--) {
      SentMessage message = all.get(i);
      if (message.code() != null && message.userPoolId().equals(userPoolId)
          && message.username().equals(internal)) {
        return Optional.of(message.code());
      }
    }
    return Optional.empty();
  }
}
