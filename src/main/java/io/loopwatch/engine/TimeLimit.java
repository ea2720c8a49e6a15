package io.loopwatch.engine;

import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.RuleInfo;
import io.loopwatch.sandbox.Deadline;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs rule work (an evaluation, one change of a live session) under a wall-clock limit, enforced
 * twice. On the worker thread the work runs {@link Deadline#within}, so instrumented rule code stops
 * at its next loop turn or call once the limit has passed. And the caller waits only for the limit
 * plus a short grace: rule code stuck where no check is reached (inside a JDK call, or Drools
 * itself spinning) cannot hold the caller, who gets the timeout anyway.
 *
 * <p>An abandoned worker cannot be stopped from outside (the JVM has no safe way to), so it may
 * keep a core busy until it ends by itself or the JVM exits; it is a daemon thread, so it never
 * keeps the JVM alive. The command line exits right after a timeout. Workers come from a cached
 * pool of daemon threads: idle ones end after a minute, and a busy (abandoned) one is never handed
 * new work.
 */
final class TimeLimit {

  /** How long the caller waits past the limit for the worker to stop by itself at a deadline check. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private static final AtomicInteger WORKERS = new AtomicInteger();
  private static final ThreadFactory DAEMONS = work -> {
    Thread worker = Deadline.newThread(work, "loopwatch-evaluation-" + WORKERS.incrementAndGet());
    worker.setDaemon(true);
    return worker;
  };
  private static final ExecutorService POOL = Executors.newCachedThreadPool(DAEMONS);

  private TimeLimit() {}

  /**
   * Runs work on a worker thread within the limit and returns what it returns; a failure of the work
   * is thrown as it is, except that passing the limit becomes {@link EvaluationTimeoutException}.
   *
   * @param running the rule whose consequence is running now, if any, to name in the timeout
   * @throws CancellationException if the calling thread is interrupted while it waits (its interrupt
   *     flag stays set, and the worker is interrupted too)
   */
  static <T> T run(Duration limit, Supplier<RuleInfo> running, Supplier<T> work) {
    Future<T> result = POOL.submit(() -> Deadline.within(limit, work));
    try {
      return result.get(limit.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException stuck) {
      RuleInfo rule = running.get();
      result.cancel(true);
      throw new EvaluationTimeoutException(rule, limit, null);
    } catch (InterruptedException stop) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("the evaluation was interrupted");
      cancelled.initCause(stop);
      throw cancelled;
    } catch (ExecutionException failed) {
      throw rethrown(failed.getCause(), limit, running);
    }
  }

  /** The work's own failure, or the timeout if the deadline is anywhere in its cause chain (Drools wraps it). */
  private static RuntimeException rethrown(Throwable failure, Duration limit, Supplier<RuleInfo> running) {
    for (Throwable t : Causes.of(failure)) {
      if (t instanceof Deadline.DeadlineExceeded) {
        RuleInfo rule = failure instanceof RuleExecutionException named && named.rule() != null
            ? named.rule() : running.get();
        return new EvaluationTimeoutException(rule, limit, t);
      }
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(failure);
  }
}
