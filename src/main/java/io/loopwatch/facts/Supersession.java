package io.loopwatch.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which deals a live deal replaces ({@code supersedes}): those no longer count as links, as
 * obligations or as edges of the network. One place, so that the loop finder, the network drawing
 * and the stress models agree on it.
 */
public final class Supersession {

  private Supersession() {}

  /** Each deal a live deal replaces, and the id of the deal that replaces it. */
  public static Map<String, String> replacedBy(FactSet facts) {
    Map<String, String> replacedBy = new HashMap<>();
    Stream.concat(facts.investments().stream(), facts.supplyDeals().stream())
        .filter(Deal::isLive)
        .filter(deal -> deal.supersedes() != null)
        .forEach(deal -> replacedBy.put(deal.supersedes(), deal.id()));
    return replacedBy;
  }

  /** The ids of the deals a live deal replaces. */
  public static Set<String> replaced(FactSet facts) {
    return replacedBy(facts).keySet();
  }
}
