package io.loopwatch.engine;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.List;
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

  /** The ids a fact refers to (its parties, what it supersedes or belongs to, its subject), without nulls. */
  static List<String> referencesOf(Object fact) {
    List<String> ids = new ArrayList<>(3);
    if (fact instanceof Company c) {
      ids.add(c.parent());
    } else if (fact instanceof Investment i) {
      ids.add(i.investor());
      ids.add(i.investee());
      ids.add(i.supersedes());
    } else if (fact instanceof SupplyDeal d) {
      ids.add(d.buyer());
      ids.add(d.supplier());
      ids.add(d.supersedes());
    } else if (fact instanceof Chip c) {
      ids.add(c.vendor());
    } else if (fact instanceof Financials f) {
      ids.add(f.company());
    } else if (fact instanceof Event e) {
      ids.add(e.subject());
    }
    ids.removeIf(Objects::isNull);
    return ids;
  }

  /**
   * The fact of its own kind that a fact points to, along which references could go round in a
   * circle: a company's parent, what a deal supersedes; null for none.
   */
  static String successorOf(Object fact) {
    if (fact instanceof Company c) {
      return c.parent();
    } else if (fact instanceof Investment i) {
      return i.supersedes();
    } else if (fact instanceof SupplyDeal d) {
      return d.supersedes();
    }
    return null;
  }
}
