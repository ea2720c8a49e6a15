package io.loopwatch.facts;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.parse.FactValidation;
import io.loopwatch.facts.parse.Positions;
import java.util.List;
import java.util.Set;

/**
 * Checks a fact set with exactly the checks {@link FactFiles#load} runs on fact files: each fact's
 * values (kebab-case ids, amounts not negative and under their ceiling, at least one source, a
 * label in every list of labels, well-formed periods), ids unique, every reference naming a fact
 * of the right kind, no deal between a company and itself, no circles of {@code supersedes} or
 * {@code parent}. Call it for fact sets built in code or combined with {@link FactSet#plus};
 * {@code RiskEngine.evaluate} and live sessions call it for you.
 */
public final class FactSetValidator {

  private FactSetValidator() {}

  /**
   * Every problem found, sorted by position; empty when the facts are consistent. Positions come
   * from {@link FactSet#locations()}; paths such as {@code investments[2].investor} count from the
   * start of each of the fact set's lists, and name the fact's id where it has no location:
   * {@code investments[2](nvidia-openai).amountUsd}. The signature is stable: live sessions
   * validate each change through it.
   */
  public static List<Diagnostic> validate(FactSet facts) {
    return FactValidation.find(facts, Positions.fromLocations(facts), Set.of(), true);
  }
}
