package io.loopwatch.rules;

import io.loopwatch.facts.Event;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Customers turning away from a vendor: those that bought from its rivals and those reported
 * looking for alternatives.
 *
 * @param companies the customers that moved, in id order
 * @param rivals the rivals they bought from, in id order
 */
public record Moves(List<String> companies, List<String> rivals) {

  public Moves {
    companies = List.copyOf(companies);
    rivals = List.copyOf(rivals);
  }

  /** The customers are the buyers of the purchases and the subjects of the searches; the rivals, the suppliers. */
  public static Moves of(List<SupplyDeal> purchases, List<Event> searches) {
    TreeSet<String> companies = new TreeSet<>();
    TreeSet<String> rivals = new TreeSet<>();
    purchases.forEach(deal -> {
      companies.add(deal.buyer());
      rivals.add(deal.supplier());
    });
    searches.forEach(event -> companies.add(event.subject()));
    return new Moves(List.copyOf(companies), List.copyOf(rivals));
  }

  /** Every company a message about the moves names: the customers, then the rivals. */
  public List<String> involved() {
    List<String> ids = new ArrayList<>(companies);
    ids.addAll(rivals);
    return ids;
  }
}
