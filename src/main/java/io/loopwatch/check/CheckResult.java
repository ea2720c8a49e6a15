package io.loopwatch.check;

import io.loopwatch.Diagnostic;
import java.util.List;

/** Every problem {@code check} found, errors and warnings, in file and line order. */
public record CheckResult(List<Diagnostic> problems) {

  public CheckResult {
    problems = List.copyOf(problems);
  }

  public static CheckCode.Level levelOf(Diagnostic problem) {
    return CheckCode.of(problem.code()).map(CheckCode::level).orElse(CheckCode.Level.ERROR);
  }

  public long errors() {
    return problems.stream().filter(p -> levelOf(p) == CheckCode.Level.ERROR).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }

  /** Whether the rule set should be rejected: any error, or with {@code strict} any warning. */
  public boolean fails(boolean strict) {
    return errors() > 0 || (strict && warnings() > 0);
  }
}
