package io.loopwatch.suppress;

import io.loopwatch.Alert;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a suppressions file: which alerts, why, who said so, and until when.
 *
 * @param rule the rule id, or null for any rule (then subjects are required)
 * @param subjects the alert's subjects in any order, or null for any
 * @param until the last day the suppression holds; required, so that nothing is quiet forever
 * @param file the suppressions file, and {@code line} and {@code column} where the entry starts in it
 */
public record Suppression(
    String rule, List<String> subjects, String reason, String addedBy, LocalDate until, Path file, int line,
    int column) {

  public Suppression {
    subjects = subjects == null ? null : List.copyOf(subjects);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(until, "until");
    if (rule == null && subjects == null) {
      throw new IllegalArgumentException("a suppression names a rule, subjects or both");
    }
  }

  public boolean matches(Alert alert) {
    return (rule == null || rule.equals(alert.rule()))
        && (subjects == null || new HashSet<>(subjects).equals(new HashSet<>(alert.subjects())));
  }

  /** Still in force on the given day (the {@code until} day included). */
  public boolean isActiveOn(LocalDate day) {
    return !day.isAfter(until);
  }

  /** {@code supplier-diversification [nvidia, openai]}. */
  public String describe() {
    return (rule == null ? "any rule" : rule) + (subjects == null ? "" : " " + subjects);
  }

  public String where() {
    return file + ":" + line + ":" + column;
  }
}
