package io.loopwatch.ruletest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.report.JsonOutput;
import java.io.Writer;
import java.util.List;

/**
 * Test results for scripts: {@code {"summary": {...}, "cases": [...], "coverage": {...}}}, the
 * field names documented in the README.
 */
public final class TestReportJson {

  private TestReportJson() {}

  public static void write(List<CaseResult> results, Coverage coverage, Writer out) {
    ObjectNode root = JsonOutput.object();
    ObjectNode summary = root.putObject("summary");
    long failed = results.stream().filter(r -> !r.passed()).count();
    summary.put("cases", results.size());
    summary.put("passed", results.size() - failed);
    summary.put("failed", failed);
    ArrayNode cases = root.putArray("cases");
    for (CaseResult result : results) {
      ObjectNode node = cases.addObject();
      node.put("name", result.testCase().name());
      node.put("file", result.testCase().file().toString());
      node.put("line", result.testCase().line());
      node.put("asOf", result.testCase().asOf().toString());
      node.put("passed", result.passed());
      result.problems().forEach(node.putArray("problems")::add);
      result.alerts().stream().map(a -> a.key()).forEach(node.putArray("fired")::add);
    }
    if (coverage != null) {
      ObjectNode byRule = root.putObject("coverage");
      coverage.casesByRule().forEach((rule, names) -> names.forEach(byRule.putArray(rule)::add));
    }
    JsonOutput.write(root, out);
  }
}
