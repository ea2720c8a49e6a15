package io.loopwatch.rules;

import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.Fact;
import io.loopwatch.loops.Loop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds one finding from inside a rule's consequence; start with {@link Alerts#raise}.
 *
 * <p>Severity: the rule's {@code @severity} is the base, {@link #severity} replaces it, {@link
 * #grade} lifts it to the most severe tier reached (of every tier set graded by), and each {@link
 * #lowerBelow} floor the value fell under and each {@link #lowerAbove} ceiling it went over takes
 * one level off the result. The order of the calls
 * does not matter.
 */
public final class AlertBuilder {

  private final RuleMetadata rule;
  private final Supplier<Thresholds> thresholds;
  private Severity base;
  private Severity graded;
  private int shift;
  private final List<String> subjects = new ArrayList<>();
  private String message;
  private final Set<String> facts = new LinkedHashSet<>();
  private String key;
  private final List<Loop> loops = new ArrayList<>();
  private final List<ThresholdCrossing> crossings = new ArrayList<>();

  /** @param thresholds the rule base's thresholds, asked for only when a call reads one; null when it has none */
  AlertBuilder(RuleMetadata rule, Supplier<Thresholds> thresholds) {
    this.rule = rule;
    this.thresholds = thresholds;
    this.base = rule.severity();
  }

  /** The companies the alert is about, most relevant first. Duplicates are dropped. */
  public AlertBuilder subjects(String... companyIds) {
    return subjects(Arrays.asList(companyIds));
  }

  /** The companies the alert is about, most relevant first, as a collection. Duplicates are dropped. */
  public AlertBuilder subjects(Collection<String> companyIds) {
    companyIds.stream().filter(id -> !subjects.contains(id)).forEach(subjects::add);
    return this;
  }

  /** One sentence for a person; name companies by id with {@link Names#of}, so a rename reaches the alert. */
  public AlertBuilder message(String text) {
    this.message = text;
    return this;
  }

  /**
   * Replaces the rule's {@code @severity} as the base, for a grade that depends on something other
   * than a threshold (is the rival chip on sale yet?). Grade by thresholds with {@link #grade}.
   */
  public AlertBuilder severity(Severity computed) {
    this.base = computed;
    return this;
  }

  /**
   * Grades the finding by a tier set of {@code thresholds.yaml}: its severity becomes that of the
   * most severe tier the value reaches (at or above), and that tier is recorded as crossed. When no
   * tier is reached the severity stays the base ({@code @severity}) and nothing is recorded.
   * Graded by several sets, the finding takes the most severe grade. In a rule:
   *
   * <pre>
   * .grade("loop-usd", "money binding deals send all the way round", $loop.roundTripUsd(), Unit.USD)
   * </pre>
   *
   * @param value the measured value; an infinite double (a multiple of no revenue) reaches every tier;
   *     {@code null}, an amount no source disclosed, reaches none (it is unknown, not zero), so the
   *     message must say the amount is undisclosed
   */
  public AlertBuilder grade(String tierSet, String measured, Number value, Unit unit) {
    Tiers tiers = thresholds("grade(\"" + tierSet + "\")").tiers(tierSet);
    if (value == null || unmeasured(value)) {
      return this;
    }
    BigDecimal measuredValue = decimal(value);
    tiers.reached(measuredValue).ifPresent(tier -> {
      graded = graded == null || tier.severity().isAtLeast(graded) ? tier.severity() : graded;
      record(tier.threshold(), measured, measuredValue, tier.value(), unit);
    });
    return this;
  }

  /**
   * Takes the finding one severity level down when the value is below the threshold (a floor), and
   * records the floor as crossed; the explanation says "below". In a rule:
   *
   * <pre>
   * .lowerBelow("loop-weakest-link-floor", "binding weight of the weakest link", $loop.weakestLinkWeight(), Unit.NUMBER)
   * </pre>
   */
  public AlertBuilder lowerBelow(String threshold, String measured, Number value, Unit unit) {
    BigDecimal floor = thresholds("lowerBelow(\"" + threshold + "\")").value(threshold);
    if (unmeasured(required(value, "lowerBelow", threshold))) {
      return this;
    }
    BigDecimal measuredValue = decimal(value);
    if (measuredValue != null && measuredValue.compareTo(floor) < 0) {
      shift--;
      record(threshold, measured, measuredValue, floor, unit);
    }
    return this;
  }

  /**
   * Takes the finding one severity level down when the value is above the threshold (a ceiling),
   * and records the ceiling as crossed. An infinite value (a double) is above every ceiling and is
   * shown as ∞. In a rule:
   *
   * <pre>
   * .lowerAbove("loop-window-days", "days the money takes to go round in date order", $loop.daysToGoRound(), Unit.DAYS)
   * </pre>
   */
  public AlertBuilder lowerAbove(String threshold, String measured, Number value, Unit unit) {
    BigDecimal ceiling = thresholds("lowerAbove(\"" + threshold + "\")").value(threshold);
    if (unmeasured(required(value, "lowerAbove", threshold))) {
      return this;
    }
    BigDecimal measuredValue = decimal(value);
    if (measuredValue == null || measuredValue.compareTo(ceiling) > 0) {
      shift--;
      record(threshold, measured, measuredValue, ceiling, unit);
    }
    return this;
  }

  /**
   * Records a threshold the alert crossed, for its explanation, with the threshold's value read
   * from {@code thresholds.yaml}: the rule compared the value against it in its conditions.
   *
   * <pre>
   * .crossed("stalled-grace-days", "days past the expected close", late, Unit.DAYS)
   * </pre>
   */
  public AlertBuilder crossed(String threshold, String measured, Number value, Unit unit) {
    BigDecimal limit = thresholds("crossed(\"" + threshold + "\")").value(threshold);
    return crossed(threshold, measured, value, limit, unit);
  }

  /**
   * Records a threshold the alert crossed, for its explanation: the threshold's name, what was
   * measured, the measured value and the threshold's value. A floor the value fell below is
   * recorded the same way; the explanation says "below". The same crossing recorded twice is
   * listed once.
   */
  public AlertBuilder crossed(String threshold, String measured, Number value, Number limit, Unit unit) {
    BigDecimal limitValue = decimal(limit);
    if (limitValue == null) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' crossed threshold '" + threshold
          + "' whose value is not finite");
    }
    record(threshold, measured, decimal(value), limitValue, unit);
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
   * What the alert is about, when the default is not precise enough: only the part after the rule
   * id, since the engine puts {@code <rule id>:} in front of it itself. {@code .key($old.id())}
   * in rule {@code pledge-cut} gives the alert key {@code pledge-cut:nvidia-openai-loi-2025-09}. The
   * default is the loop's key for an alert about one loop, else the subjects.
   *
   * @param about what the alert is about; null keeps the default
   * @throws IllegalArgumentException when it already starts with {@code <rule id>:}, which would
   *     double the id in the key ({@code pledge-cut:pledge-cut:…}), not the key that baselines
   *     and {@code diff} match alerts by
   */
  public AlertBuilder key(String about) {
    String ownPrefix = rule.id() + ":";
    if (about != null && about.startsWith(ownPrefix)) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' passed .key(\"" + about + "\"), which starts with"
          + " its own id; the engine puts '" + ownPrefix + "' in front of every key itself, so pass only the part"
          + " after it: .key(\"" + about.substring(ownPrefix.length()) + "\")");
    }
    this.key = about;
    return this;
  }

  /** The finding, for the consequence to {@code insertLogical}; the engine makes the alert. */
  public Finding build() {
    if (message == null || message.isBlank()) {
      throw new IllegalStateException("rule '" + rule.id() + "' raised an alert without a message");
    }
    if (subjects.isEmpty()) {
      throw new IllegalStateException("rule '" + rule.id() + "' raised an alert without subjects");
    }
    String about = key != null ? key
        : loops.size() == 1 ? loops.get(0).key()
        : String.join(",", subjects);
    Severity severity = (graded != null ? graded : base).shift(shift);
    return new Finding(rule, severity, subjects, message, List.copyOf(facts), loops, crossings, rule.id() + ":" + about);
  }

  private void record(String threshold, String measured, BigDecimal value, BigDecimal limit, Unit unit) {
    ThresholdCrossing crossing = new ThresholdCrossing(threshold, measured, value, limit, unit.label(),
        unit.format(value), unit.format(limit));
    if (!crossings.contains(crossing)) {
      crossings.add(crossing);
    }
  }

  private Thresholds thresholds(String call) {
    Thresholds known = thresholds == null ? null : thresholds.get();
    if (known == null) {
      throw new IllegalStateException("rule '" + rule.id() + "' calls " + call + ", but its rule base has no"
          + " thresholds: declare 'global io.loopwatch.rules.Thresholds thresholds;' in its file and define the"
          + " threshold in thresholds.yaml beside the rules");
    }
    return known;
  }

  private Number required(Number value, String call, String threshold) {
    if (value == null) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' calls " + call + "(\"" + threshold
          + "\") without a value to compare");
    }
    return value;
  }

  /** Not a number, or minus infinity: reaches no tier and falls under no floor it could be shown against. */
  private static boolean unmeasured(Number value) {
    if (!(value instanceof Double || value instanceof Float)) {
      return false;
    }
    double d = value.doubleValue();
    return Double.isNaN(d) || d == Double.NEGATIVE_INFINITY;
  }

  private void add(Object fact) {
    if (fact instanceof Collection<?> many) {
      EvidenceOrder.sorted(many).forEach(this::add);
    } else if (fact instanceof Loop loop) {
      facts.addAll(loop.factIds());
      loops.add(loop);
    } else if (fact instanceof Fact f) {
      facts.add(f.id());
    } else if (fact instanceof String id) {
      facts.add(id);
    } else if (fact != null) {
      throw new IllegalArgumentException("rule '" + rule.id() + "' gave evidence of an unknown kind: "
          + fact.getClass().getName());
    }
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
}
