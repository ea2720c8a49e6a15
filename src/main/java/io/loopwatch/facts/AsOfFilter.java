package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The world as it stood on a date: what an as-of evaluation sees.
 *
 * <ul>
 *   <li>A fact counts from the day it became known ({@link Fact#knownFrom()}): investments,
 *       supply deals and chips from the day they were {@code announced}, an event from its {@code
 *       date}. Anything later is left out, so a deal announced later does not yet supersede the
 *       one it replaces, and a later stall, denial or cut has not happened.
 *   <li>Companies and financial records carry no date and always count.
 *   <li>A fact is kept as it is written: its status is today's. Where a status changed over time,
 *       record the change as an event or a superseding deal, and the as-of view follows it.
 * </ul>
 */
public final class AsOfFilter {

  private AsOfFilter() {}

  /** The facts known on the date (facts dated that day included). */
  public static FactSet apply(FactSet facts, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (facts.all().allMatch(fact -> fact.isKnownOn(asOf))) {
      return facts; // the usual case, a report as of today: nothing to leave out, nothing to copy
    }
    FactSet.Builder known = FactSet.builder();
    facts.all().filter(fact -> fact.isKnownOn(asOf)).forEach(known::addFact);
    facts.locations().forEach(known::locate);
    return known.build();
  }
}
