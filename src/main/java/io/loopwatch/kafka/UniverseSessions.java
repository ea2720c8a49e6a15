package io.loopwatch.kafka;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live sessions of one task, one per universe, and the alert deltas each change makes. Sessions
 * are built from the facts the task's store holds, silently: their alerts were published when the
 * changes that made them were.
 */
final class UniverseSessions implements AutoCloseable {

  /** A change to one session. */
  @FunctionalInterface
  interface Change {
    void apply(RiskSession session) throws InvalidInputException;
  }

  private static final java.util.Comparator<AlertDelta> BY_KEY =
      java.util.Comparator.comparing(delta -> delta.alert().key());

  private LocalDate asOf;
  private RiskEngine engine;
  private final Map<String, RiskSession> sessions = new HashMap<>();
  /** Where listeners put what they hear; null while sessions are being built. */
  private List<AlertDelta> heard;

  UniverseSessions(RiskEngine engine, LocalDate asOf) {
    this.engine = engine;
    this.asOf = asOf;
  }

  /** Opens a session for each universe with the facts it holds; publishes nothing. */
  void build(Map<String, List<Fact>> factsByUniverse) throws InvalidInputException {
    for (Map.Entry<String, List<Fact>> universe : factsByUniverse.entrySet()) {
      RiskSession built = open(engine, universe.getKey(), universe.getValue());
      RiskSession was = sessions.put(universe.getKey(), built);
      if (was != null) {
        was.close();
      }
    }
  }

  /**
   * Applies a change to a universe's session (opened empty if it has none) and returns its deltas,
   * by alert key: a session tells a change's alerts in an order that depends on how it was built,
   * and a rebuilt session must publish what the lost one would have.
   */
  List<AlertDelta> apply(String universe, Change change) throws InvalidInputException {
    RiskSession session = sessions.computeIfAbsent(universe, u -> engine.newSession(listener(u), asOf));
    heard = new ArrayList<>();
    try {
      change.apply(session);
      heard.sort(BY_KEY);
      return heard;
    } finally {
      heard = null;
    }
  }

  /** The alerts each universe's session holds. */
  Map<String, List<Alert>> alerts() {
    Map<String, List<Alert>> byUniverse = new LinkedHashMap<>();
    sessions.forEach((universe, session) -> byUniverse.put(universe, session.alerts()));
    return byUniverse;
  }

  /** The date the sessions see the world at. */
  LocalDate asOf() {
    return asOf;
  }

  /**
   * Moves every session to another date and returns how the alerts changed: forward as {@link
   * RiskSession#advanceTo} does; backward (a restart with an earlier date) by rebuilding them.
   */
  List<AlertDelta> moveTo(LocalDate date, Map<String, List<Fact>> factsByUniverse) throws InvalidInputException {
    LocalDate was = asOf;
    if (!date.isAfter(was)) {
      asOf = date;
      try {
        return switchTo(engine, factsByUniverse);
      } catch (RuntimeException | InvalidInputException e) {
        asOf = was;
        throw e;
      }
    }
    // If a rule fails part way, some sessions have moved and others not: the caller rebuilds them
    // all, at the date they had, which stays until every one has moved.
    List<AlertDelta> deltas = new ArrayList<>();
    for (String universe : List.copyOf(sessions.keySet())) {
      deltas.addAll(apply(universe, session -> session.advanceTo(date)));
    }
    asOf = date;
    return deltas;
  }

  /** Drops a universe's session, after a rule failed in it and left it unusable. */
  void discard(String universe) {
    RiskSession session = sessions.remove(universe);
    if (session != null) {
      session.close();
    }
  }

  /**
   * Rebuilds every session with new rules and returns how the alerts changed. If the new rules fail
   * in any universe, nothing changes and the failure is thrown: a rule set that fails is not applied.
   */
  List<AlertDelta> switchTo(RiskEngine rules, Map<String, List<Fact>> factsByUniverse)
      throws InvalidInputException {
    Map<String, RiskSession> rebuilt = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, List<Fact>> universe : factsByUniverse.entrySet()) {
        rebuilt.put(universe.getKey(), open(rules, universe.getKey(), universe.getValue()));
      }
    } catch (RuntimeException | InvalidInputException e) {
      rebuilt.values().forEach(RiskSession::close);
      throw e;
    }
    List<AlertDelta> deltas = new ArrayList<>();
    for (Map.Entry<String, RiskSession> universe : rebuilt.entrySet()) {
      RiskSession old = sessions.get(universe.getKey());
      deltas.addAll(differences(universe.getKey(), old == null ? List.of() : old.alerts(),
          universe.getValue().alerts()));
    }
    close();
    sessions.putAll(rebuilt);
    deltas.sort(java.util.Comparator.comparing(AlertDelta::universe).thenComparing(BY_KEY));
    engine = rules;
    return deltas;
  }

  private RiskSession open(RiskEngine rules, String universe, List<Fact> facts) throws InvalidInputException {
    RiskSession session = rules.newSession(listener(universe), asOf);
    try {
      FactSet.Builder set = FactSet.builder();
      facts.forEach(set::addFact);
      session.insertAll(set.build());
    } catch (RuntimeException | InvalidInputException e) {
      session.close();
      throw e;
    }
    return session;
  }

  private AlertListener listener(String universe) {
    return new AlertListener() {
      @Override
      public void onRaised(Alert alert) {
        hear(AlertDelta.raised(universe, alert));
      }

      @Override
      public void onUpdated(Alert before, Alert after) {
        hear(AlertDelta.updated(universe, before, after));
      }

      @Override
      public void onCleared(Alert alert) {
        hear(AlertDelta.cleared(universe, alert));
      }
    };
  }

  private void hear(AlertDelta delta) {
    if (heard != null) {
      heard.add(delta);
    }
  }

  /** The deltas from one list of alerts to another, matched by key. */
  static List<AlertDelta> differences(String universe, List<Alert> before, List<Alert> after) {
    Map<String, Alert> was = new LinkedHashMap<>();
    before.forEach(alert -> was.put(alert.key(), alert));
    List<AlertDelta> deltas = new ArrayList<>();
    for (Alert now : after) {
      Alert then = was.remove(now.key());
      if (then == null) {
        deltas.add(AlertDelta.raised(universe, now));
      } else if (!then.equals(now)) {
        deltas.add(AlertDelta.updated(universe, then, now));
      }
    }
    was.values().forEach(gone -> deltas.add(AlertDelta.cleared(universe, gone)));
    return deltas;
  }

  @Override
  public void close() {
    sessions.values().forEach(RiskSession::close);
    sessions.clear();
  }
}
