package io.loopwatch.rules;

import io.loopwatch.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named numbers rules compare against, read from {@code thresholds.yaml} beside the rules so
 * that an analyst tunes a rule set without touching its logic. Rules see this object as the global
 * {@code thresholds}.
 *
 * <p>A threshold given per severity ({@code loop-usd: {critical: …, high: …}}) is a {@link Tiers
 * tier set}; each of its tiers is also an ordinary threshold named {@code loop-usd.critical}.
 */
public final class Thresholds {

  private final Path file;
  private final Map<String, BigDecimal> values;
  private final Map<String, Tiers> tiers;

  /**
   * @param values every threshold by name; a name {@code set.tier} (tier one of {@code critical},
   *     {@code high}, {@code medium}, {@code low}) is a tier of the set {@code set}
   */
  public Thresholds(Path file, Map<String, BigDecimal> values) {
    this.file = file;
    this.values = Map.copyOf(values);
    this.tiers = tierSets(this.values);
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

  /**
   * The tier set of this name, most severe tier first.
   *
   * @throws IllegalArgumentException naming the file and the tier sets it defines, when it has no
   *     such set
   */
  public Tiers tiers(String name) {
    return findTiers(name).orElseThrow(() -> new IllegalArgumentException(where() + " has no tier set '" + name
        + "'; tier sets: " + tierSetNames()));
  }

  public Optional<Tiers> findTiers(String name) {
    return Optional.ofNullable(tiers.get(name));
  }

  /** Every threshold's name, tiers as {@code set.tier}, sorted. */
  public Set<String> names() {
    return new TreeMap<>(values).keySet();
  }

  /** The names of the tier sets, sorted. */
  public Set<String> tierSetNames() {
    return new TreeMap<>(tiers).keySet();
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
      String hint = tiers.containsKey(name) ? " ('" + name + "' is a tier set: read one tier, such as '"
          + tiers.get(name).tiers().get(0).threshold() + "', or grade by it)" : "";
      throw new IllegalArgumentException(where() + " has no threshold '" + name + "'" + hint + "; defined: " + names());
    }
    return value;
  }

  private String where() {
    return file == null ? "thresholds" : file.toString();
  }

  private static Map<String, Tiers> tierSets(Map<String, BigDecimal> values) {
    Map<String, List<Tiers.Tier>> bySet = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      int dot = name.lastIndexOf('.');
      Optional<Severity> severity = dot < 0 ? Optional.empty() : Tiers.severityOf(name.substring(dot + 1));
      severity.ifPresent(s -> bySet.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>())
          .add(new Tiers.Tier(name, s, value)));
    });
    Map<String, Tiers> sets = new LinkedHashMap<>();
    bySet.forEach((set, tiers) -> sets.put(set, new Tiers(set, tiers)));
    return Map.copyOf(sets);
  }
}
