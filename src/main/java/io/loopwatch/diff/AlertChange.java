package io.loopwatch.diff;

import java.util.List;
import java.util.Locale;

/**
 * How one alert differs between two runs.
 *
 * @param before the alert in the earlier run, null when new
 * @param after the alert in the later run, null when gone
 * @param differences for a changed alert, one line per field: {@code severity: MEDIUM → HIGH}
 */
public record AlertChange(Kind kind, String key, AlertSnapshot before, AlertSnapshot after, List<String> differences) {

  public enum Kind {
    NEW,
    CHANGED,
    UNCHANGED,
    GONE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AlertChange {
    differences = List.copyOf(differences);
  }

  /** The alert as it is now, or as it was for a gone one. */
  public AlertSnapshot latest() {
    return after != null ? after : before;
  }
}
