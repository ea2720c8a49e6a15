package io.loopwatch.report;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Explanation;
import io.loopwatch.FactSummary;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Source;
import io.loopwatch.rules.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert's explanation as plain text: the rule, the loop's path, the thresholds crossed and every
 * matched fact with its sources. Used by {@code run --explain} and by {@code explain}.
 */
public final class ExplanationText {

  private final CompanyNames names;

  public ExplanationText(FactSet facts) {
    this.names = new CompanyNames(facts);
  }

  /** Writes the explanation, each line starting with the indent. */
  public void write(Alert alert, String indent, PrintWriter out) {
    Explanation why = alert.explanation();
    out.println(indent + "rule: " + why.rule() + (why.ruleSource().isEmpty() ? "" : " (" + why.ruleSource() + ")"));
    out.println(indent + "  " + why.description());
    if (!why.path().isEmpty()) {
      out.println(indent + "path, in the order money travels:");
      int n = 1;
      for (EvidenceStep step : why.path()) {
        out.println(indent + "  " + n++ + ". " + step(step) + sources(why, step.fact()));
      }
    }
    if (!why.thresholds().isEmpty()) {
      out.println(indent + "thresholds crossed:");
      for (ThresholdCrossing crossing : why.thresholds()) {
        out.println(indent + "  - " + crossing.text());
      }
    }
    out.println(indent + "facts:");
    for (FactSummary fact : why.facts()) {
      out.println(indent + "  - " + fact.id() + " (" + fact.kind()
          + (fact.location().isEmpty() ? "" : ", " + fact.location()) + ")");
      out.println(indent + "    " + fact.summary());
      String note = fact.fields().get("note");
      if (note != null) {
        out.println(indent + "    note: " + note);
      }
      if (!fact.sources().isEmpty()) {
        out.println(indent + "    sources: " + cite(fact.sources()));
      }
    }
  }

  /** {@code NVIDIA → OpenAI: investment nvidia-openai-2026-02 (equity), USD 20 B, reported, 2026-02-04}. */
  String step(EvidenceStep step) {
    return names.of(step.from()) + " → " + names.of(step.to()) + ": " + step.kind() + " " + step.fact()
        + " (" + step.detail() + "), " + Money.usd(step.amountUsd()) + ", " + step.status()
        + (step.announced() == null ? "" : ", " + step.announced());
  }

  static String cite(List<Source> sources) {
    return sources.stream()
        .map(s -> s.cite() + (s.url() == null ? "" : " <" + s.url() + ">"))
        .collect(Collectors.joining("; "));
  }

  private static String sources(Explanation why, String factId) {
    return why.fact(factId).filter(f -> !f.sources().isEmpty()).map(f -> " [" + cite(f.sources()) + "]").orElse("");
  }
}
