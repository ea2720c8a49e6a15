package io.loopwatch.rules;

import io.loopwatch.Severity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A threshold given per severity in {@code thresholds.yaml} ({@code loop-usd: {critical: …, high:
 * …}}): the grades a rule's finding takes by what it measured, so that severity is data beside the
 * rule rather than an if/else ladder inside it. Each tier is also an ordinary threshold, named
 * {@code loop-usd.critical}.
 *
 * @param name the tier set's name, {@code loop-usd}
 * @param tiers its tiers, most severe first
 */
public record Tiers(String name, List<Tier> tiers) {

  /** The severities a tier may be given for, most severe first; their names are the tier keys. */
  public static final List<Severity> SEVERITIES =
      List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);

  /**
   * One tier: reaching {@code value} grades a finding {@code severity}.
   *
   * @param threshold the tier's own threshold name, {@code loop-usd.critical}
   */
  public record Tier(String threshold, Severity severity, BigDecimal value) {
    public Tier {
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(value, "value");
    }
  }

  public Tiers {
    Objects.requireNonNull(name, "name");
    tiers = tiers.stream().sorted(Comparator.comparing(Tier::severity).reversed()).toList();
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tier set '" + name + "' has no tiers");
    }
  }

  /** The tier key as {@code thresholds.yaml} writes it: {@code critical}. */
  public static String key(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** {@code critical, high, medium, low}: for messages about a key that is none of them. */
  public static String keys() {
    return String.join(", ", SEVERITIES.stream().map(Tiers::key).toList());
  }

  /** The severity a tier key stands for, if it is one. */
  public static Optional<Severity> severityOf(String key) {
    return SEVERITIES.stream().filter(s -> key(s).equals(key)).findFirst();
  }

  /**
   * The most severe tier the value reaches (is at or above), if any. A {@code null} value stands
   * for infinity (a multiple of no revenue) and reaches every tier.
   */
  public Optional<Tier> reached(BigDecimal value) {
    return tiers.stream().filter(t -> value == null || value.compareTo(t.value()) >= 0).findFirst();
  }
}
