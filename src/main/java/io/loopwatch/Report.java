package io.loopwatch;

import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.Loop;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one evaluation.
 *
 * @param asOf the date the facts were evaluated at
 * @param alerts every alert, most severe first
 * @param loops every money loop found, whether or not a rule raised an alert on it
 * @param factCount how many facts were evaluated
 * @param ruleCount how many rules were evaluated
 * @param facts the facts evaluated, so that reports can name companies and draw the deal network
 */
public record Report(
    LocalDate asOf, List<Alert> alerts, List<Loop> loops, int factCount, int ruleCount, FactSet facts) {

  public Report {
    alerts = List.copyOf(alerts);
    loops = List.copyOf(loops);
    Objects.requireNonNull(facts, "facts");
  }

  /** The alert with this key, if any. */
  public Optional<Alert> alert(String key) {
    return alerts.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /** Alert counts for every category, including those with none. */
  public Map<Category, Integer> countByCategory() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      counts.put(category, 0);
    }
    alerts.forEach(a -> counts.merge(a.category(), 1, Integer::sum));
    return counts;
  }

  /** Alert counts for every severity, including those with none. */
  public Map<Severity, Integer> countBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    alerts.forEach(a -> counts.merge(a.severity(), 1, Integer::sum));
    return counts;
  }

  public List<Alert> atOrAbove(Severity minimum) {
    return alerts.stream().filter(a -> a.severity().isAtLeast(minimum)).toList();
  }

  /** This report with only the alerts at or above a severity. */
  public Report filtered(Severity minimum) {
    return new Report(asOf, atOrAbove(minimum), loops, factCount, ruleCount, facts);
  }
}
