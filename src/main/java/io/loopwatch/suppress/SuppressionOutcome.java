package io.loopwatch.suppress;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report with its suppressions applied: the alerts still shown, the ones quieted, and the
 * entries that need the analyst's attention.
 *
 * @param report the report without the suppressed alerts
 * @param suppressed each quieted alert with the entry that quieted it
 * @param expired entries whose {@code until} has passed; their alerts show again
 * @param stale entries in force that match no alert: the thing they quieted is gone
 */
public record SuppressionOutcome(
    Report report, List<Suppressed> suppressed, List<Suppression> expired, List<Suppression> stale) {

  /** An alert and the suppression that quiets it. */
  public record Suppressed(Alert alert, Suppression by) {}

  public SuppressionOutcome {
    suppressed = List.copyOf(suppressed);
    expired = List.copyOf(expired);
    stale = List.copyOf(stale);
  }

  /** Applies the entries in force on the given day to a report. */
  public static SuppressionOutcome apply(Report report, List<Suppression> entries, LocalDate today) {
    List<Suppression> active = entries.stream().filter(s -> s.isActiveOn(today)).toList();
    List<Suppression> expired = entries.stream().filter(s -> !s.isActiveOn(today)).toList();
    List<Alert> shown = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    for (Alert alert : report.alerts()) {
      active.stream().filter(s -> s.matches(alert)).findFirst().ifPresentOrElse(
          by -> suppressed.add(new Suppressed(alert, by)),
          () -> shown.add(alert));
    }
    List<Suppression> stale = active.stream()
        .filter(s -> report.alerts().stream().noneMatch(s::matches))
        .toList();
    Report kept = new Report(report.asOf(), shown, report.loops(), report.factCount(), report.ruleCount(),
        report.facts());
    return new SuppressionOutcome(kept, suppressed, expired, stale);
  }

  /** One line per entry that needs attention, for stderr: expired and stale suppressions. */
  public List<String> warnings() {
    List<String> lines = new ArrayList<>();
    expired.forEach(s -> lines.add(s.where() + ": warning: suppression of " + s.describe() + " expired on " + s.until()
        + " (added by " + s.addedBy() + ": " + s.reason() + "); its alerts show again"));
    stale.forEach(s -> lines.add(s.where() + ": warning: suppression of " + s.describe()
        + " matches no alert; remove it if what it quieted is gone"));
    return lines;
  }
}
