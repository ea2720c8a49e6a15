package io.loopwatch.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named numbers rules compare against, read from {@code thresholds.yaml} beside the rules so
 * that an analyst tunes a rule set without touching its logic. Rules see this object as the global
 * {@code thresholds}.
 */
public final class Thresholds {

  private final Path file;
  private final Map<String, BigDecimal> values;

  public Thresholds(Path file, Map<String, BigDecimal> values) {
    this.file = file;
    this.values = Map.copyOf(values);
  }

  public static Thresholds none() {
    return new Thresholds(null, Map.of());
  }

  /** A money threshold in USD. */
  public BigDecimal usd(String name) {
    return lookup(name);
  }

  /** A ratio or multiple, such as 0.10 for 10 % or 5 for 5×. */
  public double ratio(String name) {
    return lookup(name).doubleValue();
  }

  /** Any other quantity, such as gigawatts. */
  public BigDecimal value(String name) {
    return lookup(name);
  }

  /** A whole number of days. */
  public int days(String name) {
    return lookup(name).intValueExact();
  }

  /** A whole count. */
  public int count(String name) {
    return lookup(name).intValueExact();
  }

  public Set<String> names() {
    return new TreeMap<>(values).keySet();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Path file() {
    return file;
  }

  private BigDecimal lookup(String name) {
    BigDecimal value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          (file == null ? "thresholds" : file.toString()) + " has no threshold '" + name + "'; defined: " + names());
    }
    return value;
  }
}
