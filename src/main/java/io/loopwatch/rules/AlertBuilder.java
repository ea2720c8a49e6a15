package io.loopwatch.rules;

import io.loopwatch.Alert;
import io.loopwatch.Evidence;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Explanation;
import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.Fact;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopEdge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds one alert from inside a rule's consequence; start with {@link Alerts#raise}. */
public final class AlertBuilder {

  private final RuleMetadata rule;
  private Severity severity;
  private final List<String> subjects = new ArrayList<>();
  private String message;
  private final Set<String> facts = new LinkedHashSet<>();
  private String key;
  private final List<Loop> loops = new ArrayList<>();
  private final List<ThresholdCrossing> crossings = new ArrayList<>();

  AlertBuilder(RuleMetadata rule) {
    this.rule = rule;
    this.severity = rule.severity();
  }

  /** The companies the alert is about, most relevant first. Duplicates are dropped. */
  public AlertBuilder subjects(String... companyIds) {
    return subjects(Arrays.asList(companyIds));
  }

  public AlertBuilder subjects(Collection<String> companyIds) {
    companyIds.stream().filter(id -> !subjects.contains(id)).forEach(subjects::add);
    return this;
  }

  public AlertBuilder message(String text) {
    this.message = text;
    return this;
  }

  /** Replaces the severity in the rule's metadata, for rules that grade by amount or status. */
  public AlertBuilder severity(Severity computed) {
    this.severity = computed;
    return this;
  }

  /**
   * The facts that made the rule fire: investments, supply deals, chips, financials, events,
   * companies, loops, or collections of them. A loop also records its path.
   */
  public AlertBuilder evidence(Object... matched) {
    for (Object fact : matched) {
      add(fact);
    }
    return this;
  }

  /**
   * What the alert is about, when the default is not precise enough; the key becomes {@code
   * rule:what}. The default is the loop's key for an alert about one loop, else the subjects.
   */
  public AlertBuilder key(String customKey) {
    this.key = customKey;
    return this;
  }

  /**
   * Records a threshold the alert crossed, for its explanation: the threshold's name, what was
   * measured, the measured value and the threshold's value. In a rule:
   *
   * <pre>
   * .crossed("commitments-to-revenue-high", $company.name() + "'s commitments against a year's revenue",
   *     multiple, thresholds.ratio("commitments-to-revenue-high"), Unit.TIMES)
   * </pre>
   *
   * A floor the value fell below is recorded the same way; the explanation says "below".
   */
  public AlertBuilder crossed(String threshold, String measured, Number value, Number limit, Unit unit) {
    BigDecimal measuredValue = decimal(value);
    BigDecimal limitValue = decimal(limit);
    if (limitValue == null) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' crossed threshold '" + threshold
          + "' whose value is not finite");
    }
    crossings.add(new ThresholdCrossing(threshold, measured, measuredValue, limitValue, unit.label(),
        unit.format(measuredValue), unit.format(limitValue)));
    return this;
  }

  public Alert build() {
    if (message == null || message.isBlank()) {
      throw new IllegalStateException("rule '" + rule.id() + "' raised an alert without a message");
    }
    if (subjects.isEmpty()) {
      throw new IllegalStateException("rule '" + rule.id() + "' raised an alert without subjects");
    }
    // A path is the story of one loop; an alert about several loops lists their deals instead.
    List<EvidenceStep> path = new ArrayList<>();
    if (loops.size() == 1) {
      loops.get(0).links().forEach(link -> link.edges().forEach(edge -> path.add(step(edge))));
    }
    String about = key != null ? key
        : loops.size() == 1 ? loops.get(0).key()
        : String.join(",", subjects);
    // The engine resolves the fact ids to summaries after evaluation; a rule cannot see the fact set.
    Explanation explanation = new Explanation(rule.id(), rule.description(), "", List.of(), path, crossings);
    return new Alert(rule.id(), rule.category(), severity, rule.description(), subjects, message,
        new Evidence(List.copyOf(facts), path), rule.id() + ":" + about, explanation);
  }

  private void add(Object fact) {
    if (fact instanceof Collection<?> many) {
      EvidenceOrder.sorted(many).forEach(this::add);
    } else if (fact instanceof Loop loop) {
      addLoop(loop);
    } else if (fact instanceof Fact f) {
      facts.add(f.id());
    } else if (fact instanceof String id) {
      facts.add(id);
    } else if (fact != null) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' gave evidence of an unknown kind: "
          + fact.getClass().getName());
    }
  }

  private void addLoop(Loop loop) {
    facts.addAll(loop.factIds());
    loops.add(loop);
  }

  /** Rules compute ratios as doubles; an infinite one (no revenue at all) becomes null. */
  private static BigDecimal decimal(Number value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal exact) {
      return exact;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(value.longValue());
    }
    double d = value.doubleValue();
    return Double.isInfinite(d) || Double.isNaN(d) ? null : BigDecimal.valueOf(d);
  }

  private static EvidenceStep step(LoopEdge edge) {
    return new EvidenceStep(edge.from(), edge.to(), edge.factId(), edge.kind().label(),
        edge.amountUsd(), edge.status().label(), edge.announced(), edge.detail());
  }
}
