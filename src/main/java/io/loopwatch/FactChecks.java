package io.loopwatch;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FactSetValidator;
import java.util.List;

/** Checks fact sets built in code the same way the loader checks fact files. */
final class FactChecks {

  private FactChecks() {}

  static void requireValid(FactSet facts) throws InvalidInputException {
    List<Diagnostic> problems = FactSetValidator.validate(facts);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
