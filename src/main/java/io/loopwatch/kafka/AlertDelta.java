package io.loopwatch.kafka;

import io.loopwatch.Alert;

/**
 * One alert that a change raised, updated or cleared in a universe.
 *
 * @param before the alert as it was; null when raised
 * @param after the alert as it is now; null when cleared
 */
record AlertDelta(String universe, Change change, Alert before, Alert after) {

  enum Change { RAISED, UPDATED, CLEARED }

  static AlertDelta raised(String universe, Alert alert) {
    return new AlertDelta(universe, Change.RAISED, null, alert);
  }

  static AlertDelta updated(String universe, Alert before, Alert after) {
    return new AlertDelta(universe, Change.UPDATED, before, after);
  }

  static AlertDelta cleared(String universe, Alert alert) {
    return new AlertDelta(universe, Change.CLEARED, alert, null);
  }

  /** The alert the delta is about: as it is now, or as it was when it cleared. */
  Alert alert() {
    return after != null ? after : before;
  }

  /** The output key, {@code universe/alertKey}. */
  String key() {
    return universe + "/" + alert().key();
  }
}
