package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
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
 * The derived facts of a whole fact set, in passes: deals in force are grouped by one company and
 * sorted by the other within each group, so that a million deals cost no sort of them all and no
 * index kept afterwards. Agrees with {@link DerivedFacts} fed the same facts one by one (a test
 * holds it to that).
 *
 * <p>In two steps: what the facts alone decide ({@link #of}), then what needs the loops as well
 * ({@link #withLoops}). Most of the work is in the first, so an evaluation runs it while the loops
 * are being found.
 */
public final class FromScratch {

  private final List<SupplyDeal> supply = new ArrayList<>();
  private final List<Investment> investments = new ArrayList<>();
  private final Map<String, List<Chip>> chipsByVendor = new TreeMap<>();
  private final Map<String, Fact> chipsAndCompanies = new HashMap<>();
  private final ControlGroups controlGroups = new ControlGroups();
  /** What events are about. */
  private final Set<String> named = new HashSet<>();
  /** For each replaced deal's id, the live deal with the smallest id that replaces it. */
  private final Map<String, Deal> replacements = new HashMap<>();
  /** The facts replaced or named, by id. */
  private final Map<String, Fact> wanted = new HashMap<>();
  private final Map<String, Spend> spendByBuyer = new HashMap<>();
  private final List<Sales> sales = new ArrayList<>();
  private final List<Derived> derived = new ArrayList<>();

  private FromScratch() {}

  /**
   * Everything the facts alone decide: what is superseded, spend, sales, funded customers and
   * their groups under common control, chip rivals and subjects.
   *
   * @param facts iterated twice
   */
  public static FromScratch of(Iterable<? extends Fact> facts) {
    FromScratch scratch = new FromScratch();
    scratch.sort(facts);
    scratch.superseded();
    scratch.spendAndSales();
    scratch.fundedCustomers();
    scratch.derived.addAll(DerivedFacts.chipRivals(scratch.chipsByVendor));
    scratch.subjects();
    return scratch;
  }

  /**
   * Every derived fact, in key order, with those the loops decide: chip hub customers and members,
   * loop members.
   */
  public List<Derived> withLoops(Collection<Loop> loops) {
    List<Derived> all = new ArrayList<>(derived);
    Set<String> chipHubs = new HashSet<>();
    loops.forEach(loop -> chipHubs.addAll(loop.chipHubs()));
    for (Sales sold : sales) {
      if (chipHubs.contains(sold.supplier())) {
        sold.computeBuyers().forEach(customer -> all.add(new ChipHubCustomer(sold.supplier(), customer)));
      }
    }
    Map<String, Set<String>> onHubLoops = new HashMap<>();
    loops.forEach(loop -> loop.chipHubs().forEach(hub ->
        onHubLoops.computeIfAbsent(hub, h -> new HashSet<>()).addAll(loop.companies())));
    onHubLoops.forEach((hub, on) -> all.add(DerivedFacts.hubMembers(hub, on, chipsAndCompanies::get)));
    Map<String, Map<String, Loop>> loopsByCompany = new HashMap<>();
    loops.stream().filter(loop -> !loop.hubs().isEmpty()).forEach(loop -> loop.companies().forEach(company ->
        loopsByCompany.computeIfAbsent(company, c -> new TreeMap<>()).put(loop.key(), loop)));
    loopsByCompany.forEach((company, on) -> all.add(DerivedFacts.loopMember(company, on.values())));
    return inKeyOrder(all);
  }

  private void sort(Iterable<? extends Fact> facts) {
    for (Fact fact : facts) {
      if (fact instanceof SupplyDeal deal) {
        supply.add(deal);
      } else if (fact instanceof Investment investment) {
        investments.add(investment);
      } else if (fact instanceof Chip chip) {
        chipsByVendor.computeIfAbsent(chip.vendor(), v -> new ArrayList<>()).add(chip);
        chipsAndCompanies.put(chip.id(), chip);
      } else if (fact instanceof Company company) {
        chipsAndCompanies.put(company.id(), company);
        controlGroups.put(company);
      } else if (fact instanceof Event event) {
        named.add(event.subject());
      }
      if (fact instanceof Deal deal && deal.supersedes() != null && deal.isLive()) {
        replacements.merge(deal.supersedes(), deal, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
      }
    }
    for (Fact fact : facts) {
      if (replacements.containsKey(fact.id()) || named.contains(fact.id())) {
        wanted.put(fact.id(), fact);
      }
    }
  }

  private void superseded() {
    replacements.forEach((id, replacement) ->
        derived.add(new Superseded(id, replacement, wanted.get(id) instanceof Deal replaced ? replaced : null)));
  }

  private void spendAndSales() {
    Map<String, List<SupplyDeal>> byBuyer = grouped(inForce(supply), SupplyDeal::buyer, FromScratch::bySupplierThenId);
    // Buyers in id order, so that each supplier's purchases are gathered in buyer order and need
    // no sort of their own: a chip vendor sells to tens of thousands.
    List<String> buyers = new ArrayList<>(byBuyer.keySet());
    buyers.sort(Comparator.naturalOrder());
    Map<String, List<Purchases>> bySupplier = new HashMap<>();
    for (String buyer : buyers) {
      List<Purchases> fromEach = runs(byBuyer.get(buyer), (a, b) -> a.supplier().equals(b.supplier()),
          deals -> new Purchases(buyer, deals.get(0).supplier(), deals,
              DerivedFacts.namedChips(deals, chipsAndCompanies::get)));
      fromEach.forEach(bought -> bySupplier.computeIfAbsent(bought.supplier(), s -> new ArrayList<>()).add(bought));
      Spend spend = new Spend(buyer, fromEach);
      spendByBuyer.put(buyer, spend);
      derived.add(spend);
    }
    bySupplier.forEach((supplier, sold) -> sales.add(new Sales(supplier, sold)));
    derived.addAll(sales);
  }

  /** A vendor's customers that it funds, investee by investee, and all of them together. */
  private void fundedCustomers() {
    for (List<Investment> made : grouped(inForce(investments), Investment::investor, FromScratch::byInvesteeThenId)
        .values()) {
      List<FundedCustomer> funded = new ArrayList<>();
      for (Funding stake : runs(made, (a, b) -> a.investee().equals(b.investee()),
          held -> new Funding(held.get(0).investor(), held.get(0).investee(), held))) {
        Spend spend = spendByBuyer.get(stake.investee());
        Purchases orders = spend == null ? Purchases.none(stake.investee(), stake.investor()) : spend.from(stake.investor());
        if (!orders.isEmpty()) {
          funded.add(new FundedCustomer(stake.investor(), stake.investee(), stake, orders));
        }
      }
      if (!funded.isEmpty()) {
        String vendor = funded.get(0).vendor();
        derived.addAll(funded);
        derived.add(new CustomerFunding(vendor, funded));
        derived.addAll(controlGroups.groupsOf(vendor, funded, (buyer, seller) -> {
          Spend spend = spendByBuyer.get(buyer);
          return spend == null ? Purchases.none(buyer, seller) : spend.from(seller);
        }));
      }
    }
  }

  private void subjects() {
    for (String id : named) {
      Subject subject = DerivedFacts.subjectOf(id, wanted.get(id));
      if (subject != null) {
        derived.add(subject);
      }
    }
  }

  /** The deals in force: live, and not replaced. */
  private <D extends Deal> List<D> inForce(List<D> deals) {
    List<D> inForce = new ArrayList<>();
    for (D deal : deals) {
      if (deal.isLive() && !replacements.containsKey(deal.id())) {
        inForce.add(deal);
      }
    }
    return inForce;
  }

  // Comparators written out: on the quick compiler the launcher uses, a chain of comparator
  // lambdas is several calls per comparison, and these run a few million times.

  private static int bySupplierThenId(SupplyDeal a, SupplyDeal b) {
    int bySupplier = a.supplier().compareTo(b.supplier());
    return bySupplier != 0 ? bySupplier : a.id().compareTo(b.id());
  }

  private static int byInvesteeThenId(Investment a, Investment b) {
    int byInvestee = a.investee().compareTo(b.investee());
    return byInvestee != 0 ? byInvestee : a.id().compareTo(b.id());
  }

  /** Sorted by key, each key made once: a key is a new string each time it is asked for. */
  private static List<Derived> inKeyOrder(List<Derived> derived) {
    record Keyed(String key, Derived fact) {}
    List<Keyed> keyed = new ArrayList<>(derived.size());
    derived.forEach(fact -> keyed.add(new Keyed(fact.key(), fact)));
    keyed.sort((a, b) -> a.key().compareTo(b.key()));
    return keyed.stream().map(Keyed::fact).toList();
  }

  /**
   * The items with the same key together, each group sorted: grouping by hash and sorting only
   * within a group costs a few comparisons per deal, where one sort of a million deals costs twenty.
   */
  private static <T> Map<String, List<T>> grouped(List<T> items, Function<T, String> key, Comparator<? super T> within) {
    Map<String, List<T>> groups = new HashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>(4)).add(item);
    }
    groups.values().forEach(group -> group.sort(within));
    return groups;
  }

  /** Runs of consecutive items that belong together, each made into one group. */
  private static <T, G> List<G> runs(List<T> sorted, BiPredicate<T, T> together, Function<List<T>, G> group) {
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
