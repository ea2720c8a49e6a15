package io.loopwatch.session;

import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.time.LocalDate;
import java.util.Optional;

/** The span of days a fact set's facts are dated in. */
final class Dates {

  private Dates() {}

  static LocalDate first(FactSet facts) {
    return dates(facts).min(LocalDate::compareTo).orElse(LocalDate.parse("2025-01-01"));
  }

  static LocalDate last(FactSet facts) {
    return dates(facts).max(LocalDate::compareTo).orElse(LocalDate.parse("2026-01-01"));
  }

  private static java.util.stream.Stream<LocalDate> dates(FactSet facts) {
    return facts.all().map(Fact::knownFrom).flatMap(Optional::stream);
  }
}
