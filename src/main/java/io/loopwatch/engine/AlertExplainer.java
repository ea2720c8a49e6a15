package io.loopwatch.engine;

import io.loopwatch.Alert;
import java.util.HashMap;
import java.util.Map;

/**
 * Rules name facts by id; the explanation shows each with its fields and sources, and where the
 * rule is written. Built once per rule base use, since it indexes the rules' sources.
 */
final class AlertExplainer {

  private final Map<String, String> ruleSources = new HashMap<>();

  AlertExplainer(CompiledRules rules) {
    rules.rules().forEach(r -> ruleSources.put(r.id(), r.file() == null ? "" : r.file() + ":" + r.line()));
  }

  Alert explain(Alert alert, FactSummaries summaries) {
    return alert.withExplanation(alert.explanation().withFacts(summaries.of(alert.evidence().facts()),
        ruleSources.getOrDefault(alert.rule(), "")));
  }
}
