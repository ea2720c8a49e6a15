package io.loopwatch.engine;

import io.loopwatch.Alert;
import java.util.Comparator;

/** The order alerts are reported in, and which of several with one key is shown. */
final class AlertOrder {

  static final Comparator<Alert> MOST_SEVERE_FIRST = Comparator
      .comparing(Alert::severity, Comparator.reverseOrder())
      .thenComparing(Alert::category)
      .thenComparing(Alert::rule)
      .thenComparing(Alert::key)
      // Same-key alerts can differ in evidence (one loop seen through two matches); pick stably.
      .thenComparing(Alert::message)
      .thenComparing(a -> a.evidence().facts().toString());

  private AlertOrder() {}
}
