package io.loopwatch.cli;

import io.loopwatch.Diagnostic;
import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleExecutionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to a message on stderr and an exit code, so no command prints a stack trace
 * unless asked to: with the environment variable {@value #DEBUG_VARIABLE} set (to anything but
 * {@code 0} or {@code false}) or the system property {@value #DEBUG_PROPERTY}, an internal error
 * is followed by its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  static final String DEBUG_VARIABLE = "LOOPWATCH_DEBUG";
  static final String DEBUG_PROPERTY = "loopwatch.debug";

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    return report(failure, command.getErr());
  }

  /** Says what went wrong in as few lines as it takes, and returns the exit code it means. */
  static int report(Throwable failure, PrintWriter err) {
    OutOfMemoryError outOfMemory = find(failure, OutOfMemoryError.class);
    if (outOfMemory != null) {
      err.println(outOfMemoryLine(outOfMemory, Runtime.getRuntime().maxMemory()));
      return ExitCode.OUT_OF_MEMORY;
    }
    // Before RuleExecutionException, its superclass: running out of time is not bad input.
    EvaluationTimeoutException timeout = find(failure, EvaluationTimeoutException.class);
    if (timeout != null) {
      err.println("error: " + timeout.getMessage());
      return ExitCode.TIMED_OUT;
    }
    if (failure instanceof InvalidInputException invalid) {
      for (Diagnostic diagnostic : invalid.diagnostics()) {
        err.println(diagnostic.toStringWithCode());
      }
      err.println(invalid.diagnostics().size() + " problem(s); nothing was evaluated.");
      return ExitCode.BAD_INPUT;
    }
    if (failure instanceof RuleExecutionException rule) {
      err.println(rule.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (failure instanceof NoSuchFileException missing) {
      err.println(missing.getFile() + ": no such file or directory");
      return ExitCode.BAD_INPUT;
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      err.println("error: " + failure.getMessage());
      return ExitCode.BAD_INPUT;
    }
    err.println("internal error: " + failure + " (a bug in Loopwatch; please report it with the command you ran;"
        + " set " + DEBUG_VARIABLE + "=1 for the stack trace)");
    if (debugging()) {
      failure.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  /** What ran out and how to give Java more, in one line. */
  static String outOfMemoryLine(OutOfMemoryError error, long maxHeapBytes) {
    String what = error.getMessage() == null || error.getMessage().isBlank() ? "memory" : error.getMessage();
    String heap = maxHeapBytes == Long.MAX_VALUE ? ""
        : String.format(Locale.ROOT, ", with at most %d MB of heap", maxHeapBytes / (1024 * 1024));
    return "error: out of memory (" + what + heap + "); give Java more heap with -Xmx, e.g. java -Xmx4g -jar"
        + " loopwatch.jar ...";
  }

  /** Whether the user asked for stack traces. */
  static boolean debugging() {
    String variable = System.getenv(DEBUG_VARIABLE);
    boolean byVariable = variable != null && !variable.isBlank() && !variable.equals("0")
        && !variable.equalsIgnoreCase("false");
    return byVariable || Boolean.getBoolean(DEBUG_PROPERTY);
  }

  /** The failure or one of its causes of this type: Drools and futures wrap what happened. */
  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    // Each cause once: rule code can throw exceptions whose causes go round in a circle.
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
