package io.loopwatch.engine;

import io.loopwatch.facts.Company;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a fact refers to, for the session's reference and circle checks. */
final class FactIds {

  private FactIds() {}

  /** The ids a fact refers to (its parties, what it supersedes, its subject), without nulls. */
  static List<String> referencesOf(Fact fact) {
    List<String> ids = new ArrayList<>(fact.parties());
    if (fact instanceof Deal d) {
      ids.add(d.supersedes());
      if (d instanceof SupplyDeal supply) {
        ids.addAll(supply.chips());
      }
    } else if (fact instanceof Stake s) {
      ids.add(s.supersedes());
    } else if (fact instanceof Event e) {
      ids.add(e.subject());
      ids.add(e.leaving());
    }
    ids.removeIf(Objects::isNull);
    return ids;
  }

  /**
   * The fact of its own kind that a fact points to, along which references could go round in a
   * circle: a company's parent, what a deal supersedes; null for none.
   */
  static String successorOf(Fact fact) {
    if (fact instanceof Company c) {
      return c.parent();
    } else if (fact instanceof Deal d) {
      return d.supersedes();
    } else if (fact instanceof Stake s) {
      return s.supersedes();
    }
    return null;
  }
}
