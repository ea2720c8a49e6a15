package io.loopwatch.facts;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.parse.DuplicateCheck;
import io.loopwatch.facts.parse.Positions;
import io.loopwatch.facts.parse.ReferenceCheck;
import io.loopwatch.facts.parse.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a fact set as a whole: ids unique, every reference naming a fact of the right kind, no
 * deal between a company and itself. {@link FactFiles#load} already runs these checks; call this
 * for fact sets built in code or combined with {@link FactSet#plus}.
 */
public final class FactSetValidator {

  private FactSetValidator() {}

  /**
   * Every problem found, sorted by position; empty when the facts are consistent. Positions come
   * from {@link FactSet#locations()}; paths such as {@code investments[2].investor} count from the
   * start of each of the fact set's lists.
   */
  public static List<Diagnostic> validate(FactSet facts) {
    Positions positions = Positions.fromLocations(facts);
    List<Diagnostic> found = new ArrayList<>(DuplicateCheck.find(facts, positions));
    found.addAll(ReferenceCheck.find(facts, positions, Set.of()));
    found.sort(Where.DIAGNOSTIC_ORDER);
    return List.copyOf(found);
  }
}
