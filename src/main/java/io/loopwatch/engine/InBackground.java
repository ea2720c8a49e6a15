package io.loopwatch.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work an evaluation hands to a second core while it does something else. The thread is a daemon,
 * so an evaluation that fails or times out first never keeps the JVM alive; a failure in the work
 * reaches whoever joins it as it was thrown.
 */
final class InBackground {

  private InBackground() {}

  static <T> CompletableFuture<T> supply(String threadName, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, threadName);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** The result, once ready; the work's own exception if it failed. */
  static <T> T join(CompletableFuture<T> pending) {
    try {
      return pending.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
