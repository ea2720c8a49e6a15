package io.loopwatch.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.definition.rule.Rule;

/**
 * Counts firings per rule and remembers the rule being fired, so that a runaway rule or a failing
 * consequence can be reported by name.
 */
final class FiringGuard extends DefaultAgendaEventListener {

  private final Map<Rule, Integer> firings = new HashMap<>();
  private Rule current;

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings.merge(event.getMatch().getRule(), 1, Integer::sum);
    current = null;
  }

  /** The rule whose consequence is running, or null between firings. */
  Rule current() {
    return current;
  }

  /** The rule that fired most, the likely culprit when the firing limit is reached. */
  Rule busiest() {
    return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  int firingsOf(Rule rule) {
    return firings.getOrDefault(rule, 0);
  }
}
