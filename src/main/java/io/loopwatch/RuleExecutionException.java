package io.loopwatch;

/**
 * A rule failed while running: it fired more often than the firing limit allows (usually a rule
 * that keeps re-triggering itself) or its consequence threw. Names the rule and where it is written.
 */
public class RuleExecutionException extends RuntimeException {

  private final RuleInfo rule;

  public RuleExecutionException(RuleInfo rule, String message, Throwable cause) {
    super(rule == null ? message : rule.file() + ":" + rule.line() + ": rule '" + rule.id() + "': " + message, cause);
    this.rule = rule;
  }

  /** The rule at fault, or {@code null} if it could not be determined. */
  public RuleInfo rule() {
    return rule;
  }
}
