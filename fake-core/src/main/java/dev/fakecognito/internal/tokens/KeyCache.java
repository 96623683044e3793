package dev.fakecognito.internal.tokens;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JVM-wide, append-only list of RSA keys that pools sign with: the n-th pool a fake creates
 * takes key n. Fakes are independent, so reusing the same keys in every fake is harmless and keeps
 * the list as short as the largest number of pools one fake has.
 *
 * <p>Keys are generated on one background daemon thread, one at a time, so that generation never
 * takes both cores from the tests. Only what is likely needed is generated ahead: the first fake
 * starts key 0, which its first pool takes, and from the second pool on each pool also starts the
 * key after its own, so that the next pool's key is usually ready before it is needed. A
 * caller that needs a key nobody has started generates it itself rather than wait behind others.
 */
final class KeyCache {

  private static final ConcurrentHashMap<Integer, Slot> SLOTS = new ConcurrentHashMap<>();

  private KeyCache() {}

  /** Starts generating key {@code index} in the background, and the next one if it is not the first. */
  static void prepare(int index) {
    Background.submit(slot(index));
    if (index > 0) {
      Background.submit(slot(index + 1));
    }
  }

  /** Returns key {@code index}, waiting for or doing its generation if it is not ready yet. */
  static KeyMaterial get(int index) {
    Slot slot = slot(index);
    slot.generateIfUnclaimed();
    return slot.key.join();
  }

  private static Slot slot(int index) {
    return SLOTS.computeIfAbsent(index, i -> new Slot());
  }

  /** One key, generated at most once, by whichever thread claims it first. */
  private static final class Slot {
    final CompletableFuture<KeyMaterial> key = new CompletableFuture<>();
    private final AtomicBoolean claimed = new AtomicBoolean();

    void generateIfUnclaimed() {
      if (claimed.compareAndSet(false, true)) {
        try {
          key.complete(KeyMaterial.generate());
        } catch (RuntimeException | Error e) {
          key.completeExceptionally(e);
        }
      }
    }
  }

  /** The generating thread, started with the first pool; a holder so that no fake pays for it before. */
  private static final class Background {
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "fake-cognito-keys");
      thread.setDaemon(true);
      return thread;
    });

    static void submit(Slot slot) {
      if (!slot.claimed.get()) {
        EXECUTOR.execute(slot::generateIfUnclaimed);
      }
    }
  }
}
