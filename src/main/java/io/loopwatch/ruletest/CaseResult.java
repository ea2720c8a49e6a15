package io.loopwatch.ruletest;

import io.loopwatch.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened when a case ran.
 *
 * @param alerts every alert the case raised
 * @param missing expected alerts that were not raised
 * @param unexpected alerts of the rules the case expects that match no expectation
 * @param mismatches expected alerts raised with fields that differ
 * @param forbidden alerts raised that {@code expectNone} forbids
 * @param unknownRules rule ids the case names that no rule file defines
 * @param error why the case could not run at all, or null
 */
public record CaseResult(
    RuleTestCase testCase,
    List<Alert> alerts,
    List<ExpectedAlert> missing,
    List<Alert> unexpected,
    List<Mismatch> mismatches,
    List<ForbiddenFired> forbidden,
    List<String> unknownRules,
    String error) {

  public CaseResult {
    alerts = List.copyOf(alerts);
    missing = List.copyOf(missing);
    unexpected = List.copyOf(unexpected);
    mismatches = List.copyOf(mismatches);
    forbidden = List.copyOf(forbidden);
    unknownRules = List.copyOf(unknownRules);
  }

  public boolean passed() {
    return error == null && missing.isEmpty() && unexpected.isEmpty() && mismatches.isEmpty()
        && forbidden.isEmpty() && unknownRules.isEmpty();
  }

  /** Each problem as one line, for text reports and JUnit failure messages. */
  public List<String> problems() {
    List<String> lines = new ArrayList<>();
    if (error != null) {
      lines.add("error: " + error);
    }
    unknownRules.forEach(rule -> lines.add("unknown rule '" + rule + "': no rule file defines it"));
    missing.forEach(m -> lines.add("missing: " + m.describe() + " (expected at line " + m.line() + ")"));
    for (Mismatch mismatch : mismatches) {
      lines.add("differs: " + mismatch.expected().describe() + " (expected at line " + mismatch.expected().line() + ")");
      mismatch.differences().forEach(d ->
          lines.add("    " + d.field() + ": expected " + d.expected() + ", got " + d.actual()));
    }
    unexpected.forEach(a -> lines.add("unexpected: " + a.rule() + " " + a.subjects() + " " + a.severity()
        + ": " + a.message()));
    forbidden.forEach(f -> lines.add("must not fire: " + f.rule().describe() + " (line " + f.rule().line()
        + ") fired: " + f.actual().subjects() + " " + f.actual().severity() + ": " + f.actual().message()));
    return lines;
  }
}
