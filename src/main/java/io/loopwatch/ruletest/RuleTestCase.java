package io.loopwatch.ruletest;

import io.loopwatch.facts.FactSet;
import io.loopwatch.stress.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One case to run: a fact set, the day to evaluate it at, and what it must and must not raise. A
 * case with variants becomes one case per variant, named {@code case [variant]}.
 *
 * @param line where the case (or its variant) is written
 * @param scenario a what-if the engine runs beside the rules (Eisenberg–Noe clearing), so that
 *     rules on its outcome can be tested; null for none
 */
public record RuleTestCase(
    String name,
    Path file,
    int line,
    LocalDate asOf,
    FactSet facts,
    List<ExpectedAlert> expect,
    List<ForbiddenAlert> expectNone,
    Scenario scenario) {

  public RuleTestCase {
    expect = List.copyOf(expect);
    expectNone = List.copyOf(expectNone);
  }

  /** {@code rules/tests/loops.test.yaml:12}. */
  public String where() {
    return file + ":" + line;
  }
}
