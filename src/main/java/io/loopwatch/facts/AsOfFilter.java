package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The world as it stood on a date: what an as-of evaluation sees.
 *
 * <ul>
 *   <li>Investments, supply deals and chips count from the day they were {@code announced}; an
 *       event from its {@code date}. Anything later is left out, so a deal announced later does
 *       not yet supersede the one it replaces, and a later stall, denial or cut has not happened.
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
    FactSet.Builder known = FactSet.builder();
    facts.companies().forEach(known::add);
    facts.investments().stream().filter(i -> isKnown(i, asOf)).forEach(known::add);
    facts.supplyDeals().stream().filter(d -> isKnown(d, asOf)).forEach(known::add);
    facts.chips().stream().filter(c -> isKnown(c, asOf)).forEach(known::add);
    facts.financials().forEach(known::add);
    facts.events().stream().filter(e -> isKnown(e, asOf)).forEach(known::add);
    facts.locations().forEach(known::locate);
    return known.build();
  }

  /** True when the fact was known on the date: it has no date, or its date is not after it. */
  public static boolean isKnown(Object fact, LocalDate asOf) {
    return dateOf(fact).map(date -> !date.isAfter(asOf)).orElse(true);
  }

  /** The day a fact became known: announced for deals and chips, the date of an event; empty for the rest. */
  public static Optional<LocalDate> dateOf(Object fact) {
    if (fact instanceof Investment i) {
      return Optional.of(i.announced());
    } else if (fact instanceof SupplyDeal d) {
      return Optional.of(d.announced());
    } else if (fact instanceof Chip c) {
      return Optional.of(c.announced());
    } else if (fact instanceof Event e) {
      return Optional.of(e.date());
    }
    return Optional.empty();
  }
}
