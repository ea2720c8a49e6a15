package io.loopwatch.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every alert of two runs, matched by key and classified; later-run order first, then the gone ones. */
public record RunDiff(List<AlertChange> changes) {

  public RunDiff {
    changes = List.copyOf(changes);
  }

  public static RunDiff between(List<AlertSnapshot> before, List<AlertSnapshot> after) {
    Map<String, AlertSnapshot> earlier = new LinkedHashMap<>();
    before.forEach(a -> earlier.putIfAbsent(a.key(), a));
    List<AlertChange> changes = new ArrayList<>();
    for (AlertSnapshot now : after) {
      AlertSnapshot then = earlier.remove(now.key());
      if (then == null) {
        changes.add(new AlertChange(AlertChange.Kind.NEW, now.key(), null, now, List.of()));
      } else {
        List<String> differences = differences(then, now);
        AlertChange.Kind kind = differences.isEmpty() ? AlertChange.Kind.UNCHANGED : AlertChange.Kind.CHANGED;
        changes.add(new AlertChange(kind, now.key(), then, now, differences));
      }
    }
    earlier.values().forEach(gone -> changes.add(new AlertChange(AlertChange.Kind.GONE, gone.key(), gone, null, List.of())));
    return new RunDiff(changes);
  }

  public List<AlertChange> of(AlertChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** The change for an alert of the later run. */
  public AlertChange forKey(String key) {
    return changes.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
  }

  public boolean isEmpty() {
    return changes.stream().allMatch(c -> c.kind() == AlertChange.Kind.UNCHANGED);
  }

  private static List<String> differences(AlertSnapshot then, AlertSnapshot now) {
    List<String> differences = new ArrayList<>();
    if (!Objects.equals(then.severity(), now.severity())) {
      differences.add("severity: " + then.severity() + " → " + now.severity());
    }
    if (!then.subjects().equals(now.subjects())) {
      differences.add("subjects: " + then.subjects() + " → " + now.subjects());
    }
    if (!Objects.equals(then.message(), now.message())) {
      differences.add("message: \"" + then.message() + "\" → \"" + now.message() + "\"");
    }
    return differences;
  }
}
