package dev.fakecognito.internal.groups;

import dev.fakecognito.internal.pools.UserPool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The groups of every pool of one fake.
 *
 * <p>Each pool's groups are a map by name, in creation order, guarded by that pool's lock like its
 * users. The pools are held weakly, so a deleted pool's groups go with it.
 */
public final class GroupStore {

  private final Map<UserPool, Map<String, Group>> byPool = new WeakHashMap<>();

  /** The groups of {@code pool} by name; the caller holds the pool's lock. */
  public Map<String, Group> of(UserPool pool) {
    synchronized (byPool) {
      return byPool.computeIfAbsent(pool, p -> new LinkedHashMap<>());
    }
  }
}
