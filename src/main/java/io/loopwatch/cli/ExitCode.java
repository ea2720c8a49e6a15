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
  /** Loopwatch itself failed; please report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
