package io.loopwatch.ruletest;

import io.loopwatch.Alert;
import java.util.HashSet;
import java.util.List;

/**
 * An alert a case must not raise: any alert of the rule, or only the one about these subjects.
 *
 * @param subjects null to forbid every alert of the rule
 */
public record ForbiddenAlert(String rule, List<String> subjects, int line) {

  public ForbiddenAlert {
    subjects = subjects == null ? null : List.copyOf(subjects);
  }

  public boolean forbids(Alert alert) {
    return alert.rule().equals(rule)
        && (subjects == null || new HashSet<>(alert.subjects()).equals(new HashSet<>(subjects)));
  }

  public String describe() {
    return rule + (subjects == null ? "" : " " + subjects);
  }
}
