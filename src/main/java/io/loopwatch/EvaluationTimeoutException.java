package io.loopwatch;

import java.time.Duration;
import java.util.Objects;

/**
 * An evaluation (or one change of a live session) ran past its time limit and was stopped. Names
 * the rule that was running when the limit passed, if one was ({@link #rule()} is null when the
 * time went in matching conditions or in Loopwatch's own work), and says how to raise the limit. A
 * {@link RuleExecutionException}, so code that handles failing rules handles this too.
 */
public final class EvaluationTimeoutException extends RuleExecutionException {

  private static final long serialVersionUID = 1L;

  private final Duration limit;

  public EvaluationTimeoutException(RuleInfo rule, Duration limit, Throwable cause) {
    super(describe(rule, Objects.requireNonNull(limit, "limit")), rule, cause);
    this.limit = limit;
  }

  /** The time limit that passed. */
  public Duration limit() {
    return limit;
  }

  private static String describe(RuleInfo rule, Duration limit) {
    String where = rule != null
        ? "still running when the time limit of " + TimeLimits.format(limit) + " passed"
        : "the time limit of " + TimeLimits.format(limit) + " passed while no rule's consequence was running"
            + " (the time went in matching conditions or in finding loops)";
    return where + "; the evaluation was stopped. If the rules need longer, raise the limit with --timeout"
        + " (or RiskEngine.builder().timeout(...))";
  }
}
