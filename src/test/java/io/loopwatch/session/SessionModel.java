package io.loopwatch.session;

import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The facts a session should hold, kept by the test on its own: in arrival order, a new version
 * in its old one's place, with where the facts inserted from files were written.
 */
final class SessionModel {
  private final Scenario.Web web;
  LocalDate asOf;
  private final Map<String, Fact> facts = new LinkedHashMap<>();
  private final Map<String, FileLocation> locations = new LinkedHashMap<>();

  SessionModel(Scenario.Web web, LocalDate asOf) {
    this.web = web;
    this.asOf = asOf;
  }

  void insertAll(FactSet set) {
    set.all().forEach(f -> facts.put(f.id(), f));
    locations.putAll(set.locations());
  }

  void accept(Change change) {
    facts.clear();
    facts.putAll(change.afterById());
    locations.clear();
    locations.putAll(change.afterLocations());
  }

  FactSet factSet() {
    return set(facts.values(), locations);
  }

  Change changeFor(Scenario.Step step) {
    List<String> held = new ArrayList<>(facts.keySet());
    List<Fact> absent = web.facts().all().filter(f -> !facts.containsKey(f.id())).toList();
    Scenario.Step.Kind kind = step.kind();
    // A whole web leaves nothing to insert: change what is there instead.
    if ((kind == Scenario.Step.Kind.INSERT || kind == Scenario.Step.Kind.INSERT_BATCH) && absent.isEmpty()) {
      kind = Scenario.Step.Kind.UPDATE;
    }
    if ((kind == Scenario.Step.Kind.RETRACT || kind == Scenario.Step.Kind.UPDATE) && held.isEmpty()) {
      kind = Scenario.Step.Kind.INSERT;
    }
    return switch (kind) {
      case INSERT -> insert(List.of(oneToInsert(absent, step)), Map.of());
      case INSERT_BATCH -> batch(absent, step);
      case INSERT_INVALID -> insert(List.of(Mutations.invalid(held, facts, step.pick(), step.variant())), Map.of());
      case RETRACT -> retract(held.get(step.pick() % held.size()));
      case UPDATE -> update(Mutations.changed(facts.get(held.get(step.pick() % held.size())), held, step.variant()));
      case ADVANCE -> advance(step);
    };
  }

  /** Mostly a fact whose references the session holds, so that a session started empty grows; else any. */
  private Fact oneToInsert(List<Fact> absent, Scenario.Step step) {
    List<Fact> ready = absent.stream()
        .filter(f -> references(f).stream().allMatch(facts::containsKey))
        .toList();
    List<Fact> from = step.variant() % 3 != 0 && !ready.isEmpty() ? ready : absent;
    return from.get(step.pick() % from.size());
  }

  /** Some of the facts not held; every other time with what they name among them, so that the batch can be taken. */
  private Change batch(List<Fact> absent, Scenario.Step step) {
    Map<String, Fact> absentById = new LinkedHashMap<>();
    absent.forEach(f -> absentById.put(f.id(), f));
    Map<String, Fact> some = new LinkedHashMap<>();
    for (int i = 0; i < absent.size(); i++) {
      if ((i * 7 + step.pick()) % (2 + step.variant() % 5) == 0) {
        some.put(absent.get(i).id(), absent.get(i));
      }
    }
    if (some.isEmpty()) {
      Fact one = absent.get(step.pick() % absent.size());
      some.put(one.id(), one);
    }
    if (step.variant() % 2 == 0) {
      List<Fact> open = new ArrayList<>(some.values());
      while (!open.isEmpty()) {
        for (String named : references(open.remove(open.size() - 1))) {
          Fact fact = absentById.get(named);
          if (fact != null && some.putIfAbsent(named, fact) == null) {
            open.add(fact);
          }
        }
      }
    }
    // In the web's order, so that the facts are listed as evaluate() would list them.
    List<Fact> batch = absent.stream().filter(f -> some.containsKey(f.id())).toList();
    Map<String, FileLocation> where = new LinkedHashMap<>();
    batch.forEach(f -> web.facts().locationOf(f.id()).ifPresent(l -> where.put(f.id(), l)));
    return insert(batch, where);
  }

  private Change insert(List<Fact> inserted, Map<String, FileLocation> where) {
    List<Fact> after = new ArrayList<>(facts.values());
    after.addAll(inserted);
    Map<String, Fact> afterById = new LinkedHashMap<>(facts);
    inserted.forEach(f -> afterById.putIfAbsent(f.id(), f));
    Map<String, FileLocation> afterLocations = new LinkedHashMap<>(locations);
    afterLocations.putAll(where);
    String ids = inserted.stream().map(Fact::id).collect(Collectors.joining(", "));
    if (inserted.size() == 1 && where.isEmpty()) {
      Fact fact = inserted.get(0);
      return new Change("insert", "insert " + fact, set(after, afterLocations), s -> s.insert(fact), null, afterById,
          afterLocations);
    }
    FactSet batch = set(inserted, where);
    return new Change("insertAll", "insertAll " + ids, set(after, afterLocations), s -> s.insertAll(batch), null, afterById,
        afterLocations);
  }

  private Change retract(String id) {
    Map<String, Fact> afterById = new LinkedHashMap<>(facts);
    afterById.remove(id);
    Map<String, FileLocation> afterLocations = new LinkedHashMap<>(locations);
    afterLocations.remove(id);
    return new Change("retract", "retract " + id, set(afterById.values(), afterLocations), s -> s.retract(id), null, afterById,
        afterLocations);
  }

  private Change update(Fact fact) {
    String id = fact.id();
    Map<String, Fact> afterById = new LinkedHashMap<>(facts);
    afterById.put(id, fact);
    Map<String, FileLocation> afterLocations = new LinkedHashMap<>(locations);
    afterLocations.remove(id);
    return new Change("update", "update " + fact, set(afterById.values(), afterLocations), s -> s.update(fact), null,
        afterById, afterLocations);
  }

  private Change advance(Scenario.Step step) {
    LocalDate to = asOf.plusDays(1 + step.variant() % 90);
    return new Change("advance", "advance to " + to, null, null, to, null, null);
  }

  /** The ids a fact names. */
  private static List<String> references(Fact fact) {
    List<String> ids = new ArrayList<>();
    if (fact instanceof Company c) {
      ids.add(c.parent());
    } else if (fact instanceof Investment i) {
      ids.addAll(Arrays.asList(i.investor(), i.investee(), i.supersedes()));
    } else if (fact instanceof SupplyDeal d) {
      ids.addAll(Arrays.asList(d.buyer(), d.supplier(), d.supersedes()));
    } else if (fact instanceof Stake k) {
      ids.addAll(Arrays.asList(k.holder(), k.company(), k.supersedes()));
    } else if (fact instanceof Chip c) {
      ids.add(c.vendor());
    } else if (fact instanceof Financials f) {
      ids.add(f.company());
    } else if (fact instanceof Event e) {
      ids.add(e.subject());
    }
    ids.removeIf(Objects::isNull);
    return ids;
  }

  private static FactSet set(Iterable<Fact> facts, Map<String, FileLocation> locations) {
    FactSet.Builder set = FactSet.builder();
    facts.forEach(set::addFact);
    locations.forEach(set::locate);
    return set.build();
  }

  /** A change to make, the facts it would leave, and how to make it in a session; or a new date. */
  record Change(String kind, String description, FactSet after, SessionChange apply, LocalDate newDate,
      Map<String, Fact> afterById, Map<String, FileLocation> afterLocations) {}

  @FunctionalInterface
  interface SessionChange {
    void apply(RiskSession session) throws InvalidInputException;
  }
}
