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
 *     .build());
 * </pre>
 *
 * The rule's id, category, severity and description come from its metadata, so a rule states them
 * once, next to its conditions.
 */
public final class Alerts {

  private Alerts() {}

  public static AlertBuilder raise(RuleContext kcontext) {
    return new AlertBuilder(RuleMetadata.of(kcontext.getRule()));
  }
}
