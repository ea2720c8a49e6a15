package io.loopwatch.engine;

import io.loopwatch.facts.Company;
import io.loopwatch.rules.Names;
import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Evidence;
import io.loopwatch.Explanation;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.rules.Finding;
import io.loopwatch.rules.RuleMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes the alert a finding reports, explained: rules name facts by id; the explanation shows each
 * with its fields and sources, and where the rule is written. Each reported alert is made once,
 * from the strongest finding of its key. Built once per rule base use, since it indexes the rules'
 * sources.
 */
final class AlertMaker {

  private final Map<String, String> ruleSources = new HashMap<>();

  AlertMaker(CompiledRules rules) {
    rules.rules().forEach(r -> ruleSources.put(r.id(), r.file() == null ? "" : r.file() + ":" + r.line()));
  }

  Alert alertOf(Finding finding, FactSummaries summaries) {
    RuleMetadata rule = finding.rule();
    List<EvidenceStep> path = finding.path();
    Function<String, String> nameOf = id -> summaries.fact(id) instanceof Company company ? company.name() : null;
    String message = Names.resolve(finding.message(), nameOf);
    List<ThresholdCrossing> crossings = finding.crossings().stream()
        .map(c -> new ThresholdCrossing(c.threshold(), Names.resolve(c.measured(), nameOf), c.value(), c.limit(), c.unit(),
            c.valueText(), c.limitText()))
        .toList();
    Explanation explanation = new Explanation(rule.id(), rule.description(), ruleSources.getOrDefault(rule.id(), ""),
        summaries.of(finding.facts()), path, crossings);
    return new Alert(rule.id(), rule.category(), finding.severity(), rule.description(), finding.subjects(),
        message, new Evidence(finding.facts(), path), finding.key(), explanation);
  }
}
