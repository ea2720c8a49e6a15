package io.loopwatch.engine;

import io.loopwatch.rules.Finding;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Counts firings per rule and remembers the rule being fired, so that a runaway rule or a failing
 * consequence can be reported by name.
 */
final class FiringGuard extends DefaultAgendaEventListener {

  private final Map<Rule, Integer> firings = new HashMap<>();
  /** Facts a rule's consequence changed, other than the findings it raised: how a rule re-triggers itself. */
  private final Map<Rule, Integer> changes = new HashMap<>();
  /** Volatile: a caller that gave up waiting for the evaluation's thread reads it to name the rule. */
  private volatile Rule current;
  /** The rule whose matches Drools last created, updated or cancelled since a consequence last ran. */
  private Rule matching;

  /** Register with the session too, so that a runaway is named by what it changes, not only by how often it fires. */
  final RuleRuntimeEventListener changeCounter = new DefaultRuleRuntimeEventListener() {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getRule() != null && !(event.getObject() instanceof Finding)) {
        changes.merge(event.getRule(), 1, Integer::sum);
      }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      if (event.getRule() != null) {
        changes.merge(event.getRule(), 1, Integer::sum);
      }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      if (event.getRule() != null) {
        changes.merge(event.getRule(), 1, Integer::sum);
      }
    }
  };

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = event.getMatch().getRule();
    matching = null;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings.merge(event.getMatch().getRule(), 1, Integer::sum);
    current = null;
  }

  // Drools reports a match as created when a rule's conditions newly hold and when a match that
  // already fired is updated, right before it files the match; cancelled when they stop holding.
  @Override
  public void matchCreated(MatchCreatedEvent event) {
    matching = event.getMatch().getRule();
  }

  @Override
  public void matchCancelled(MatchCancelledEvent event) {
    matching = event.getMatch().getRule();
  }

  /** The rule whose consequence is running, or null between firings. */
  Rule current() {
    return current;
  }

  /**
   * Outside a firing, the rule whose matches Drools last filed, or null: what Drools was working
   * on when it fails inside its own matching, where no condition text names a rule. Drools
   * evaluates one rule's conditions at a time and files that rule's matches last, so a failure
   * while filing them (as Drools 10.2's {@code RuleExecutor.removeDormantTuple} can) comes right
   * after the rule's own match event.
   */
  Rule matching() {
    return current == null ? matching : null;
  }

  /** A live session's next change starts: what Drools matched in the last one is no clue to its failures. */
  void startChange() {
    matching = null;
  }

  /**
   * The likely culprit when the firing limit is reached: the rule that changed facts most often
   * (a rule that updates what it matches makes every rule on that fact fire again, and those
   * innocent rules may fire more), or else the rule that fired most.
   */
  Rule busiest() {
    Map<Rule, Integer> evidence = changes.isEmpty() ? firings : changes;
    return evidence.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  int firingsOf(Rule rule) {
    return firings.getOrDefault(rule, 0);
  }
}
