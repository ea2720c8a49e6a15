package io.loopwatch.ruletest;

import io.loopwatch.Alert;
import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.stress.ScenarioRun;
import io.loopwatch.stress.StressModel;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs rule test cases against an engine and compares what fired with what was expected. */
public final class RuleTestRunner {

  private final RiskEngine engine;
  private final Set<String> ruleIds;

  public RuleTestRunner(RiskEngine engine) {
    this.engine = engine;
    this.ruleIds = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
  }

  /** The cases whose name matches the pattern (a regular expression found anywhere in the name). */
  public static List<RuleTestCase> select(List<RuleTestCase> cases, Pattern namePattern) {
    return cases.stream().filter(c -> namePattern.matcher(c.name()).find()).toList();
  }

  public List<CaseResult> runAll(List<RuleTestCase> cases) {
    return cases.stream().map(this::run).toList();
  }

  public CaseResult run(RuleTestCase testCase) {
    List<String> unknown = unknownRules(testCase);
    Report report;
    try {
      report = (testCase.scenario() == null ? engine
          : engine.withScenario(new ScenarioRun(testCase.scenario(), StressModel.CLEARING)))
          .evaluate(testCase.facts(), testCase.asOf());
    } catch (InvalidInputException e) {
      return failed(testCase, unknown, "invalid facts: " + e.getMessage());
    } catch (EvaluationTimeoutException e) {
      // Not a verdict on the case: the run cannot tell what the rules would have raised. Stop it.
      throw e;
    } catch (RuleExecutionException e) {
      return failed(testCase, unknown, e.getMessage());
    }
    List<Alert> remaining = new ArrayList<>(report.alerts());
    List<ExpectedAlert> missing = new ArrayList<>();
    List<Mismatch> mismatches = new ArrayList<>();
    for (ExpectedAlert expected : testCase.expect()) {
      List<Alert> candidates = remaining.stream().filter(expected::identifies).toList();
      Alert exact = candidates.stream().filter(a -> differences(expected, a).isEmpty()).findFirst().orElse(null);
      if (exact != null) {
        remaining.remove(exact);
      } else if (!candidates.isEmpty()) {
        Alert closest = candidates.get(0);
        mismatches.add(new Mismatch(expected, closest, differences(expected, closest)));
        remaining.remove(closest);
      } else {
        missing.add(expected);
      }
    }
    // Only the rules a case speaks about are its business; other rules may fire freely.
    Set<String> expectedRules = testCase.expect().stream().map(ExpectedAlert::rule).collect(Collectors.toSet());
    List<Alert> unexpected = remaining.stream().filter(a -> expectedRules.contains(a.rule())).toList();
    List<ForbiddenFired> forbidden = new ArrayList<>();
    for (ForbiddenAlert rule : testCase.expectNone()) {
      report.alerts().stream().filter(rule::forbids).forEach(a -> forbidden.add(new ForbiddenFired(rule, a)));
    }
    return new CaseResult(testCase, report.alerts(), missing, unexpected, mismatches, forbidden, unknown, null);
  }

  private List<String> unknownRules(RuleTestCase testCase) {
    Set<String> named = new LinkedHashSet<>();
    testCase.expect().forEach(e -> named.add(e.rule()));
    testCase.expectNone().forEach(e -> named.add(e.rule()));
    return named.stream().filter(id -> !ruleIds.contains(id)).toList();
  }

  private static List<FieldDifference> differences(ExpectedAlert expected, Alert actual) {
    List<FieldDifference> differences = new ArrayList<>();
    if (expected.severity() != null && expected.severity() != actual.severity()) {
      differences.add(new FieldDifference("severity", expected.severity().name(), actual.severity().name()));
    }
    if (expected.message() != null && !actual.message().contains(expected.message())) {
      differences.add(new FieldDifference("message", "to contain \"" + expected.message() + "\"",
          "\"" + actual.message() + "\""));
    }
    return differences;
  }

  private static CaseResult failed(RuleTestCase testCase, List<String> unknown, String error) {
    return new CaseResult(testCase, List.of(), List.of(), List.of(), List.of(), List.of(), unknown, error);
  }
}
