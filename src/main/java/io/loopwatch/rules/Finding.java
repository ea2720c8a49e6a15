package io.loopwatch.rules;

import io.loopwatch.EvidenceStep;
import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rule's consequence inserts: the rule's finding, small and as the rule saw it. The engine
 * turns each finding it reports into one {@link io.loopwatch.Alert}, explained against the facts
 * (the strongest finding of each key, once), so rules never build alerts or look facts up.
 *
 * @param rule the rule's metadata
 * @param severity the graded severity
 * @param subjects the ids of the companies it is about, most relevant first
 * @param message one sentence for a person
 * @param facts the ids of the facts that made the rule fire, in the order the rule gave them
 * @param loops the loops among them; one loop gives the alert its path
 * @param crossings each threshold crossed, in the order recorded
 * @param key the alert's key: the rule id, a colon, and what it is about
 */
public record Finding(
    RuleMetadata rule,
    Severity severity,
    List<String> subjects,
    String message,
    List<String> facts,
    List<Loop> loops,
    List<ThresholdCrossing> crossings,
    String key) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(message, "message");
    facts = List.copyOf(facts);
    loops = List.copyOf(loops);
    crossings = List.copyOf(crossings);
    Objects.requireNonNull(key, "key");
  }

  /**
   * For a finding about one loop, each deal along it in the order money travels; empty otherwise,
   * since an alert about several loops lists their deals instead.
   */
  public List<EvidenceStep> path() {
    if (loops.size() != 1) {
      return List.of();
    }
    List<EvidenceStep> path = new ArrayList<>();
    loops.get(0).links().forEach(link -> link.edges().forEach(edge -> path.add(step(edge))));
    return path;
  }

  private static EvidenceStep step(LoopEdge edge) {
    return new EvidenceStep(edge.from(), edge.to(), edge.factId(), edge.kind().label(),
        edge.amountUsd(), edge.status().label(), edge.announced(), edge.detail());
  }

  /** The companies the message and the crossings name by id ({@link Names}), whose names the alert shows. */
  public java.util.Set<String> namedCompanies() {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(Names.named(message));
    crossings.forEach(crossing -> ids.addAll(Names.named(crossing.measured())));
    return ids;
  }
}
