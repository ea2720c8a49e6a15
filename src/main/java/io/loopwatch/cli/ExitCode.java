package io.loopwatch.cli;

/** What the process exit status means, in one place for every command. */
public final class ExitCode {

  /** The command did its job. */
  public static final int OK = 0;
  /** An alert at or above {@code --fail-on} was raised. */
  public static final int ALERTS = 1;
  /** A rule test case failed. */
  public static final int TESTS_FAILED = 1;
  /** {@code diff}: the two runs differ. */
  public static final int CHANGED = 1;
  /** The facts, the rules or the command line were wrong; nothing was evaluated. */
  public static final int BAD_INPUT = 2;
  /**
   * The command could not finish, so its outcome is unknown (never 0 or 1, which are outcomes):
   * the time limit passed, memory ran out, the report could not be written to standard output, or
   * Loopwatch itself failed. The named constants below all share it.
   */
  public static final int INTERNAL = 3;
  /** An evaluation took longer than {@code --timeout}. */
  public static final int TIMED_OUT = INTERNAL;
  /** The JVM ran out of memory. */
  public static final int OUT_OF_MEMORY = INTERNAL;
  /** Writing the report to standard output failed (a full disk, a closed pipe). */
  public static final int CANNOT_WRITE = INTERNAL;

  private ExitCode() {}
}
