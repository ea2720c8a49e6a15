package io.loopwatch.diff;

import io.loopwatch.Alert;
import java.util.List;

/** The parts of an alert a run-to-run comparison looks at, from a live report or a saved one. */
public record AlertSnapshot(String key, String rule, String severity, List<String> subjects, String message) {

  public AlertSnapshot {
    subjects = List.copyOf(subjects);
  }

  public static AlertSnapshot of(Alert alert) {
    return new AlertSnapshot(alert.key(), alert.rule(), alert.severity().name(), alert.subjects(), alert.message());
  }
}
