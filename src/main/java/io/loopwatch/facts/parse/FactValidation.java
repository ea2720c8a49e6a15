package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every check a fact set must pass, in one place: each fact's own values ({@link FieldCheck}),
 * unique ids, references that name facts of the right kind, and no circles of references. The
 * loader runs it on what it bound from the files, and {@link io.loopwatch.facts.FactSetValidator}
 * on fact sets built in code; only where the problems are reported differs.
 */
public final class FactValidation {

  private FactValidation() {}

  /**
   * @param alsoKnown ids of facts that were written but could not be bound; references to them
   *     are not reported, since fixing the fact fixes the reference
   * @param referencesCheckable false when a file could not be parsed at all: it defines ids we
   *     never saw, and references to them would be reported as unknown by mistake
   */
  public static List<Diagnostic> find(
      FactSet facts, Positions positions, Set<String> alsoKnown, boolean referencesCheckable) {
    return find(facts, positions, alsoKnown, referencesCheckable, List.of());
  }

  /**
   * The same checks on part of a larger fact set that passes them all, for a change to it that
   * must leave it passing: {@code part} holds every fact the change added or replaced, the facts
   * they refer to and the chains of {@code supersedes} and {@code parent} they start, and the
   * facts that referred to a fact the change removed. A reference to an id outside the part is
   * resolved if {@code knownElsewhere} says so. Every problem the change brings shows in the part,
   * since each check is of one fact, of the facts sharing its key, of what it refers to, or of a
   * circle through it; the positions count within the part.
   */
  public static List<Diagnostic> findInPart(FactSet part, Predicate<String> knownElsewhere) {
    Positions positions = Positions.fromLocations(part);
    List<Diagnostic> found = new ArrayList<>(FieldCheck.find(part, positions));
    found.addAll(DuplicateCheck.find(part, positions));
    found.addAll(ReferenceCheck.find(part, positions, knownElsewhere));
    found.addAll(CycleCheck.find(part, positions));
    found.sort(Where.DIAGNOSTIC_ORDER);
    return List.copyOf(found);
  }

  /** @param unbound references written in facts that could not be bound, checked all the same */
  static List<Diagnostic> find(FactSet facts, Positions positions, Set<String> alsoKnown,
      boolean referencesCheckable, List<UnboundReference> unbound) {
    List<Diagnostic> found = new ArrayList<>(FieldCheck.find(facts, positions));
    // Every located fact is located under its key, so a key given twice leaves fewer locations
    // than facts; only then is the full check worth its cost with a million facts. Facts built in
    // code have no locations, and are always checked.
    if (facts.locations().size() < facts.size()) {
      found.addAll(DuplicateCheck.find(facts, positions));
    }
    if (referencesCheckable) {
      found.addAll(ReferenceCheck.find(facts, positions, alsoKnown));
      found.addAll(ReferenceCheck.findUnbound(facts, unbound, alsoKnown));
      found.addAll(CycleCheck.find(facts, positions));
    }
    found.sort(Where.DIAGNOSTIC_ORDER);
    return List.copyOf(found);
  }
}
