package io.loopwatch.session;

import io.loopwatch.facts.FactSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the session property plays: a web of facts, the day the session starts on (as a number
 * read within the web's span), whether it starts with the whole web or empty, and the steps.
 */
record Scenario(Scenario.Web web, int startDay, boolean startWhole, List<Scenario.Step> steps) {

  LocalDate startDate() {
    return web.day(startDay);
  }

  /** A web of facts to play on, and the span of days its facts are dated in. */
  record Web(String name, FactSet facts, LocalDate first, LocalDate last) {

    Web(String name, FactSet facts) {
      this(name, facts, Dates.first(facts), Dates.last(facts));
    }

    /** A day from a month before the first fact to a month after the last, so some facts wait for their day. */
    LocalDate day(int pick) {
      LocalDate from = first.minusDays(30);
      return from.plusDays(pick % (ChronoUnit.DAYS.between(from, last.plusDays(30)) + 1));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * One step, drawn as numbers that are read against what the session holds when the step comes:
   * which fact ({@code pick}) and which change of it ({@code variant}). So shrinking a failing
   * sequence keeps every step meaningful.
   */
  record Step(Kind kind, int pick, int variant) {
    enum Kind { INSERT, INSERT_BATCH, INSERT_INVALID, RETRACT, UPDATE, ADVANCE }
  }
}
