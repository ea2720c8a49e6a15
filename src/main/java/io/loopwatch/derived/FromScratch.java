package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.loops.Loop;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The derived facts of a whole fact set, in sorted passes: deals in force are sorted by their two
 * companies and grouped, so that a million deals cost two sorts and no index of them. Agrees with
 * {@link DerivedFacts} fed the same facts one by one (a test holds it to that).
 */
final class FromScratch {

  private static final Comparator<SupplyDeal> BY_BUYER =
      Comparator.comparing(SupplyDeal::buyer).thenComparing(SupplyDeal::supplier).thenComparing(SupplyDeal::id);
  private static final Comparator<Investment> BY_INVESTOR =
      Comparator.comparing(Investment::investor).thenComparing(Investment::investee).thenComparing(Investment::id);

  private FromScratch() {}

  static List<Derived> derive(Iterable<? extends Fact> facts, Collection<Loop> loops) {
    List<SupplyDeal> supply = new ArrayList<>();
    List<Investment> investments = new ArrayList<>();
    Map<String, List<Chip>> chipsByVendor = new TreeMap<>();
    Set<String> named = new HashSet<>();
    /** For each replaced deal's id, the live deal with the smallest id that replaces it. */
    Map<String, Deal> replacements = new HashMap<>();
    for (Fact fact : facts) {
      if (fact instanceof SupplyDeal deal) {
        supply.add(deal);
      } else if (fact instanceof Investment investment) {
        investments.add(investment);
      } else if (fact instanceof Chip chip) {
        chipsByVendor.computeIfAbsent(chip.vendor(), v -> new ArrayList<>()).add(chip);
      } else if (fact instanceof Event event) {
        named.add(event.subject());
      }
      if (fact instanceof Deal deal && deal.supersedes() != null && deal.isLive()) {
        replacements.merge(deal.supersedes(), deal, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
      }
    }
    Map<String, Fact> wanted = new HashMap<>();
    for (Fact fact : facts) {
      if (replacements.containsKey(fact.id()) || named.contains(fact.id())) {
        wanted.put(fact.id(), fact);
      }
    }

    List<Derived> derived = new ArrayList<>();
    replacements.forEach((id, replacement) ->
        derived.add(new Superseded(id, replacement, wanted.get(id) instanceof Deal replaced ? replaced : null)));
    List<Purchases> purchases = groups(inForce(supply, replacements, BY_BUYER),
        (a, b) -> a.buyer().equals(b.buyer()) && a.supplier().equals(b.supplier()),
        deals -> new Purchases(deals.get(0).buyer(), deals.get(0).supplier(), deals));
    Map<String, Spend> spendByBuyer = new HashMap<>();
    for (Spend spend : groups(purchases, (a, b) -> a.buyer().equals(b.buyer()),
        bought -> new Spend(bought.get(0).buyer(), bought))) {
      spendByBuyer.put(spend.buyer(), spend);
      derived.add(spend);
    }
    List<Purchases> bySupplier = new ArrayList<>(purchases);
    bySupplier.sort(Comparator.comparing(Purchases::supplier).thenComparing(Purchases::buyer));
    Set<String> chipHubs = new HashSet<>();
    loops.forEach(loop -> chipHubs.addAll(loop.chipHubs()));
    for (Sales sales : groups(bySupplier, (a, b) -> a.supplier().equals(b.supplier()),
        sold -> new Sales(sold.get(0).supplier(), sold))) {
      derived.add(sales);
      if (chipHubs.contains(sales.supplier())) {
        sales.computeBuyers().forEach(customer -> derived.add(new ChipHubCustomer(sales.supplier(), customer)));
      }
    }
    List<FundedCustomer> funded = new ArrayList<>();
    List<Funding> stakes = groups(inForce(investments, replacements, BY_INVESTOR),
        (a, b) -> a.investor().equals(b.investor()) && a.investee().equals(b.investee()),
        held -> new Funding(held.get(0).investor(), held.get(0).investee(), held));
    for (Funding stake : stakes) {
      Spend spend = spendByBuyer.get(stake.investee());
      Purchases orders = spend == null ? Purchases.none(stake.investee(), stake.investor()) : spend.from(stake.investor());
      if (!orders.isEmpty()) {
        funded.add(new FundedCustomer(stake.investor(), stake.investee(), stake, orders));
      }
    }
    derived.addAll(funded);
    derived.addAll(groups(funded, (a, b) -> a.vendor().equals(b.vendor()),
        customers -> new CustomerFunding(customers.get(0).vendor(), customers)));
    Map<String, Map<String, Loop>> loopsByCompany = new HashMap<>();
    loops.stream().filter(loop -> !loop.hubs().isEmpty()).forEach(loop -> loop.companies().forEach(company ->
        loopsByCompany.computeIfAbsent(company, c -> new TreeMap<>()).put(loop.key(), loop)));
    loopsByCompany.forEach((company, on) -> derived.add(DerivedFacts.loopMember(company, on.values())));
    derived.addAll(DerivedFacts.chipRivals(chipsByVendor));
    for (String id : named) {
      Subject subject = DerivedFacts.subjectOf(id, wanted.get(id));
      if (subject != null) {
        derived.add(subject);
      }
    }
    derived.sort(Comparator.comparing(Derived::key));
    return derived;
  }

  /** The deals in force (live, and not replaced), sorted. */
  private static <D extends Deal> List<D> inForce(List<D> deals, Map<String, Deal> replacements, Comparator<D> order) {
    List<D> inForce = new ArrayList<>();
    for (D deal : deals) {
      if (deal.isLive() && !replacements.containsKey(deal.id())) {
        inForce.add(deal);
      }
    }
    inForce.sort(order);
    return inForce;
  }

  /** Runs of consecutive items that belong together, each made into one group. */
  private static <T, G> List<G> groups(List<T> sorted, BiPredicate<T, T> together, Function<List<T>, G> group) {
    List<G> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !together.test(sorted.get(start), sorted.get(i))) {
        groups.add(group.apply(sorted.subList(start, i)));
        start = i;
      }
    }
    return groups;
  }
}
