package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FactSetValidator;
import io.loopwatch.facts.FileLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts a live session holds, known on its date or not yet, by id and in arrival order, with
 * where those read from files were written. They always pass the checks {@code evaluate} runs
 * ({@link FactSetValidator}): a change is checked before it is made and refused whole if the facts
 * would then fail, with the problems {@code evaluate} would report. The check runs on what the
 * change touches (the facts it adds or replaces, what they refer to, what referred to a fact it
 * removes), so a change costs what it touches, not the size of the session; only a refusal checks
 * every fact, to word its problems exactly as {@code evaluate} would.
 */
final class SessionFacts {

  private final Map<String, Fact> byId = new LinkedHashMap<>();
  private final Map<String, FileLocation> locations = new HashMap<>();
  /** For an id, the ids of the facts that refer to it: who would be left dangling without it. */
  private final Map<String, Set<String>> referrers = new HashMap<>();

  Fact get(String id) {
    return byId.get(id);
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Where each fact read from a file was written, by id; a live view. */
  Map<String, FileLocation> locations() {
    return Collections.unmodifiableMap(locations);
  }

  FactSet toFactSet() {
    FactSet.Builder all = FactSet.builder();
    byId.values().forEach(all::addFact);
    locations.forEach(all::locate);
    return all.build();
  }

  /** Refuses, with every problem, facts to insert that would leave the session's facts invalid. */
  void checkInsert(List<? extends Fact> batch, Map<String, FileLocation> writtenAt) throws InvalidInputException {
    check(batch, writtenAt, Set.of());
  }

  /** Refuses, with every problem, a new version of a fact that would leave the session's facts invalid. */
  void checkUpdate(String id, Fact fact) throws InvalidInputException {
    check(List.of(fact), Map.of(), Set.of(id));
  }

  /** Refuses, naming every fact that refers to it, a retraction that would leave references dangling. */
  void checkRetract(String id) throws InvalidInputException {
    check(List.of(), Map.of(), Set.of(id));
  }

  void add(String id, Fact fact, FileLocation writtenAt) {
    byId.put(id, fact);
    if (writtenAt != null) {
      locations.put(id, writtenAt);
    }
    FactIds.referencesOf(fact).forEach(target -> referrers.computeIfAbsent(target, k -> new HashSet<>()).add(id));
  }

  /**
   * Puts the new version in the old one's place, so that the facts keep their order (as {@code
   * evaluate} would list them). It was not read from the file the old one was: it has no location.
   */
  void replace(String id, Fact fact) {
    forget(id, byId.put(id, fact));
    locations.remove(id);
    FactIds.referencesOf(fact).forEach(target -> referrers.computeIfAbsent(target, k -> new HashSet<>()).add(id));
  }

  void remove(String id) {
    forget(id, byId.remove(id));
    locations.remove(id);
  }

  /** Drops what an old version of a fact referred to from the index of referrers. */
  private void forget(String id, Fact old) {
    if (old != null) {
      for (String target : FactIds.referencesOf(old)) {
        Set<String> ids = referrers.get(target);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
          referrers.remove(target);
        }
      }
    }
  }

  /**
   * @param added the facts the change brings, new or new versions
   * @param gone the ids whose present fact the change takes away (retracted, or replaced by a new version)
   */
  private void check(List<? extends Fact> added, Map<String, FileLocation> writtenAt, Set<String> gone)
      throws InvalidInputException {
    Map<String, Fact> addedById = new HashMap<>();
    for (Fact fact : added) {
      addedById.putIfAbsent(fact.id(), fact);
    }
    Part part = new Part(addedById, gone);
    Set<Fact> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Fact fact : added) {
      // The very same fact twice in one batch is a duplicate, as it is in evaluate()'s fact set.
      if (seen.add(fact)) {
        part.include(fact);
      } else {
        part.includeAgain(fact);
      }
    }
    for (Fact fact : added) {
      String id = fact.id();
      // A fact already here under the same key, which stays: a duplicate, even of the very same fact.
      if (!gone.contains(id) && byId.containsKey(id)) {
        part.includeAgain(byId.get(id));
      }
      for (String target : FactIds.referencesOf(fact)) {
        part.includeIfPresent(target);
      }
      part.includeChainFrom(fact);
    }
    for (String id : gone) {
      if (!addedById.containsKey(id)) {
        for (String referrer : referrers.getOrDefault(id, Set.of())) {
          if (!gone.contains(referrer)) {
            part.include(byId.get(referrer));
          }
        }
      }
    }
    if (FactSetValidator.validatePart(part.facts(), part::knownElsewhere).isEmpty()) {
      return;
    }
    // Refused: word the problems as evaluate() would on the facts the change would leave.
    List<Diagnostic> problems = FactSetValidator.validate(after(added, writtenAt, gone));
    throw new InvalidInputException(problems.isEmpty()
        ? FactSetValidator.validatePart(part.facts(), part::knownElsewhere) : problems);
  }

  /** Every fact the change would leave, in the order the session holds them, new ones last. */
  private FactSet after(List<? extends Fact> added, Map<String, FileLocation> writtenAt, Set<String> gone) {
    FactSet.Builder all = FactSet.builder();
    Map<String, Fact> replacing = new HashMap<>();
    List<Fact> appended = new ArrayList<>();
    for (Fact fact : added) {
      String id = fact.id();
      if (gone.contains(id) && !replacing.containsKey(id)) {
        replacing.put(id, fact);
      } else {
        appended.add(fact);
      }
    }
    byId.forEach((id, fact) -> {
      if (replacing.containsKey(id)) {
        all.addFact(replacing.get(id));
      } else if (!gone.contains(id)) {
        all.addFact(fact);
        if (locations.containsKey(id)) {
          all.locate(id, locations.get(id));
        }
      }
    });
    appended.forEach(all::addFact);
    writtenAt.forEach(all::locate);
    return all.build();
  }

  /** The facts a change touches, to check as a part of the facts it would leave. */
  private final class Part {
    private final Map<String, Fact> addedById;
    private final Set<String> gone;
    private final Set<Fact> facts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Fact> inOrder = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Part(Map<String, Fact> addedById, Set<String> gone) {
      this.addedById = addedById;
      this.gone = gone;
    }

    /** The fact with this id once the change is made, or null. */
    Fact after(String id) {
      Fact added = addedById.get(id);
      if (added != null) {
        return added;
      }
      return gone.contains(id) ? null : byId.get(id);
    }

    void include(Fact fact) {
      if (facts.add(fact)) {
        inOrder.add(fact);
        ids.add(fact.id());
      }
    }

    /** Includes a fact even if it is included already: it is there twice. */
    void includeAgain(Fact fact) {
      facts.add(fact);
      inOrder.add(fact);
      ids.add(fact.id());
    }

    void includeIfPresent(String id) {
      Fact fact = after(id);
      if (fact != null) {
        include(fact);
      }
    }

    /** The facts of its own kind a fact's parent or supersedes leads to, one after another: where a circle through it would run. */
    void includeChainFrom(Fact fact) {
      Set<String> seen = new HashSet<>();
      for (String next = FactIds.successorOf(fact); next != null && seen.add(next); ) {
        Fact target = after(next);
        if (target == null || target.getClass() != fact.getClass()) {
          return;
        }
        include(target);
        next = FactIds.successorOf(target);
      }
    }

    /** An id outside the part names a fact once the change is made. */
    boolean knownElsewhere(String id) {
      return !ids.contains(id) && after(id) != null;
    }

    FactSet facts() {
      FactSet.Builder part = FactSet.builder();
      inOrder.forEach(part::addFact);
      return part.build();
    }
  }
}
