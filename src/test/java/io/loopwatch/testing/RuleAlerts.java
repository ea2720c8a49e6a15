package io.loopwatch.testing;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Helpers for rule tests. Each test looks only at the alerts of the rule it is about, so adding a
 * rule later does not break tests of unrelated ones.
 */
public final class RuleAlerts {

  /** The day the bundled facts describe; rule tests evaluate as of this day unless time matters. */
  public static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  /** A rule set that compiles but fails, in a condition, on any company without a parent. */
  public static final String FAILS_WITHOUT_A_PARENT = """
      package test.condition;
      import io.loopwatch.facts.Company;

      rule "assumes-a-parent"
          @id("assumes-a-parent") @category("CONTAGION") @severity("LOW") @description("Fails on facts without a parent.")
      when
          Company( parent.length() > 3 )
      then
      end
      """;

  private RuleAlerts() {}

  /** The bundled rules in {@code rules/}, compiled. Slow (seconds): call once per test class. */
  private static RiskEngine shared;

  /** The bundled rules, compiled once and shared: an engine is safe to evaluate from many tests. */
  public static synchronized RiskEngine bundledRules() throws IOException, InvalidInputException {
    if (shared == null) {
      shared = RiskEngine.builder().rules(Path.of("rules")).build();
    }
    return shared;
  }

  /** The alerts one rule raised, most severe first. */
  public static List<Alert> alertsOf(Report report, String rule) {
    return report.alerts().stream().filter(a -> a.rule().equals(rule)).toList();
  }

  /** The subjects of each alert one rule raised, for checking whom a rule warns about. */
  public static List<List<String>> subjectsOf(Report report, String rule) {
    return alertsOf(report, rule).stream().map(Alert::subjects).toList();
  }
}
