package io.loopwatch.engine;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.util.Objects;

/** The six kinds of fact a session takes, and the id each is known by. */
final class FactIds {

  private static final String KINDS =
      "a Company, Investment, SupplyDeal, Chip, Financials or Event (io.loopwatch.facts)";

  private FactIds() {}

  static String of(Object fact) {
    Objects.requireNonNull(fact, "fact");
    if (fact instanceof Company c) {
      return c.id();
    } else if (fact instanceof Investment i) {
      return i.id();
    } else if (fact instanceof SupplyDeal d) {
      return d.id();
    } else if (fact instanceof Chip c) {
      return c.id();
    } else if (fact instanceof Financials f) {
      return f.key();
    } else if (fact instanceof Event e) {
      return e.id();
    }
    throw new IllegalArgumentException("not a fact: " + fact.getClass().getName() + "; expected " + KINDS);
  }

}
