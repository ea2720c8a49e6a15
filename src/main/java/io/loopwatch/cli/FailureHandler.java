package io.loopwatch.cli;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleExecutionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps every failure to a message on stderr and an exit code, so no command prints a stack trace. */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (failure instanceof InvalidInputException invalid) {
      for (Diagnostic diagnostic : invalid.diagnostics()) {
        err.println(diagnostic);
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
    err.println("internal error: " + failure);
    failure.printStackTrace(err);
    err.println("This is a bug in Loopwatch; please report it with the command you ran.");
    return ExitCode.INTERNAL;
  }
}
