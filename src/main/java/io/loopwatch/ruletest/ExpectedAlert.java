package io.loopwatch.ruletest;

import io.loopwatch.Alert;
import io.loopwatch.Severity;
import java.util.HashSet;
import java.util.List;

/**
 * An alert a case must raise.
 *
 * @param subjects the alert's subjects in any order, or null to accept any
 * @param severity the expected severity, or null to accept any
 * @param message text the message must contain, or null to accept any
 * @param line where the expectation is written, for failure reports
 */
public record ExpectedAlert(String rule, List<String> subjects, Severity severity, String message, int line) {

  public ExpectedAlert {
    subjects = subjects == null ? null : List.copyOf(subjects);
  }

  /** Same rule and, if given, the same subjects: the alert this expectation is about. */
  public boolean identifies(Alert alert) {
    return alert.rule().equals(rule)
        && (subjects == null || new HashSet<>(alert.subjects()).equals(new HashSet<>(subjects)));
  }

  public String describe() {
    return rule + (subjects == null ? "" : " " + subjects);
  }
}
