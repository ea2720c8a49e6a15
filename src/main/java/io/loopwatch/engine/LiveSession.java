package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import io.loopwatch.loops.ChipHub;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.rules.AsOf;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session kept open across changes: the engine behind {@link io.loopwatch.RiskSession}.
 * Not thread-safe; the public session serialises calls.
 *
 * <p>It holds every fact it was given, by id. Facts dated after the session's date wait outside
 * Drools until the clock reaches them, exactly as {@link AsOfFilter} leaves them out of an as-of
 * evaluation. After each change the loops are found again from the known facts and brought up to
 * date by key (new ones inserted, changed ones updated, vanished ones retracted), the rules fire,
 * and the alerts are read back. Alerts are inserted logically, so Drools withdraws an alert as
 * soon as a fact or loop it was derived from goes.
 */
public final class LiveSession implements AutoCloseable {

  private final CompiledRules rules;
  private final LoopFinder loopFinder;
  private final int firingLimit;
  private final KieSession session;
  private final FiringGuard guard = new FiringGuard();
  private final FactHandle asOfHandle;
  private LocalDate asOf;
  /** Every fact given, known or not yet, in arrival order. */
  private final Map<String, Object> facts = new LinkedHashMap<>();
  /** The facts inside Drools: those known on the session's date. */
  private final Map<String, FactHandle> handles = new HashMap<>();
  /** Where facts loaded from files were written, so that alerts explain them as a one-shot evaluation does. */
  private final Map<String, FileLocation> locations = new HashMap<>();
  private final Map<String, Loop> loops = new TreeMap<>();
  private final Map<String, FactHandle> loopHandles = new HashMap<>();
  private final Map<ChipHub, FactHandle> chipHubHandles = new HashMap<>();
  private boolean failed;

  private LiveSession(CompiledRules rules, LoopFinder loopFinder, int firingLimit, LocalDate asOf) {
    this.rules = rules;
    this.loopFinder = loopFinder;
    this.firingLimit = firingLimit;
    this.asOf = asOf;
    this.session = StreamMode.open(rules, asOf);
    session.addEventListener(guard);
    session.addEventListener(guard.changeCounter);
    this.asOfHandle = session.insert(new AsOf(asOf));
  }

  public static LiveSession open(CompiledRules rules, LoopFinder loopFinder, int firingLimit, LocalDate asOf) {
    return new LiveSession(rules, loopFinder, firingLimit, Objects.requireNonNull(asOf, "asOf"));
  }

  /** The id a session knows a fact by: its id, or {@code company/period} for financials. */
  public static String idOf(Object fact) {
    return FactIds.of(fact);
  }

  /** Adds facts that are not in the session yet, then fires once. */
  public List<Alert> insert(List<?> newFacts) {
    return insert(newFacts, Map.of());
  }

  /** Adds facts with where they were written (facts loaded from files), then fires once. */
  public List<Alert> insert(List<?> newFacts, Map<String, FileLocation> writtenAt) {
    requireUsable();
    Map<String, Object> batch = new LinkedHashMap<>();
    for (Object fact : newFacts) {
      String id = idOf(fact);
      if (facts.containsKey(id) || batch.containsKey(id)) {
        throw new IllegalArgumentException("a fact with id '" + id + "' is already in the session ("
            + describe(facts.getOrDefault(id, batch.get(id))) + "); use update to replace it");
      }
      batch.put(id, fact);
    }
    return change(() -> batch.forEach((id, fact) -> {
      facts.put(id, fact);
      if (writtenAt.containsKey(id)) {
        locations.put(id, writtenAt.get(id));
      }
      place(id, fact);
    }));
  }

  /** Replaces the fact with the same id (and of the same kind). */
  public List<Alert> update(Object fact) {
    requireUsable();
    String id = idOf(fact);
    Object old = facts.get(id);
    if (old == null) {
      throw new IllegalArgumentException("no fact with id '" + id + "' in the session; insert it first");
    }
    if (old.getClass() != fact.getClass()) {
      throw new IllegalArgumentException("'" + id + "' is " + describe(old) + " and cannot be replaced by "
          + describe(fact) + "; retract it and insert the new fact");
    }
    return change(() -> {
      facts.put(id, fact);
      // The new version was not read from the file the old one was.
      locations.remove(id);
      remove(id);
      place(id, fact);
    });
  }

  /** Removes the fact with this id (for financials, {@code company/period}). */
  public List<Alert> retract(String id) {
    requireUsable();
    if (!facts.containsKey(id)) {
      throw new IllegalArgumentException("no fact with id '" + id + "' in the session");
    }
    return change(() -> {
      facts.remove(id);
      locations.remove(id);
      remove(id);
    });
  }

  /** Moves the session's date (and its clock) forward; facts dated up to it come into view. */
  public List<Alert> advanceTo(LocalDate date) {
    requireUsable();
    Objects.requireNonNull(date, "date");
    if (date.isBefore(asOf)) {
      throw new IllegalArgumentException("a session's date only moves forward: it is " + asOf + ", asked for " + date);
    }
    return change(() -> {
      asOf = date;
      StreamMode.moveClock(session, date);
      session.update(asOfHandle, new AsOf(date));
      facts.forEach((id, fact) -> {
        if (!handles.containsKey(id)) {
          place(id, fact);
        }
      });
    });
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Every fact given, including those dated after the session's date. */
  public FactSet facts() {
    FactSet.Builder all = FactSet.builder();
    facts.values().forEach(fact -> FactIds.addTo(all, fact));
    locations.forEach(all::locate);
    return all.build();
  }

  /** The facts known on the session's date: what the rules see. */
  public FactSet knownFacts() {
    return AsOfFilter.apply(facts(), asOf);
  }

  /** The money loops among the known facts, ordered by key. */
  public List<Loop> loops() {
    return List.copyOf(loops.values());
  }

  public List<Alert> alerts() {
    return Evaluation.alertsIn(session, rules, knownFacts());
  }

  @Override
  public void close() {
    session.dispose();
  }

  /** Applies a change to the facts, brings the loops up to date, fires, and reads the alerts. */
  private List<Alert> change(Runnable applyToFacts) {
    try {
      applyToFacts.run();
      refreshLoops();
      representAll();
      int fired = session.fireAllRules(firingLimit);
      if (fired >= firingLimit) {
        failed = true;
        throw new RuleExecutionException(rules.info(guard.busiest()), "stopped after " + fired
            + " firings (the firing limit) in one change; it probably changes a fact it matches on and fires again", null);
      }
      return alerts();
    } catch (RuleExecutionException e) {
      failed = true;
      throw e;
    } catch (RuntimeException e) {
      failed = true;
      throw Evaluation.failure(e, guard, rules, null);
    }
  }

  /**
   * Presents every known fact again, in {@link FactOrder}, then every loop, as an evaluation
   * inserts them. Two things need it. Drools does not re-match a later {@code collect} whose
   * constraint reads the result of an earlier {@code accumulate} when that result grows in place
   * (vendor-financing-intensity reads {@code investee memberOf $customers}); updating the facts
   * makes it match afresh. And rules list collected facts in the order Drools holds them, which this
   * puts back to the evaluation's order. Events (news) are left alone: Drools keeps them in its
   * time windows, and an updated event would re-enter a window its date has left; the evidence
   * lists collected events sorted by id instead. An alert whose rule still matches is justified
   * again when the rules fire, so the listener hears only of real changes.
   */
  private void representAll() {
    for (Object fact : FactOrder.of(knownFacts())) {
      FactHandle handle = handles.get(idOf(fact));
      if (!handle.isEvent()) {
        session.update(handle, fact);
      }
    }
    loops.forEach((key, loop) -> session.update(loopHandles.get(key), loop));
  }

  /** Puts a fact into Drools if it is known on the session's date. */
  private void place(String id, Object fact) {
    if (AsOfFilter.isKnown(fact, asOf)) {
      // Insert, not update: Drools reads an event's timestamp when it is inserted.
      handles.put(id, session.insert(fact));
    }
  }

  private void remove(String id) {
    FactHandle handle = handles.remove(id);
    if (handle != null) {
      session.delete(handle);
    }
  }

  private void refreshLoops() {
    Map<String, Loop> found = loopFinder.find(knownFacts()).stream()
        .collect(Collectors.toMap(Loop::key, loop -> loop, (a, b) -> a, LinkedHashMap::new));
    for (String key : Set.copyOf(loops.keySet())) {
      if (!found.containsKey(key)) {
        session.delete(loopHandles.remove(key));
        loops.remove(key);
      }
    }
    found.forEach((key, loop) -> {
      Loop old = loops.put(key, loop);
      if (old == null) {
        loopHandles.put(key, session.insert(loop));
      } else if (!old.equals(loop)) {
        session.update(loopHandles.get(key), loop);
      }
    });
    refreshChipHubs();
  }

  private void refreshChipHubs() {
    List<ChipHub> current = ChipHub.of(loops.values());
    for (ChipHub gone : Set.copyOf(chipHubHandles.keySet())) {
      if (!current.contains(gone)) {
        session.delete(chipHubHandles.remove(gone));
      }
    }
    current.forEach(hub -> chipHubHandles.computeIfAbsent(hub, session::insert));
  }

  private void requireUsable() {
    if (failed) {
      throw new IllegalStateException("a rule failed in this session earlier; close it and open a new one");
    }
  }

  private static String describe(Object fact) {
    return "a " + fact.getClass().getSimpleName();
  }
}
