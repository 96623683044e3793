package dev.fakecognito.internal.recording;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.recording.Outbox;
import dev.fakecognito.recording.SentMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The outbox: messages are appended as they are "sent", and never delivered anywhere. */
public final class InMemoryOutbox implements Outbox {

  private final Backend backend;
  private final ConcurrentLinkedQueue<SentMessage> messages = new ConcurrentLinkedQueue<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** Told of each message as it is sent. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called on the sending thread, while the operation that sends holds its pool's lock: it must
     * not call back into the fake.
     *
     * @param reason why it was sent, as the CustomMessage trigger source names it without its
     *     prefix ({@code SignUp}, {@code ForgotPassword}, {@code AdminCreateUser}, ...), or null
     */
    void sent(SentMessage message, @Nullable String reason);
  }

  public InMemoryOutbox(Backend backend) {
    this.backend = backend;
  }

  public void clear() {
    messages.clear();
    listeners.clear();
  }

  /** Adds a listener for the messages sent from now on. */
  public void listen(Listener listener) {
    listeners.add(listener);
  }

  public void send(SentMessage message, @Nullable String reason) {
    messages.add(message);
    UserPool pool = backend.findPool(message.userPoolId());
    if (pool != null) {
      pool.deliverLog(backend.clock().instant(), dev.fakecognito.internal.pools.LogDestination.USER_NOTIFICATION,
          message.username(), message.deliveryMedium(), reason == null ? "" : reason);
    }
    for (Listener listener : listeners) {
      listener.sent(message, reason);
    }
  }

  @Override
  public List<SentMessage> messages() {
    return List.copyOf(messages);
  }

  @Override
  public Optional<String> lastCode(String userPoolId, String username) {
    Set<String> internal = internalNames(userPoolId, username);
    List<SentMessage> all = new ArrayList<>(messages);
    for (int i = all.size() - 1; i >= 0; i--) {
      SentMessage message = all.get(i);
      if (message.code() != null && message.userPoolId().equals(userPoolId)
          && internal.contains(message.username())) {
        return Optional.of(message.code());
      }
    }
    return Optional.empty();
  }

  /**
   * The internal usernames {@code name} may stand for. Besides sign-in names, an email address or
   * phone number that is not a sign-in alias yet counts: in AliasAttributes pools the alias works
   * only once verified, but the code that verifies it is exactly what a test looks up.
   */
  private Set<String> internalNames(String userPoolId, String name) {
    Set<String> names = new HashSet<>();
    names.add(name);
    UserPool pool = backend.findPool(userPoolId);
    if (pool == null) {
      return names;
    }
    pool.lock().lock();
    try {
      User user = pool.find(name);
      if (user != null) {
        names.add(user.username());
        return names;
      }
      for (User candidate : pool.users()) {
        String email = candidate.attribute("email");
        if (name.equals(candidate.attribute("phone_number")) || (email != null && email.equalsIgnoreCase(name))) {
          names.add(candidate.username());
        }
      }
      return names;
    } finally {
      pool.lock().unlock();
    }
  }
}
