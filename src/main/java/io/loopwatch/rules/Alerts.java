package io.loopwatch.rules;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules start an alert. In a consequence:
 *
 * <pre>
 * insertLogical(Alerts.raise(kcontext)
 *     .subjects($vendor.id(), $customer.id())
 *     .message($vendor.name() + " funds its own customer " + $customer.name())
 *     .evidence($investment, $deal)
 *     .grade("loop-usd", "money binding deals send all the way round", $loop.roundTripUsd(), Unit.USD)
 *     .build());
 * </pre>
 *
 * {@code build()} gives a {@link Finding}; the engine makes the alert from it. The rule's id,
 * category, severity and description come from its metadata, so a rule states them once, next to
 * its conditions; {@code grade} reads its tiers from the rule base's {@code thresholds} global.
 */
public final class Alerts {

  /** The global every rule file that reads thresholds declares: {@code global Thresholds thresholds;}. */
  static final String THRESHOLDS_GLOBAL = "thresholds";

  private Alerts() {}

  /** Starts the finding of the rule that is firing: {@code Alerts.raise(kcontext)} in its consequence. */
  public static AlertBuilder raise(RuleContext kcontext) {
    return new AlertBuilder(RuleMetadata.of(kcontext.getRule()),
        () -> (Thresholds) kcontext.getKieRuntime().getGlobal(THRESHOLDS_GLOBAL));
  }
}
