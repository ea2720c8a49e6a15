package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.rules.Finding;
import java.util.Comparator;

/** The order alerts are reported in, and which of several findings with one key is shown. */
final class AlertOrder {

  static final Comparator<Alert> MOST_SEVERE_FIRST = Comparator
      .comparing(Alert::severity, Comparator.reverseOrder())
      .thenComparing(Alert::category)
      .thenComparing(Alert::rule)
      .thenComparing(Alert::key)
      // Same-key alerts can differ in evidence (one loop seen through two matches); pick stably.
      .thenComparing(Alert::message)
      .thenComparing(a -> a.evidence().facts().toString());

  /** The same order on the findings the alerts are made from, so the strongest is chosen before any is made. */
  static final Comparator<Finding> STRONGEST_FIRST = Comparator
      .comparing(Finding::severity, Comparator.reverseOrder())
      .thenComparing((Finding f) -> f.rule().category())
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::key)
      .thenComparing(Finding::message)
      .thenComparing(f -> f.facts().toString());

  private AlertOrder() {}
}
