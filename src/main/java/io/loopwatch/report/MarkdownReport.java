package io.loopwatch.report;

import io.loopwatch.Alert;
import io.loopwatch.Category;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Explanation;
import io.loopwatch.FactSummary;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Labeled;
import io.loopwatch.graph.MermaidText;
import io.loopwatch.rules.Money;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report to paste into a pull request or a wiki: the summary, each alert with its explanation,
 * and a Mermaid diagram of each loop, which GitHub renders. All fact-supplied text is escaped for
 * Markdown, and for Mermaid inside the diagrams.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  public static void write(Report report, PrintWriter out) {
    CompanyNames names = new CompanyNames(report.facts());
    out.println("# Loopwatch report, as of " + report.asOf());
    out.println();
    out.println(report.factCount() + " facts, " + report.ruleCount() + " rules, " + report.loops().size()
        + " money loop(s), " + report.alerts().size() + " alert(s).");
    out.println();
    out.println("| Severity | Alerts |");
    out.println("|---|---:|");
    for (int level = Severity.values().length - 1; level >= 0; level--) {
      Severity severity = Severity.values()[level];
      out.println("| " + severity + " | " + report.countBySeverity().get(severity) + " |");
    }
    out.println();
    out.println("| Category | Alerts |");
    out.println("|---|---:|");
    for (Map.Entry<Category, Integer> entry : report.countByCategory().entrySet()) {
      out.println("| " + entry.getKey() + " | " + entry.getValue() + " |");
    }
    out.println();
    out.println("## Alerts");
    if (report.alerts().isEmpty()) {
      out.println();
      out.println("No alerts.");
      return;
    }
    int number = 1;
    for (Alert alert : report.alerts()) {
      writeAlert(number++, alert, names, out);
    }
  }

  private static void writeAlert(int number, Alert alert, CompanyNames names, PrintWriter out) {
    Explanation why = alert.explanation();
    out.println();
    out.println("### " + number + ". " + alert.severity() + " · " + MarkdownText.escape(alert.rule()) + ": "
        + MarkdownText.escape(alert.subjects().stream().map(names::of).collect(Collectors.joining(", "))));
    out.println();
    out.println(MarkdownText.escape(alert.message()));
    out.println();
    out.println("- **Key:** " + MarkdownText.code(alert.key()));
    out.println("- **Category:** " + alert.category());
    out.println("- **Rule:** " + MarkdownText.code(why.rule())
        + (why.ruleSource().isEmpty() ? "" : " (" + MarkdownText.escape(why.ruleSource()) + ")")
        + ": " + MarkdownText.escape(why.description()));
    if (!why.path().isEmpty()) {
      out.println();
      out.println("**Path**, in the order money travels:");
      out.println();
      int step = 1;
      for (EvidenceStep s : why.path()) {
        out.println(step++ + ". " + MarkdownText.escape(names.of(s.from()) + " → " + names.of(s.to()) + ": " + s.kind()
            + " " + s.fact() + " (" + s.detail() + "), " + Money.usd(s.amountUsd()) + ", " + s.status()
            + (s.announced() == null ? "" : ", " + s.announced()) + sources(why, s.fact())));
      }
      out.println();
      writeMermaid(why.path(), names, out);
    }
    if (!why.thresholds().isEmpty()) {
      out.println();
      out.println("**Thresholds crossed:**");
      out.println();
      for (ThresholdCrossing crossing : why.thresholds()) {
        out.println("- " + MarkdownText.escape(crossing.text()));
      }
    }
    out.println();
    out.println("**Facts:**");
    out.println();
    for (FactSummary fact : why.facts()) {
      out.println("- " + MarkdownText.code(fact.id()) + " (" + fact.kind() + "): " + MarkdownText.escape(fact.summary())
          + (fact.sources().isEmpty() ? "" : ". Sources: " + MarkdownText.escape(ExplanationText.cite(fact.sources()))));
      String note = fact.fields().get("note");
      if (note != null) {
        out.println("  - Note: " + MarkdownText.escape(note));
      }
    }
  }

  /** One arrow per deal; a link with several deals shows them side by side. */
  private static void writeMermaid(List<EvidenceStep> path, CompanyNames names, PrintWriter out) {
    Map<String, String> ids = new LinkedHashMap<>();
    path.forEach(s -> {
      ids.putIfAbsent(s.from(), "c" + ids.size());
      ids.putIfAbsent(s.to(), "c" + ids.size());
    });
    out.println("```mermaid");
    out.println("flowchart LR");
    ids.forEach((company, id) -> out.println("  " + id + "[\"" + MermaidText.label(names.of(company)) + "\"]"));
    for (EvidenceStep s : path) {
      boolean binding = Labeled.parse(DealStatus.class, s.status()).map(DealStatus::isBinding).orElse(false);
      out.println("  " + ids.get(s.from()) + (binding ? " -->" : " -.->") + "|\"" + MermaidText.label(s.kind() + ": "
          + Money.usd(s.amountUsd()) + " · " + s.status()) + "\"| " + ids.get(s.to()));
    }
    out.println("```");
  }

  private static String sources(Explanation why, String factId) {
    return why.fact(factId).filter(f -> !f.sources().isEmpty()).map(f -> " — " + ExplanationText.cite(f.sources()))
        .orElse("");
  }
}
