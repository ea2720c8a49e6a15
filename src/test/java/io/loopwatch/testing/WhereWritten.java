package io.loopwatch.testing;

import io.loopwatch.Alert;
import io.loopwatch.FactSummary;
import java.util.List;

/**
 * Alerts without the file positions of the facts they explain. A fact given to a live session in
 * code has no position, while the same fact loaded from a file has one; what the alert says is
 * the same, and that is what these comparisons are about.
 */
public final class WhereWritten {

  private WhereWritten() {}

  public static List<Alert> ignored(List<Alert> alerts) {
    return alerts.stream().map(WhereWritten::ignored).toList();
  }

  private static Alert ignored(Alert alert) {
    List<FactSummary> facts = alert.explanation().facts().stream()
        .map(f -> new FactSummary(f.id(), f.kind(), f.summary(), f.fields(), f.sources(), ""))
        .toList();
    return alert.withExplanation(alert.explanation().withFacts(facts, alert.explanation().ruleSource()));
  }
}
