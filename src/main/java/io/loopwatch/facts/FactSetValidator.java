package io.loopwatch.facts;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.parse.CheckedSets;
import io.loopwatch.facts.parse.FactValidation;
import io.loopwatch.facts.parse.Positions;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a fact set with exactly the checks {@link FactFiles#load} runs on fact files: each fact's
 * values (kebab-case ids, amounts not negative and under their ceiling, at least one source, a
 * label in every list of labels, well-formed periods), ids unique, every reference naming a fact
 * of the right kind, no deal between a company and itself, no circles of {@code supersedes} or
 * {@code parent}. Call it for fact sets built in code or combined with {@link FactSet#plus};
 * {@code RiskEngine.evaluate} calls it for you, and a live session checks every change with it.
 */
public final class FactSetValidator {

  private FactSetValidator() {}

  /**
   * Every problem found, sorted by position; empty when the facts are consistent. Positions come
   * from {@link FactSet#locations()}; paths such as {@code investments[2].investor} count from the
   * start of each of the fact set's lists, and name the fact's id where it has no location:
   * {@code investments[2](nvidia-openai).amountUsd}. The signature is stable: a live session words
   * every change it refuses through it.
   */
  public static List<Diagnostic> validate(FactSet facts) {
    if (CheckedSets.loaded(facts)) {
      return List.of(); // checked as it was loaded, and a fact set cannot change since
    }
    return FactValidation.find(facts, Positions.fromLocations(facts), Set.of(), true);
  }

  /**
   * The same checks, on the part of a larger fact set that a change touched, for a set that passed
   * {@link #validate} before the change: empty exactly when the set still passes. {@code part}
   * holds every fact the change added or replaced, the facts they refer to and the chains of
   * {@code supersedes} and {@code parent} they start, and the facts that referred to a fact the
   * change removed; a reference to an id outside the part is resolved when {@code knownElsewhere}
   * says so. A live session checks each change this way, so that a change costs what it touches;
   * positions count within the part.
   */
  public static List<Diagnostic> validatePart(FactSet part, Predicate<String> knownElsewhere) {
    return FactValidation.findInPart(part, knownElsewhere);
  }
}
