package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.engine.AlertChanges.Update;
import io.loopwatch.facts.Fact;
import io.loopwatch.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;

/**
 * The alerts a live session shows, kept up to date from what Drools reports entering and leaving
 * its working memory, so that a change costs the alerts it touches, not all of them.
 *
 * <p>Rules insert findings logically: Drools inserts one when a rule first justifies it and
 * deletes it when its last justification goes. Several findings can share a key (one loop seen
 * through two matches); the session shows the alert of the strongest, as an evaluation reports it.
 * An alert is made and explained when it is shown, against the facts known then; it is made again
 * when a fact its explanation reads (a fact it cites, or a company such a fact names) changes,
 * since its summaries change even if the rule's finding does not.
 */
final class LiveAlerts extends DefaultRuleRuntimeEventListener {

  private final AlertMaker maker;
  private final FactSummaries summaries;
  /** The findings in working memory, by key. */
  private final Map<String, List<Finding>> held = new HashMap<>();
  /** Keys whose findings entered or left working memory since the last {@link #settle}. */
  private Set<String> touched = new LinkedHashSet<>();
  /** The alert shown for each key, explained. */
  private final Map<String, Alert> shown = new HashMap<>();
  /** For a fact or company id, the keys whose explanation reads it. */
  private final Map<String, Set<String>> readers = new HashMap<>();

  /** For a key, the ids its explanation reads: what to unregister when it is explained again. */
  private final Map<String, Set<String>> reads = new HashMap<>();

  LiveAlerts(AlertMaker maker, FactSummaries summaries) {
    this.maker = maker;
    this.summaries = summaries;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getObject() instanceof Finding finding) {
      hold(finding);
    }
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    if (event.getOldObject() instanceof Finding finding) {
      release(finding);
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    if (event.getOldObject() instanceof Finding before) {
      release(before);
    }
    if (event.getObject() instanceof Finding after) {
      hold(after);
    }
  }

  /** Every alert shown, most severe first: what an evaluation of the same facts reports. */
  List<Alert> all() {
    return shown.values().stream().sorted(AlertOrder.MOST_SEVERE_FIRST).toList();
  }

  /**
   * What changed for the listener since the last call: the keys whose alerts came or went, and
   * those whose explanation reads one of the facts that changed.
   */
  AlertChanges settle(Set<String> changedFacts) {
    Set<String> keys = touched;
    // A new set, not a cleared one: a cleared set keeps the table a large batch grew it to.
    touched = new LinkedHashSet<>();
    changedFacts.forEach(id -> keys.addAll(readers.getOrDefault(id, Set.of())));
    List<Alert> raised = new ArrayList<>();
    List<Update> updated = new ArrayList<>();
    List<Alert> cleared = new ArrayList<>();
    for (String key : keys) {
      Alert before = shown.get(key);
      Finding strongest = strongest(key);
      if (strongest == null) {
        if (before != null) {
          hide(key);
          cleared.add(before);
        }
        continue;
      }
      Alert after = maker.alertOf(strongest, summaries);
      if (before == null) {
        show(after, strongest.namedCompanies());
        raised.add(after);
      } else if (!before.equals(after)) {
        show(after, strongest.namedCompanies());
        updated.add(new Update(before, after));
      }
    }
    raised.sort(AlertOrder.MOST_SEVERE_FIRST);
    updated.sort(Comparator.comparing(Update::after, AlertOrder.MOST_SEVERE_FIRST));
    return new AlertChanges(raised, updated, cleared);
  }

  private void hold(Finding finding) {
    held.computeIfAbsent(finding.key(), k -> new ArrayList<>(1)).add(finding);
    touched.add(finding.key());
  }

  private void release(Finding finding) {
    List<Finding> same = held.get(finding.key());
    if (same != null && same.remove(finding) && same.isEmpty()) {
      held.remove(finding.key());
    }
    touched.add(finding.key());
  }

  private Finding strongest(String key) {
    List<Finding> candidates = held.get(key);
    return candidates == null ? null : candidates.stream().min(AlertOrder.STRONGEST_FIRST).orElse(null);
  }

  /** @param named the companies its message names: their names are put in when the alert is made */
  private void show(Alert alert, Set<String> named) {
    hide(alert.key());
    shown.put(alert.key(), alert);
    Set<String> ids = new HashSet<>();
    for (String id : alert.evidence().facts()) {
      ids.add(id);
      // A summary shows the names of the companies its fact names, so it changes when they do.
      Fact fact = summaries.fact(id);
      if (fact != null) {
        ids.addAll(fact.parties());
      }
    }
    ids.addAll(named);
    ids.forEach(id -> readers.computeIfAbsent(id, k -> new HashSet<>()).add(alert.key()));
    reads.put(alert.key(), ids);
  }

  private void hide(String key) {
    shown.remove(key);
    for (String id : reads.getOrDefault(key, Set.of())) {
      Set<String> keys = readers.get(id);
      keys.remove(key);
      if (keys.isEmpty()) {
        readers.remove(id);
      }
    }
    reads.remove(key);
  }
}
