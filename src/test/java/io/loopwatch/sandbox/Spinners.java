package io.loopwatch.sandbox;

/**
 * Code that never ends by itself, in the shapes a rule could take, compiled by javac as rule code
 * is; {@link DeadlineInstrumenterTest} instruments and runs it.
 */
public final class Spinners {

  private Spinners() {}

  public static void loop() {
    while (true) {
      // spins
    }
  }

  public static int recurse(int depth) {
    return depth < 0 ? depth : recurse(depth + 1) + recurse(depth + 2);
  }

  @SuppressWarnings({"finally", "ContinueOrBreakFromFinallyBlock"})
  public static void swallowInFinally() {
    while (true) {
      try {
        loop();
      } finally {
        continue;
      }
    }
  }

  @SuppressWarnings("CatchAndPrintStackTrace")
  public static void swallowInCatch() {
    for (int turn = 0; ; turn++) {
      try {
        loop();
      } catch (Throwable swallowed) {
        turn--;
      }
    }
  }

  public static int finishes() {
    int sum = 0;
    for (int i = 0; i < 1000; i++) {
      sum += i;
    }
    return sum;
  }
}
