package io.loopwatch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an alert fired, complete enough for an analyst to defend it: the rule, every fact it matched
 * (with key fields, dates and sources), the loop's path in the order money travels, and each
 * threshold the alert crossed.
 *
 * @param rule the rule's id
 * @param description what the rule looks for
 * @param ruleSource where the rule is written, {@code rules/circular-financing.drl:57}; empty when
 *     unknown
 * @param facts the matched facts, in the order the rule gave them
 * @param path for a loop, each deal along it in the order money travels; empty otherwise
 * @param thresholds each threshold the alert crossed, value against threshold
 */
public record Explanation(
    String rule,
    String description,
    String ruleSource,
    List<FactSummary> facts,
    List<EvidenceStep> path,
    List<ThresholdCrossing> thresholds) {

  public Explanation {
    Objects.requireNonNull(rule, "rule");
    description = description == null ? "" : description;
    ruleSource = ruleSource == null ? "" : ruleSource;
    facts = List.copyOf(facts);
    path = List.copyOf(path);
    thresholds = List.copyOf(thresholds);
  }

  /** The summary of one matched fact. */
  public Optional<FactSummary> fact(String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The same explanation with the matched facts resolved to summaries. */
  public Explanation withFacts(List<FactSummary> resolved, String source) {
    return new Explanation(rule, description, source, resolved, path, thresholds);
  }
}
