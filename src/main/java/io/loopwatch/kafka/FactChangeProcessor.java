package io.loopwatch.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.parse.FactRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies fact changes to the sessions of a task's universes and forwards the alert deltas. The
 * store is the truth: a change is stored only when its session took it, so the sessions rebuilt
 * from the store on start and on rebalance are the sessions that published the alerts, and the
 * next change yields the deltas it would have. The store also records every alert published, in the
 * step that publishes it: a task that starts with rules other than those the alerts were published
 * under (changed while it was down, or a reload whose transaction aborted) publishes the
 * difference first. Under exactly-once, the store's changelog and the outputs commit together.
 */
final class FactChangeProcessor implements Processor<String, byte[], String, String> {

  private static final Logger LOG = LoggerFactory.getLogger(FactChangeProcessor.class);

  /**
   * The largest value taken, far above any one fact. The broker takes records up to about 1 MB by
   * default; a larger fact would still have to be written to the store's changelog, and a dead letter
   * quoting one would be larger again: the producer would refuse either and stop the stream thread.
   */
  static final int MAX_VALUE_BYTES = 64 * 1024;

  private final RulesInForce rules;
  private final Supplier<LocalDate> asOf;
  private final Set<String> universes;
  private ProcessorContext<String, String> context;
  private FactStore store;
  private UniverseSessions sessions;
  private long generation;
  /** Whether the store holds the sessions' date, so that a restart on another day can publish the move. */
  private boolean dateStored;
  /** A date moving to which made a rule fail: not tried again until the date or the rules change. */
  private LocalDate failedDate;
  /** Whether the difference between the rebuilt sessions' alerts and those published was published. */
  private boolean caughtUp;

  /** @param universes the universes to serve; empty for all */
  FactChangeProcessor(RulesInForce rules, Supplier<LocalDate> asOf, Set<String> universes) {
    this.rules = rules;
    this.asOf = asOf;
    this.universes = Set.copyOf(universes);
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.store = new FactStore(context.getStateStore(AlertTopology.STORE));
    // The date the published alerts were made at; a new date is moved to, and published, below.
    Optional<LocalDate> seen = store.date();
    dateStored = seen.isPresent();
    Map<String, List<Fact>> held = store.heldFacts();
    sessions = buildSessions(seen.orElseGet(asOf), held);
    LOG.info("task {}: sessions rebuilt from the store for {} universe(s), {} fact(s)", context.taskId(),
        held.size(), held.values().stream().mapToInt(List::size).sum());
    // Published at the first record or punctuation, not here: init runs outside a transaction.
    caughtUp = false;
    context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> {
      catchUp();
      switchRulesIfNew();
      moveDateIfDue();
    });
  }

  /** The sessions of the rules in force; rules that fail on these facts are refused, and the ones before used. */
  private UniverseSessions buildSessions(LocalDate date, Map<String, List<Fact>> held) {
    while (true) {
      RulesInForce.Version version = rules.current();
      UniverseSessions built = new UniverseSessions(version.engine(), date);
      try {
        built.build(held);
        generation = version.generation();
        return built;
      } catch (InvalidInputException e) {
        built.close();
        // The store holds only what sessions took; so this is a bug, or a change of Loopwatch's checks.
        throw new IllegalStateException("the stored facts no longer pass the checks: " + e.diagnostics(), e);
      } catch (RuleExecutionException e) {
        built.close();
        if (!rules.refuse(version)) {
          throw e;
        }
        LOG.error("task {}: the rules in force failed on the stored facts and were refused; the rules before them"
            + " are back in force: {}", context.taskId(), e.getMessage());
      }
    }
  }

  @Override
  public void process(Record<String, byte[]> record) {
    catchUp();
    switchRulesIfNew();
    moveDateIfDue();
    ChangePlace place = context.recordMetadata()
        .map(m -> new ChangePlace(m.topic(), m.partition(), m.offset()))
        .orElse(new ChangePlace("unknown", -1, -1));
    UniverseKey key = UniverseKey.parse(record.key()).orElse(null);
    if (key == null) {
      deadLetter(record, place, problem(place, "expected the key universe/factId (a universe name without '/',"
          + " a slash, then the fact's id); found " + (record.key() == null ? "no key" : "'" + record.key() + "'")));
      return;
    }
    if (!universes.isEmpty() && !universes.contains(key.universe())) {
      return;
    }
    StoredFact previous = store.last(record.key()).orElse(null);
    if (previous != null && previous.timestamp() > record.timestamp()) {
      deadLetter(record, place, problem(place, "out of order: a change to " + key + " with a later timestamp ("
          + previous.timestamp() + ") was applied already; this one (" + record.timestamp() + ") is older and was not"));
      return;
    }
    try {
      List<AlertDelta> deltas;
      if (record.value() == null) {
        if (previous == null || !previous.isHeld()) {
          deadLetter(record, place, problem(place, "cannot retract '" + key.id() + "': universe '"
              + key.universe() + "' holds no fact with this id"));
          return;
        }
        deltas = sessions.apply(key.universe(), session -> session.retract(key.id()));
        store.put(record.key(), StoredFact.retracted(record.timestamp()));
      } else if (record.value().length > MAX_VALUE_BYTES) {
        deadLetter(record, place, problem(place, "the value is " + record.value().length + " bytes; a fact change"
            + " holds one fact, of at most " + MAX_VALUE_BYTES + " bytes"));
        return;
      } else {
        Fact fact = FactRecords.readOne(place.asFile().toString(), record.value());
        if (!fact.id().equals(key.id())) {
          deadLetter(record, place, problem(place, "the key names the fact '" + key.id()
              + "' but the record holds the fact '" + fact.id() + "'; the key must be " + key.universe() + "/" + fact.id()));
          return;
        }
        boolean replaces = previous != null && previous.isHeld();
        deltas = sessions.apply(key.universe(), session -> {
          if (replaces) {
            session.update(fact);
          } else {
            session.insert(fact);
          }
        });
        // The reader took the bytes as UTF-8, so they decode without loss.
        store.put(record.key(), StoredFact.held(record.timestamp(), new String(record.value(), StandardCharsets.UTF_8)));
      }
      if (!dateStored) {
        store.recordDate(sessions.asOf());
        dateStored = true;
      }
      publish(deltas, record, OutputJson.factChange(record.key(), place));
    } catch (InvalidInputException e) {
      deadLetter(record, place, e.diagnostics());
    } catch (IllegalArgumentException e) {
      deadLetter(record, place, problem(place, e.getMessage()));
    } catch (RuleExecutionException e) {
      // The session is unusable after a rule failed; the change is refused and the session rebuilt without it.
      LOG.error("{}: a rule failed on this change, which was not applied: {}", place.asFile(), e.getMessage());
      deadLetter(record, place, problem(place, "a rule failed on this change, which was not applied: " + e.getMessage()));
      rebuild(key.universe());
    }
  }

  private void rebuild(String universe) {
    sessions.discard(universe);
    List<Fact> facts = store.heldFacts(universe);
    try {
      sessions.build(Map.of(universe, facts));
    } catch (InvalidInputException e) {
      throw new IllegalStateException("the stored facts no longer pass the checks: " + e.diagnostics(), e);
    }
  }

  /**
   * Publishes, once after the task starts, how the alerts its sessions were rebuilt with differ from
   * those the store records as published; with the rules and date they were published under, none.
   */
  private void catchUp() {
    if (caughtUp) {
      return;
    }
    caughtUp = true;
    Map<String, String> published = store.publishedAlerts();
    Map<String, String> now = new TreeMap<>();
    sessions.alerts().forEach((universe, alerts) ->
        alerts.forEach(alert -> now.put(universe + "/" + alert.key(), OutputJson.alert(alert))));
    Set<String> keys = new TreeSet<>(published.keySet());
    keys.addAll(now.keySet());
    ObjectNode cause = OutputJson.taskStarted();
    int changed = 0;
    for (String key : keys) {
      String was = published.get(key);
      String is = now.get(key);
      if (!Objects.equals(was, is)) {
        send(new Record<>(key, "", context.currentSystemTimeMs()), OutputJson.delta(key, was, is, cause), is);
        changed++;
      }
    }
    if (changed > 0) {
      LOG.info("task {}: the rules in force give other alerts than those published, {} alert(s) changed",
          context.taskId(), changed);
    }
  }

  /** Rebuilds the sessions with new rules, if there are, and publishes how the alerts changed. */
  private void switchRulesIfNew() {
    RulesInForce.Version version = rules.current();
    if (version.generation() == generation) {
      return;
    }
    generation = version.generation();
    failedDate = null;
    try {
      List<AlertDelta> deltas = sessions.switchTo(version.engine(), store.heldFacts());
      LOG.info("task {}: new rules in force, {} alert(s) changed", context.taskId(), deltas.size());
      long now = context.currentSystemTimeMs();
      for (AlertDelta delta : deltas) {
        forward(delta, new Record<>(delta.key(), "", now), OutputJson.rulesReloaded());
      }
    } catch (RuleExecutionException | InvalidInputException e) {
      // Refused for every task: one that starts later must not build its sessions with them either.
      rules.refuse(version);
      LOG.error("task {}: the new rules failed on the stored facts and were not applied; the previous rules are"
          + " back in force: {}", context.taskId(), e.getMessage());
    }
  }

  /** Moves the sessions to the date they should see, if it changed, and publishes how the alerts changed. */
  private void moveDateIfDue() {
    LocalDate date = asOf.get();
    if (date.equals(sessions.asOf()) || date.equals(failedDate)) {
      return;
    }
    try {
      List<AlertDelta> deltas = sessions.moveTo(date, store.heldFacts());
      store.recordDate(date);
      dateStored = true;
      LOG.info("task {}: the sessions now see the world as of {}, {} alert(s) changed", context.taskId(), date,
          deltas.size());
      ObjectNode cause = OutputJson.dateMoved(date);
      long now = context.currentSystemTimeMs();
      for (AlertDelta delta : deltas) {
        forward(delta, new Record<>(delta.key(), "", now), cause);
      }
    } catch (RuleExecutionException e) {
      // Tried again when the date moves on or the rules change; the sessions are rebuilt meanwhile.
      failedDate = date;
      LOG.error("task {}: a rule failed when the sessions moved to {}; they stay as of {}: {}", context.taskId(), date,
          sessions.asOf(), e.getMessage());
      store.heldFacts().keySet().forEach(this::rebuild);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("the stored facts no longer pass the checks: " + e.diagnostics(), e);
    }
  }

  private void publish(List<AlertDelta> deltas, Record<String, ?> cause, ObjectNode why) {
    for (AlertDelta delta : deltas) {
      forward(delta, cause, why);
    }
  }

  private void forward(AlertDelta delta, Record<String, ?> cause, ObjectNode why) {
    send(cause.withKey(delta.key()), OutputJson.delta(delta, why), OutputJson.currentAlert(delta));
  }

  /** Publishes a delta and the current alert (null: a tombstone), and records it in the store, in one step. */
  private void send(Record<String, ?> at, String delta, String current) {
    context.forward(at.withValue(delta), AlertTopology.DELTAS_SINK);
    context.forward(at.withValue(current), AlertTopology.ALERTS_SINK);
    store.recordPublished(at.key(), current);
  }

  private void deadLetter(Record<String, byte[]> record, ChangePlace place, List<Diagnostic> found) {
    // A session's refusal names no file: the record is where the fact came from.
    List<Diagnostic> diagnostics = found.stream().map(d -> d.file() != null ? d
        : new Diagnostic(place.asFile(), d.line(), d.column(), d.path(), d.message(), d.code())).toList();
    LOG.warn("dead letter: {}", diagnostics.isEmpty() ? place.asFile() : diagnostics.get(0));
    context.forward(record.withValue(OutputJson.deadLetter(record.key(), record.value(), place, diagnostics)),
        AlertTopology.DEAD_LETTERS_SINK);
  }

  private static List<Diagnostic> problem(ChangePlace place, String message) {
    return List.of(new Diagnostic(place.asFile(), 0, 0, "", message));
  }

  @Override
  public void close() {
    if (sessions != null) {
      sessions.close();
    }
  }
}
