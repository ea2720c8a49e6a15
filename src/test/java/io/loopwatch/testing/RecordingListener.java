package io.loopwatch.testing;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what a session's listener was told: every callback in order, and the alerts they add up
 * to, which must always be what the session shows.
 */
public final class RecordingListener implements AlertListener {

  public final List<Alert> raised = new ArrayList<>();
  public final List<Alert[]> updated = new ArrayList<>();
  public final List<Alert> cleared = new ArrayList<>();
  private final Map<String, Alert> current = new LinkedHashMap<>();

  @Override
  public void onRaised(Alert alert) {
    if (current.put(alert.key(), alert) != null) {
      throw new AssertionError("raised twice without being cleared: " + alert.key());
    }
    raised.add(alert);
  }

  @Override
  public void onUpdated(Alert before, Alert after) {
    if (!before.key().equals(after.key()) || !before.equals(current.get(before.key())) || before.equals(after)) {
      throw new AssertionError("not an update of the alert shown: " + before + " -> " + after);
    }
    current.put(after.key(), after);
    updated.add(new Alert[] {before, after});
  }

  @Override
  public void onCleared(Alert alert) {
    if (!alert.equals(current.remove(alert.key()))) {
      throw new AssertionError("cleared an alert that was not shown: " + alert.key());
    }
    cleared.add(alert);
  }

  /** The alerts the callbacks add up to, by key. */
  public Map<String, Alert> current() {
    return Map.copyOf(current);
  }

  public void reset() {
    raised.clear();
    updated.clear();
    cleared.clear();
  }
}
