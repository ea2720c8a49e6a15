package io.loopwatch.engine;

import io.loopwatch.Alert;
import java.util.List;
import java.util.Objects;

/**
 * How one change to a live session changed its alerts, compared by key: what a listener is told.
 *
 * @param raised alerts with a key not shown before, most severe first
 * @param updated alerts whose key was shown with a different alert, most severe first
 * @param cleared alerts whose key is no longer shown
 */
public record AlertChanges(List<Alert> raised, List<Update> updated, List<Alert> cleared) {

  public AlertChanges {
    raised = List.copyOf(raised);
    updated = List.copyOf(updated);
    cleared = List.copyOf(cleared);
  }

  /** One alert replaced by another with the same key. */
  public record Update(Alert before, Alert after) {
    public Update {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }
}
