package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.derived.DerivedFacts;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.loops.LoopIndex;
import io.loopwatch.rules.AsOf;
import io.loopwatch.sandbox.Deadline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session kept open across changes: the engine behind {@link io.loopwatch.RiskSession}.
 * Not thread-safe; the public session serialises calls.
 *
 * <p>It holds every fact it was given, by id. Facts dated after the session's date wait outside
 * Drools until the clock reaches them, exactly as {@link AsOfFilter} leaves them out of an as-of
 * evaluation. A change costs what it touches, not the size of the session: the loops through the
 * deals it changes are brought up to date by a {@link LoopIndex} (new ones inserted, changed ones
 * updated, vanished ones retracted), the rules fire, and {@link LiveAlerts} reports the alerts that
 * Drools inserted or deleted meanwhile. Alerts are inserted logically, so Drools withdraws an
 * alert as soon as a fact or loop it was derived from goes.
 */
public final class LiveSession implements AutoCloseable {

  private final CompiledRules rules;
  private final int firingLimit;
  private final Duration timeout;
  private final KieSession session;
  private final FiringGuard guard = new FiringGuard();
  private final FactHandle asOfHandle;
  private LocalDate asOf;
  /** Every fact given, known or not yet, in arrival order, with where those from files were written. */
  private final SessionFacts facts = new SessionFacts();
  /** The facts inside Drools, by id: those known on the session's date. */
  private final Map<String, Fact> known = new HashMap<>();
  private final Map<String, FactHandle> handles = new HashMap<>();
  /**
   * Facts held because they are dated after the session's date, by that date: moving the date on
   * brings in what it passes, without looking at every fact held.
   */
  private final NavigableMap<LocalDate, Set<String>> waiting = new TreeMap<>();
  private final Map<String, LocalDate> waitingUntil = new HashMap<>();
  private final LoopIndex loops;
  private final Map<String, FactHandle> loopHandles = new HashMap<>();
  private final LiveChipHubs chipHubs;
  /** The loops as Drools holds them now, by key. */
  private final Map<String, Loop> loopsInDrools = new HashMap<>();
  private final LiveAlerts alerts;
  /** What the change being applied touched: fact ids, and the keys of loops that came, changed or went. */
  private Set<String> changedFacts = new LinkedHashSet<>();
  private final Set<String> changedLoops = new TreeSet<>();
  /** The derived facts of the known facts and loops, and their handles in Drools by key. */
  private final DerivedFacts derived = new DerivedFacts();
  private final Map<String, FactHandle> derivedHandles = new HashMap<>();
  private boolean failed;

  /**
   * Facts worked out again from the whole fact set after each change (a stress scenario's
   * outcome), replacing the last ones in the session.
   */
  @FunctionalInterface
  public interface Recompute {
    List<?> factsFor(FactSet then, LocalDate asOf);
  }

  private final Recompute recompute;
  private final List<FactHandle> recomputedHandles = new ArrayList<>();

  private LiveSession(CompiledRules rules, LoopFinder loopFinder, int firingLimit, Duration timeout, LocalDate asOf,
      Recompute recompute) {
    this.rules = rules;
    this.recompute = recompute;
    this.timeout = timeout;
    this.loops = new LoopIndex(loopFinder.maxLength());
    this.firingLimit = firingLimit;
    this.asOf = asOf;
    this.session = StreamMode.open(rules, asOf);
    this.chipHubs = new LiveChipHubs(session);
    // Where facts from files were written, so that alerts explain them as a one-shot evaluation does.
    this.alerts = new LiveAlerts(new AlertMaker(rules), new FactSummaries(known, facts.locations()));
    session.addEventListener(guard);
    session.addEventListener(guard.changeCounter);
    session.addEventListener(alerts);
    this.asOfHandle = session.insert(new AsOf(asOf));
  }

  /** Opens a session whose every change must finish within {@code timeout} (see {@link TimeLimit}). */
  public static LiveSession open(CompiledRules rules, LoopFinder loopFinder, int firingLimit, Duration timeout,
      LocalDate asOf) {
    return open(rules, loopFinder, firingLimit, timeout, asOf, null);
  }

  /** As {@link #open(CompiledRules, LoopFinder, int, Duration, LocalDate)}, recomputing facts after each change; null for none. */
  public static LiveSession open(CompiledRules rules, LoopFinder loopFinder, int firingLimit, Duration timeout,
      LocalDate asOf, Recompute recompute) {
    return new LiveSession(rules, loopFinder, firingLimit, Objects.requireNonNull(timeout, "timeout"),
        Objects.requireNonNull(asOf, "asOf"), recompute);
  }

  /**
   * Adds facts that are not in the session yet, then fires once.
   *
   * @throws InvalidInputException if the session's facts would then fail the checks of an
   *     evaluation (a fact's own values, an id taken, a reference to nothing, a circle); nothing changes
   */
  public AlertChanges insert(List<? extends Fact> newFacts) throws InvalidInputException {
    return insert(newFacts, Map.of());
  }

  /** Adds facts with where they were written (facts loaded from files), then fires once. */
  public AlertChanges insert(List<? extends Fact> newFacts, Map<String, FileLocation> writtenAt) throws InvalidInputException {
    requireUsable();
    facts.checkInsert(newFacts, writtenAt);
    return change(() -> {
      List<Fact> placed = new ArrayList<>();
      for (Fact fact : newFacts) {
        String id = fact.id();
        facts.add(id, fact, writtenAt.get(id));
        if (show(id, fact)) {
          placed.add(fact);
        }
      }
      changedLoops.addAll(loops.putAll(placed));
    });
  }

  /**
   * Replaces the fact with the same id (and of the same kind).
   *
   * @throws InvalidInputException if the session's facts would then fail the checks of an evaluation
   */
  public AlertChanges update(Fact fact) throws InvalidInputException {
    requireUsable();
    String id = fact.id();
    Fact old = facts.get(id);
    if (old == null) {
      throw new IllegalArgumentException("no fact with id '" + id + "' in the session; insert it first");
    }
    if (old.getClass() != fact.getClass()) {
      throw new IllegalArgumentException("'" + id + "' is " + describe(old) + " and cannot be replaced by "
          + describe(fact) + "; retract it and insert the new fact");
    }
    facts.checkUpdate(id, fact);
    return change(() -> {
      facts.replace(id, fact);
      replace(id, fact);
    });
  }

  /**
   * Removes the fact with this id (for financials, {@code company/period}).
   *
   * @throws InvalidInputException if other facts refer to it (each is named); retract them first
   */
  public AlertChanges retract(String id) throws InvalidInputException {
    requireUsable();
    if (!facts.contains(id)) {
      throw new IllegalArgumentException("no fact with id '" + id + "' in the session");
    }
    facts.checkRetract(id);
    return change(() -> {
      facts.remove(id);
      remove(id);
    });
  }

  /** Moves the session's date (and its clock) forward; facts dated up to it come into view. */
  public AlertChanges advanceTo(LocalDate date) {
    requireUsable();
    Objects.requireNonNull(date, "date");
    if (date.isBefore(asOf)) {
      throw new IllegalArgumentException("a session's date only moves forward: it is " + asOf + ", asked for " + date);
    }
    return change(() -> {
      asOf = date;
      StreamMode.moveClock(session, date);
      session.update(asOfHandle, new AsOf(date));
      NavigableMap<LocalDate, Set<String>> due = waiting.headMap(date, true);
      List<String> ids = due.values().stream().flatMap(Set::stream).toList();
      due.clear();
      List<Fact> placed = new ArrayList<>();
      for (String id : ids) {
        waitingUntil.remove(id);
        if (show(id, facts.get(id))) {
          placed.add(facts.get(id));
        }
      }
      changedLoops.addAll(loops.putAll(placed));
    });
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Every fact given, including those dated after the session's date. Builds a set: not for every change. */
  public FactSet facts() {
    return facts.toFactSet();
  }

  /** The money loops among the known facts, ordered by key. */
  public List<Loop> loops() {
    return loops.loops();
  }

  /** The alerts shown now, most severe first. */
  public List<Alert> alerts() {
    return alerts.all();
  }

  @Override
  public void close() {
    session.dispose();
  }

  /** Applies a change within the time limit; one that runs out leaves the session unusable. */
  private AlertChanges change(Runnable applyToFacts) {
    try {
      return TimeLimit.run(timeout, () -> rules.info(guard.current()), () -> changeNow(applyToFacts));
    } catch (RuntimeException | Deadline.DeadlineExceeded | StackOverflowError e) {
      failed = true;
      throw e;
    }
  }

  /** Applies a change to the facts, brings the loops up to date, fires, and says how the alerts changed. */
  private AlertChanges changeNow(Runnable applyToFacts) {
    try {
      guard.startChange();
      applyToFacts.run();
      syncLoops();
      syncDerived();
      syncRecomputed();
      int fired = session.fireAllRules(firingLimit);
      if (fired >= firingLimit) {
        failed = true;
        throw new RuleExecutionException(rules.info(guard.busiest()), "stopped after " + fired
            + " firings (the firing limit) in one change; it probably changes a fact it matches on and fires again", null);
      }
      return alerts.settle(changedFacts);
    } catch (RuleExecutionException e) {
      failed = true;
      throw e;
    } catch (RuntimeException | Deadline.DeadlineExceeded | StackOverflowError e) {
      failed = true;
      throw Evaluation.failure(e, guard, rules, null);
    } finally {
      // A new set, not a cleared one: a cleared set keeps the table a large batch grew it to, and
      // every later change would walk it.
      changedFacts = new LinkedHashSet<>();
      changedLoops.clear();
    }
  }

  /**
   * Replaces the recomputed facts with those of the facts now known on the session's date. The
   * whole fact set is read again, so this costs what one stress test costs, on every change.
   */
  private void syncRecomputed() {
    if (recompute == null) {
      return;
    }
    recomputedHandles.forEach(session::delete);
    recomputedHandles.clear();
    for (Object fact : recompute.factsFor(AsOfFilter.apply(facts.toFactSet(), asOf), asOf)) {
      recomputedHandles.add(session.insert(fact));
    }
  }

  /** Inserts, updates or retracts the derived facts the change touched. */
  private void syncDerived() {
    for (DerivedFacts.Change change : derived.settle()) {
      if (change.before() == null) {
        derivedHandles.put(change.key(), session.insert(change.after()));
      } else if (change.after() == null) {
        session.delete(derivedHandles.remove(change.key()));
      } else {
        session.update(derivedHandles.get(change.key()), change.after());
      }
    }
  }

  /** Puts a fact into Drools if it is known on the session's date. */
  private void place(String id, Fact fact) {
    if (show(id, fact)) {
      changedLoops.addAll(loops.put(fact));
    }
  }

  /**
   * Puts a fact in the rules' view if it is known on the session's date, else holds it until its
   * date; true when it is in view, and its loops are then the caller's to bring up to date.
   */
  private boolean show(String id, Fact fact) {
    if (fact.isKnownOn(asOf)) {
      known.put(id, fact);
      // A fact of a type no rule matches stays out of Drools; its derived facts go in.
      if (rules.matches(fact.getClass())) {
        handles.put(id, session.insert(fact));
      }
      derived.add(fact);
      changedFacts.add(id);
      return true;
    }
    LocalDate from = fact.knownFrom().orElseThrow();
    waiting.computeIfAbsent(from, d -> new HashSet<>()).add(id);
    waitingUntil.put(id, from);
    return false;
  }

  /** Puts the new version of a fact in the old one's place; a fact can move out of view if its date moved. */
  private void replace(String id, Fact fact) {
    FactHandle handle = handles.get(id);
    Fact old = known.get(id);
    // Insert, not update, for an event: Drools reads its timestamp when it is inserted.
    if (old == null || (handle != null && handle.isEvent()) || !fact.isKnownOn(asOf)) {
      remove(id);
      place(id, fact);
      return;
    }
    known.put(id, fact);
    if (handle != null) {
      session.update(handle, fact);
    }
    derived.remove(old);
    derived.add(fact);
    changedFacts.add(id);
    changedLoops.addAll(loops.put(fact));
  }

  private void remove(String id) {
    LocalDate held = waitingUntil.remove(id);
    if (held != null) {
      Set<String> sameDay = waiting.get(held);
      sameDay.remove(id);
      if (sameDay.isEmpty()) {
        waiting.remove(held);
      }
    }
    Fact old = known.remove(id);
    if (old != null) {
      FactHandle handle = handles.remove(id);
      if (handle != null) {
        session.delete(handle);
      }
      derived.remove(old);
      changedFacts.add(id);
      changedLoops.addAll(loops.remove(id));
    }
  }

  /** Inserts, updates or retracts the loops the change touched, in key order as an evaluation inserts them. */
  private void syncLoops() {
    for (String key : changedLoops) {
      Loop loop = loops.loop(key).orElse(null);
      Loop old = loop == null ? loopsInDrools.remove(key) : loopsInDrools.put(key, loop);
      derived.loopChanged(old, loop);
      if (old == null && loop != null) {
        loopHandles.put(key, session.insert(loop));
      } else if (old != null && loop == null) {
        session.delete(loopHandles.remove(key));
      } else if (old != null) {
        session.update(loopHandles.get(key), loop);
      }
      // A loop can come and go within one change (a batch); then Drools never saw it.
      chipHubs.loopChanged(old, loop);
    }
  }

  /**
   * Throws if a change failed earlier: the session's state is then whatever the failure left, and
   * after a timeout the abandoned worker may still be changing it.
   */
  public void requireUsable() {
    if (failed) {
      throw new IllegalStateException("a rule failed in this session earlier; close it and open a new one");
    }
  }

  private static String describe(Fact fact) {
    return "a " + fact.getClass().getSimpleName();
  }
}
