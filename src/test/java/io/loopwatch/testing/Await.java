package io.loopwatch.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for something another thread does (a watch round, a reload). */
public final class Await {

  private Await() {}

  /** Returns once the condition holds; fails the test after a minute. */
  public static void until(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(50);
    }
  }
}
