package io.loopwatch.report;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.rules.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A report for a person at a terminal: a summary line, then the alerts grouped by severity. */
public final class TextReport {

  private TextReport() {}

  public static void write(Report report, PrintWriter out) {
    write(report, false, out);
  }

  /** With {@code explain}, each alert is followed by its explanation. */
  public static void write(Report report, boolean explain, PrintWriter out) {
    ExplanationText explanations = explain ? new ExplanationText(report.facts()) : null;
    out.println("Loopwatch report, as of " + report.asOf());
    out.println(report.factCount() + " facts, " + report.ruleCount() + " rules, " + report.loops().size()
        + " money loop(s), " + report.alerts().size() + " alert(s)" + summary(report.countBySeverity()));
    if (report.alerts().isEmpty()) {
      out.println();
      out.println("No alerts.");
      return;
    }
    for (int level = Severity.values().length - 1; level >= 0; level--) {
      Severity severity = Severity.values()[level];
      List<Alert> alerts = report.alerts().stream().filter(a -> a.severity() == severity).toList();
      if (alerts.isEmpty()) {
        continue;
      }
      out.println();
      out.println(severity + " (" + alerts.size() + ")");
      for (Alert alert : alerts) {
        writeAlert(alert, explanations, out);
      }
    }
  }

  private static void writeAlert(Alert alert, ExplanationText explanations, PrintWriter out) {
    out.println("  " + alert.rule() + "  [" + alert.category() + "]  " + String.join(", ", alert.subjects())
        + "  key: " + alert.key());
    out.println("    " + alert.message());
    if (explanations != null) {
      // The explanation tells the path and the evidence in full.
      explanations.write(alert, "    ", out);
      return;
    }
    if (!alert.evidence().path().isEmpty()) {
      out.println("    path: " + alert.evidence().path().stream().map(TextReport::step)
          .collect(Collectors.joining("; ")));
    }
    out.println("    evidence: " + String.join(", ", alert.evidence().facts()));
  }

  private static String step(EvidenceStep step) {
    return step.from() + " → " + step.to() + " (" + step.kind() + " " + step.fact() + ", "
        + Money.usd(step.amountUsd()) + ", " + step.status() + ")";
  }

  private static String summary(Map<Severity, Integer> counts) {
    String parts = counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<Severity, Integer>comparingByKey().reversed())
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return parts.isEmpty() ? "" : ": " + parts;
  }
}
