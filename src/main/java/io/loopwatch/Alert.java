package io.loopwatch;

import java.util.List;
import java.util.Objects;

/**
 * A warning raised by a rule.
 *
 * @param rule the rule's stable kebab-case id
 * @param description what the rule looks for, from its metadata
 * @param subjects the ids of the companies the alert is about, most relevant first
 * @param message one sentence for a person, with names and amounts
 * @param key identifies the same alert across runs: the rule id and what it is about
 * @param explanation why it fired: the rule, the matched facts with their sources, the loop's path
 *     and the thresholds crossed
 */
public record Alert(
    String rule,
    Category category,
    Severity severity,
    String description,
    List<String> subjects,
    String message,
    Evidence evidence,
    String key,
    Explanation explanation) {

  public Alert {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    description = description == null ? "" : description;
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** This alert with another explanation. */
  public Alert withExplanation(Explanation resolved) {
    return new Alert(rule, category, severity, description, subjects, message, evidence, key, resolved);
  }
}
