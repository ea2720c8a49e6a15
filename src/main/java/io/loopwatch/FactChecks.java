package io.loopwatch;

import io.loopwatch.facts.FactSet;

/** Checks fact sets built in code the same way the loader checks fact files. */
final class FactChecks {

  private FactChecks() {}

  static void requireValid(FactSet facts) throws InvalidInputException {
    // Filled in once the fact validator lands; facts from FactFiles.load are already checked.
  }
}
