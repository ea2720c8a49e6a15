package io.loopwatch.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A wall-clock limit on the rule code running on this thread. The sandbox inserts a call to {@link
 * #check()} at the entry of every method of a compiled rule set and before every backward jump, so a
 * consequence that never returns ({@code while (true) {}}) or a condition evaluated without end
 * stops at its next loop turn once the deadline has passed, on any JVM: no thread is stopped from
 * outside. Once passed, a deadline stays passed, so rule code that swallows the error meets it
 * again at its next loop turn or call.
 */
public final class Deadline {

  /**
   * This thread's deadline: {@code [instant, checks left before the clock is read again, passed]},
   * the instant in {@link System#nanoTime()} terms. Instrumented rule code checks at every call and
   * loop turn, millions of times in a large evaluation, so the clock is read once every {@value
   * #STRIDE} checks: a loop turn costs far less than the microseconds that leaves.
   */
  private static final ThreadLocal<long[]> AT = new ThreadLocal<>();

  private static final int STRIDE = 256;

  private Deadline() {}

  /**
   * A thread that keeps its deadline in a field: {@link #check()} runs at every call and loop turn
   * of rule code, and reading a field of the current thread costs far less than a thread-local
   * lookup. Other threads keep theirs in {@link #AT}.
   */
  private static final class Worker extends Thread {
    private long[] deadline;

    Worker(Runnable work, String name) {
      super(work, name);
    }
  }

  /** A thread for running rule code under deadlines: the cheapest for {@link #check()} to read. */
  public static Thread newThread(Runnable work, String name) {
    return new Worker(work, name);
  }

  /** Throws {@link DeadlineExceeded} if this thread runs under a deadline that has passed. */
  public static void check() {
    long[] at = Thread.currentThread() instanceof Worker worker ? worker.deadline : AT.get();
    if (at == null) {
      return;
    }
    if (at[2] == 0 && --at[1] > 0) {
      return;
    }
    at[1] = STRIDE;
    if (at[2] != 0 || System.nanoTime() - at[0] > 0) {
      at[2] = 1;
      throw new DeadlineExceeded();
    }
  }

  /**
   * Runs work with rule code on this thread limited to {@code limit} from now; the deadline that
   * was in force before (if any) is restored afterwards. A nested limit never reaches past the one
   * around it: work given 5 minutes inside work given 1 second still stops after that second.
   */
  public static <T> T within(Duration limit, Supplier<T> work) {
    Objects.requireNonNull(limit, "limit");
    long[] previous = current();
    long at = System.nanoTime() + nanosOf(limit);
    if (previous != null && previous[0] - at < 0) {
      at = previous[0];
    }
    set(new long[] {at, 1, 0});
    try {
      return work.get();
    } finally {
      set(previous);
    }
  }

  private static long[] current() {
    return Thread.currentThread() instanceof Worker worker ? worker.deadline : AT.get();
  }

  private static void set(long[] deadline) {
    if (Thread.currentThread() instanceof Worker worker) {
      worker.deadline = deadline;
    } else if (deadline == null) {
      AT.remove();
    } else {
      AT.set(deadline);
    }
  }

  /** The limit in nanoseconds, capped at about 146 years so that adding it to a nanoTime cannot overflow. */
  private static long nanosOf(Duration limit) {
    long capped = Long.MAX_VALUE / 2;
    return limit.compareTo(Duration.ofNanos(capped)) > 0 ? capped : Math.max(0, limit.toNanos());
  }

  /**
   * Thrown into rule code whose deadline has passed. An {@link Error}, so that a rule's {@code catch
   * (Exception e)} does not swallow it; the sandbox refuses handlers that catch {@code Error} or
   * {@code Throwable}.
   */
  public static final class DeadlineExceeded extends Error {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded() {
      // With its stack trace: the frames of the generated rule code it stopped name the rule.
      super("the evaluation's deadline has passed", null, false, true);
    }
  }
}
