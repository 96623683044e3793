package dev.fakecognito.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs work on many threads at once, for concurrency tests. */
public final class Parallel {

  /** The work one thread does, given its number. */
  public interface Task {
    Callable<Void> forThread(int thread);
  }

  private Parallel() {}

  /** Runs one task per thread, all released at once, and rethrows the first failure. */
  public static void run(int threads, Task task) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        Callable<Void> work = task.forThread(thread);
        results.add(executor.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
