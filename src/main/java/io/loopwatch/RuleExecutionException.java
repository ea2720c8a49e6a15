package io.loopwatch;

import java.util.Objects;

/**
 * A rule failed while running: it fired more often than the firing limit allows (usually a rule
 * that keeps re-triggering itself), its consequence or one of its conditions threw, or Drools failed
 * while matching it. Names the rule and where it is written: {@link #rule()} is never null, except
 * in an {@link EvaluationTimeoutException} that came while no rule was running. A failure Loopwatch
 * cannot trace to a rule is not one of these but an internal error.
 */
public class RuleExecutionException extends RuntimeException {

  private final RuleInfo rule;

  /** @param rule the rule at fault; not null */
  public RuleExecutionException(RuleInfo rule, String message, Throwable cause) {
    this(message, Objects.requireNonNull(rule, "rule"), cause);
  }

  /** For a timeout, which can pass while no rule is running: then {@code rule} is null. */
  RuleExecutionException(String message, RuleInfo rule, Throwable cause) {
    super(rule == null ? message : rule.file() + ":" + rule.line() + ": rule '" + rule.id() + "': " + message, cause);
    this.rule = rule;
  }

  /** The rule at fault; null only in an {@link EvaluationTimeoutException} that passed outside any rule. */
  public RuleInfo rule() {
    return rule;
  }
}
