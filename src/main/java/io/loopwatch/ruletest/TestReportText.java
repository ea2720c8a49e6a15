package io.loopwatch.ruletest;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Test results for a person: failures in full with their file and line, passes in one line each. */
public final class TestReportText {

  private TestReportText() {}

  public static void write(List<CaseResult> results, Coverage coverage, PrintWriter out) {
    for (CaseResult result : results) {
      RuleTestCase testCase = result.testCase();
      if (result.passed()) {
        out.println("ok    " + testCase.name());
      } else {
        out.println("FAIL  " + testCase.name() + "  (" + testCase.where() + ")");
        result.problems().forEach(line -> out.println("      " + line));
      }
    }
    if (coverage != null) {
      writeCoverage(coverage, out);
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    out.println();
    out.println((results.size() - failed) + " passed, " + failed + " failed");
  }

  private static void writeCoverage(Coverage coverage, PrintWriter out) {
    out.println();
    out.println("Coverage: " + coverage.coveredCount() + " of " + coverage.casesByRule().size()
        + " rules fired by at least one case");
    for (Map.Entry<String, List<String>> rule : coverage.casesByRule().entrySet()) {
      List<String> cases = rule.getValue();
      out.println("  " + (cases.isEmpty() ? "NOT COVERED  " : "") + rule.getKey()
          + (cases.isEmpty() ? "" : "  (" + cases.size() + "): " + String.join("; ", cases)));
    }
  }
}
