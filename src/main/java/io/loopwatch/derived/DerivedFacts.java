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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Keeps the {@link Derived} facts of a set of facts and loops up to date as they change, and says
 * which derived facts came, changed or went. One evaluation feeds it everything once; a live
 * session feeds it each change, and a change then costs what it touches: the derived facts of the
 * companies and deals it concerns are computed again and compared with what the rules hold.
 *
 * <p>For the engine; rules see only the derived facts. Not thread-safe.
 */
public final class DerivedFacts {

  /** One derived fact that came ({@code before} null), went ({@code after} null) or changed. */
  public record Change(String key, Derived before, Derived after) {}

  private final Map<String, Fact> facts = new HashMap<>();
  /** For a replaced deal's id, the ids of the live deals that replace it. */
  private final Map<String, TreeSet<String>> replacedBy = new HashMap<>();
  /** Supply deals (any status) by buyer, then supplier. */
  private final Map<String, Map<String, List<SupplyDeal>>> supplyByBuyer = new HashMap<>();
  /**
   * The purchases in force of each buyer from each supplier, kept as computed, so that a change
   * recomputes the one pair it touched and a company's {@link Spend} or {@link Sales} is put
   * together from the others as they are.
   */
  private final Map<String, TreeMap<String, Purchases>> purchasesByBuyer = new HashMap<>();
  private final Map<String, TreeMap<String, Purchases>> purchasesBySupplier = new HashMap<>();
  /** For each chip hub, how many loops have it among their chip hubs. */
  private final Map<String, Integer> chipHubLoops = new HashMap<>();
  /** Investments (any status) by investor, then investee. */
  private final Map<String, Map<String, List<Investment>>> fundingByInvestor = new HashMap<>();
  private final Map<String, List<Chip>> chipsByVendor = new TreeMap<>();
  /** How many events name each id. */
  private final Map<String, Integer> eventSubjects = new HashMap<>();
  /** The loops with hubs that each company sits on, by key. */
  private final Map<String, Map<String, Loop>> loopsByCompany = new HashMap<>();
  /**
   * For each chip hub, how many of the loops its sales close each company sits on: a loop that
   * comes or goes costs its own few companies, not a pass over the hub's every loop.
   */
  private final Map<String, TreeMap<String, Integer>> loopCompaniesByChipHub = new HashMap<>();
  /** The ids of the supply deals that name each chip, so that a chip's change reaches them. */
  private final Map<String, TreeSet<String>> dealsNamingChip = new HashMap<>();
  private final ControlGroups controlGroups = new ControlGroups();
  /** The keys of each vendor's {@link CustomerGroup}s, so that a group that goes is removed. */
  private final Map<String, Set<String>> groupKeysByVendor = new HashMap<>();

  private final Map<String, Derived> current = new HashMap<>();

  private Set<String> dirtyReplaced = new HashSet<>();
  /** Buyer and supplier pairs, as {@code buyer + '\n' + supplier}. */
  private Set<String> dirtyPurchases = new HashSet<>();
  /** Hub and customer pairs, as {@code hub + '\n' + customer}. */
  private Set<String> dirtyHubCustomers = new HashSet<>();
  private Set<String> dirtyBuyers = new HashSet<>();
  private Set<String> dirtySuppliers = new HashSet<>();
  /** Vendor and customer pairs, as {@code vendor + '\n' + customer}. */
  private Set<String> dirtyFunded = new HashSet<>();
  private Set<String> dirtyVendors = new HashSet<>();
  private Set<String> dirtyMembers = new HashSet<>();
  private Set<String> dirtySubjects = new HashSet<>();
  private Set<String> dirtyHubMembers = new HashSet<>();
  private boolean dirtyChips;
  /** A company's parent came or went: any vendor's customer groups may have changed. */
  private boolean dirtyAllGroups;

  /**
   * Every derived fact of these facts and loops, in key order: computed in a few passes
   * ({@link FromScratch}) rather than change by change, which costs an index a one-off
   * evaluation does not need. Tests hold the two ways to the same result.
   *
   * @param facts iterated twice
   */
  public static List<Derived> of(Iterable<? extends Fact> facts, Collection<Loop> loops) {
    return FromScratch.of(facts).withLoops(loops);
  }

  /** The derived facts held now, in no particular order. */
  public Collection<Derived> all() {
    return current.values();
  }

  public void add(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    facts.put(fact.id(), fact);
    index(fact, true);
  }

  public void remove(Fact fact) {
    if (facts.remove(fact.id()) != null) {
      index(fact, false);
    }
  }

  /** A loop came ({@code before} null), went ({@code after} null) or changed. */
  public void loopChanged(Loop before, Loop after) {
    if (before != null) {
      before.chipHubs().forEach(hub -> countHubLoop(hub, -1));
    }
    if (after != null) {
      after.chipHubs().forEach(hub -> countHubLoop(hub, +1));
    }
    if (before != null) {
      before.chipHubs().forEach(hub -> countHubMembers(hub, before.companies(), -1));
    }
    if (after != null) {
      after.chipHubs().forEach(hub -> countHubMembers(hub, after.companies(), +1));
    }
    if (before != null && !before.hubs().isEmpty()) {
      for (String company : before.companies()) {
        Map<String, Loop> loops = loopsByCompany.get(company);
        if (loops != null && loops.remove(before.key()) != null && loops.isEmpty()) {
          loopsByCompany.remove(company);
        }
        dirtyMembers.add(company);
      }
    }
    if (after != null && !after.hubs().isEmpty()) {
      for (String company : after.companies()) {
        loopsByCompany.computeIfAbsent(company, c -> new TreeMap<>()).put(after.key(), after);
        dirtyMembers.add(company);
      }
    }
  }

  private void countHubMembers(String hub, List<String> companies, int change) {
    TreeMap<String, Integer> counts = loopCompaniesByChipHub.computeIfAbsent(hub, h -> new TreeMap<>());
    for (String company : companies) {
      if (counts.merge(company, change, Integer::sum) == 0) {
        counts.remove(company);
      }
    }
    if (counts.isEmpty()) {
      loopCompaniesByChipHub.remove(hub);
    }
    dirtyHubMembers.add(hub);
  }

  /** A vendor that becomes or stops being a chip hub gains or loses all its hub customers. */
  private void countHubLoop(String hub, int change) {
    int loops = chipHubLoops.merge(hub, change, Integer::sum);
    if (loops == 0) {
      chipHubLoops.remove(hub);
    }
    // Its customers as of the last settle are those with purchases in force now; a pair the
    // pending change touches is marked already.
    TreeMap<String, Purchases> customers = purchasesBySupplier.get(hub);
    if (customers != null && (loops == 0 || (loops == 1 && change > 0))) {
      customers.keySet().forEach(customer -> dirtyHubCustomers.add(hub + '\n' + customer));
    }
  }

  /** Computes again what the changes since the last call touched, and says what differs. */
  public List<Change> settle() {
    List<Change> changes = new ArrayList<>();
    forEachPair(dirtyPurchases, this::recomputePurchases);
    dirtyReplaced.forEach(id -> put("superseded:" + id, superseded(id), changes));
    dirtyBuyers.forEach(buyer -> put("spend:" + buyer, spend(buyer), changes));
    dirtySuppliers.forEach(supplier -> put("sales:" + supplier, sales(supplier), changes));
    forEachPair(dirtyFunded, (vendor, customer) -> {
      put("funded-customer:" + vendor + ">" + customer, fundedCustomer(vendor, customer), changes);
      dirtyVendors.add(vendor);
    });
    if (dirtyAllGroups) {
      dirtyVendors.addAll(groupKeysByVendor.keySet());
      dirtyVendors.addAll(fundingByInvestor.keySet());
    }
    dirtyVendors.forEach(vendor -> {
      CustomerFunding funding = customerFunding(vendor);
      put("customer-funding:" + vendor, funding, changes);
      customerGroups(vendor, funding, changes);
    });
    forEachPair(dirtyHubCustomers, (hub, customer) ->
        put("chip-hub-customer:" + hub + ">" + customer, hubCustomer(hub, customer), changes));
    dirtyMembers.forEach(company -> put("loop-member:" + company, loopMember(company), changes));
    dirtySubjects.forEach(id -> put("subject:" + id, subject(id), changes));
    dirtyHubMembers.forEach(hub -> put("chip-hub-members:" + hub, hubMembers(hub), changes));
    if (dirtyChips) {
      chipRivals(changes);
    }
    // New sets rather than cleared ones: a cleared set keeps the table a large batch grew it to,
    // and every later change would walk that table.
    dirtyReplaced = new HashSet<>();
    dirtyPurchases = new HashSet<>();
    dirtyHubCustomers = new HashSet<>();
    dirtyBuyers = new HashSet<>();
    dirtySuppliers = new HashSet<>();
    dirtyFunded = new HashSet<>();
    dirtyVendors = new HashSet<>();
    dirtyMembers = new HashSet<>();
    dirtySubjects = new HashSet<>();
    dirtyHubMembers = new HashSet<>();
    dirtyChips = false;
    dirtyAllGroups = false;
    return changes;
  }

  /** Pairs of companies are kept as {@code first + '\n' + second}: ids hold no line breaks. */
  private static void forEachPair(Set<String> pairs, BiConsumer<String, String> action) {
    for (String pair : pairs) {
      int cut = pair.indexOf('\n');
      action.accept(pair.substring(0, cut), pair.substring(cut + 1));
    }
  }

  private void put(String key, Derived now, List<Change> changes) {
    Derived before = now == null ? current.remove(key) : current.put(key, now);
    if (!Objects.equals(before, now)) {
      changes.add(new Change(key, before, now));
    }
  }

  private void index(Fact fact, boolean added) {
    if (replacedBy.containsKey(fact.id())) {
      dirtyReplaced.add(fact.id());
    }
    if (eventSubjects.containsKey(fact.id())) {
      dirtySubjects.add(fact.id());
    }
    if (fact instanceof SupplyDeal deal) {
      Map<String, List<SupplyDeal>> bySupplier = supplyByBuyer.computeIfAbsent(deal.buyer(), b -> new HashMap<>());
      if (added) {
        bySupplier.computeIfAbsent(deal.supplier(), s -> new ArrayList<>(1)).add(deal);
      } else {
        List<SupplyDeal> deals = bySupplier.get(deal.supplier());
        deals.removeIf(d -> d.id().equals(deal.id()));
        if (deals.isEmpty()) {
          bySupplier.remove(deal.supplier());
        }
        if (bySupplier.isEmpty()) {
          supplyByBuyer.remove(deal.buyer());
        }
      }
      replaces(deal, added);
      touchPair(deal);
      deal.chips().forEach(chip -> index(dealsNamingChip, chip, deal.id(), added));
    } else if (fact instanceof Investment investment) {
      Map<String, List<Investment>> byInvestee =
          fundingByInvestor.computeIfAbsent(investment.investor(), i -> new HashMap<>());
      if (added) {
        byInvestee.computeIfAbsent(investment.investee(), e -> new ArrayList<>(1)).add(investment);
      } else {
        List<Investment> investments = byInvestee.get(investment.investee());
        investments.removeIf(i -> i.id().equals(investment.id()));
        if (investments.isEmpty()) {
          byInvestee.remove(investment.investee());
        }
        if (byInvestee.isEmpty()) {
          fundingByInvestor.remove(investment.investor());
        }
      }
      replaces(investment, added);
      touchPair(investment);
    } else if (fact instanceof Chip chip) {
      List<Chip> chips = chipsByVendor.computeIfAbsent(chip.vendor(), v -> new ArrayList<>());
      if (added) {
        chips.add(chip);
      } else {
        chips.removeIf(c -> c.id().equals(chip.id()));
        if (chips.isEmpty()) {
          chipsByVendor.remove(chip.vendor());
        }
      }
      dirtyChips = true;
      // What the deals naming it buy, whose chips, is known again.
      dealsNamingChip.getOrDefault(chip.id(), new TreeSet<>()).forEach(id -> {
        if (facts.get(id) instanceof SupplyDeal deal) {
          touchPair(deal);
        }
      });
    } else if (fact instanceof Company company) {
      if (added ? controlGroups.put(company) : controlGroups.remove(company)) {
        dirtyAllGroups = true;
      }
      // Which loop members can buy a rival's chip depends on their country.
      loopsByCompany.getOrDefault(company.id(), Map.of()).values()
          .forEach(loop -> dirtyHubMembers.addAll(loop.chipHubs()));
    } else if (fact instanceof Event event) {
      eventSubjects.merge(event.subject(), added ? 1 : -1, Integer::sum);
      if (eventSubjects.get(event.subject()) == 0) {
        eventSubjects.remove(event.subject());
      }
      dirtySubjects.add(event.subject());
    }
  }

  /** A live deal that replaces another takes the other out of force. */
  private void replaces(Deal deal, boolean added) {
    String target = deal.supersedes();
    if (target == null || !deal.isLive()) {
      return;
    }
    index(replacedBy, target, deal.id(), added);
    dirtyReplaced.add(target);
    if (facts.get(target) instanceof Deal replaced) {
      touchPair(replaced);
    }
  }

  /** Adds a value to, or removes it from, the sorted set of a key, and the key with its last value. */
  private static void index(Map<String, TreeSet<String>> sets, String key, String value, boolean added) {
    if (added) {
      sets.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    } else {
      TreeSet<String> values = sets.get(key);
      if (values != null && values.remove(value) && values.isEmpty()) {
        sets.remove(key);
      }
    }
  }

  private void touchPair(Deal deal) {
    if (deal instanceof SupplyDeal supply) {
      dirtyPurchases.add(supply.buyer() + '\n' + supply.supplier());
      dirtyHubCustomers.add(supply.supplier() + '\n' + supply.buyer());
      dirtyBuyers.add(supply.buyer());
      dirtySuppliers.add(supply.supplier());
      dirtyFunded.add(supply.supplier() + '\n' + supply.buyer());
    } else {
      dirtyFunded.add(deal.from() + '\n' + deal.to());
    }
  }

  private boolean inForce(Deal deal) {
    return deal.isLive() && !replacedBy.containsKey(deal.id());
  }

  private Superseded superseded(String id) {
    TreeSet<String> by = replacedBy.get(id);
    if (by == null || !(facts.get(by.first()) instanceof Deal replacement)) {
      return null;
    }
    return new Superseded(id, replacement, facts.get(id) instanceof Deal replaced ? replaced : null);
  }

  private void recomputePurchases(String buyer, String supplier) {
    List<SupplyDeal> deals = inForceById(supplyByBuyer.getOrDefault(buyer, Map.of()).getOrDefault(supplier, List.of()));
    Purchases now = new Purchases(buyer, supplier, deals, namedChips(deals, id -> facts.get(id)));
    if (now.isEmpty()) {
      removeEntry(purchasesByBuyer, buyer, supplier);
      removeEntry(purchasesBySupplier, supplier, buyer);
    } else {
      purchasesByBuyer.computeIfAbsent(buyer, b -> new TreeMap<>()).put(supplier, now);
      purchasesBySupplier.computeIfAbsent(supplier, s -> new TreeMap<>()).put(buyer, now);
    }
  }

  private Purchases purchases(String buyer, String supplier) {
    TreeMap<String, Purchases> bySupplier = purchasesByBuyer.get(buyer);
    Purchases bought = bySupplier == null ? null : bySupplier.get(supplier);
    return bought == null ? Purchases.none(buyer, supplier) : bought;
  }

  private Spend spend(String buyer) {
    TreeMap<String, Purchases> bySupplier = purchasesByBuyer.get(buyer);
    return bySupplier == null ? null : new Spend(buyer, List.copyOf(bySupplier.values()));
  }

  private Sales sales(String supplier) {
    TreeMap<String, Purchases> byBuyer = purchasesBySupplier.get(supplier);
    return byBuyer == null ? null : new Sales(supplier, List.copyOf(byBuyer.values()));
  }

  /** The chips the deals name that are among the facts, in id order. */
  static List<Chip> namedChips(List<SupplyDeal> deals, Function<String, Fact> lookup) {
    TreeMap<String, Chip> named = null;
    for (SupplyDeal deal : deals) {
      for (String id : deal.chips()) {
        if (lookup.apply(id) instanceof Chip chip) {
          if (named == null) {
            named = new TreeMap<>();
          }
          named.put(id, chip);
        }
      }
    }
    return named == null ? List.of() : List.copyOf(named.values());
  }

  private void customerGroups(String vendor, CustomerFunding funding, List<Change> changes) {
    List<CustomerGroup> now = funding == null ? List.of()
        : controlGroups.groupsOf(vendor, funding.customers(), this::purchases);
    Set<String> keys = new HashSet<>();
    now.forEach(group -> keys.add(group.key()));
    for (String old : groupKeysByVendor.getOrDefault(vendor, Set.of())) {
      if (!keys.contains(old)) {
        put(old, null, changes);
      }
    }
    now.forEach(group -> put(group.key(), group, changes));
    if (keys.isEmpty()) {
      groupKeysByVendor.remove(vendor);
    } else {
      groupKeysByVendor.put(vendor, keys);
    }
  }

  private ChipHubMembers hubMembers(String hub) {
    TreeMap<String, Integer> onLoops = loopCompaniesByChipHub.get(hub);
    return onLoops == null ? null : hubMembers(hub, onLoops.navigableKeySet(), id -> facts.get(id));
  }

  /** The known companies among these ids of companies on the hub's loops, the hub left out. */
  static ChipHubMembers hubMembers(String hub, Collection<String> onLoops, Function<String, Fact> lookup) {
    TreeSet<String> ids = new TreeSet<>(onLoops);
    ids.remove(hub);
    List<Company> companies = new ArrayList<>();
    ids.forEach(id -> {
      if (lookup.apply(id) instanceof Company company) {
        companies.add(company);
      }
    });
    return new ChipHubMembers(hub, companies);
  }

  private ChipHubCustomer hubCustomer(String hub, String customer) {
    return chipHubLoops.containsKey(hub) && purchases(customer, hub).hasCompute()
        ? new ChipHubCustomer(hub, customer) : null;
  }

  private FundedCustomer fundedCustomer(String vendor, String customer) {
    List<Investment> stake =
        inForceById(fundingByInvestor.getOrDefault(vendor, Map.of()).getOrDefault(customer, List.of()));
    if (stake.isEmpty()) {
      return null;
    }
    Purchases orders = purchases(customer, vendor);
    return orders.isEmpty() ? null : new FundedCustomer(vendor, customer, new Funding(vendor, customer, stake), orders);
  }

  private CustomerFunding customerFunding(String vendor) {
    List<FundedCustomer> customers = new TreeSet<>(fundingByInvestor.getOrDefault(vendor, Map.of()).keySet()).stream()
        .map(customer -> current.get("funded-customer:" + vendor + ">" + customer))
        .filter(Objects::nonNull)
        .map(FundedCustomer.class::cast)
        .toList();
    return customers.isEmpty() ? null : new CustomerFunding(vendor, customers);
  }

  private LoopMember loopMember(String company) {
    Map<String, Loop> loops = loopsByCompany.get(company);
    if (loops == null) {
      return null;
    }
    return loopMember(company, loops.values());
  }

  /** @param loops the loops with hubs the company sits on, in key order */
  static LoopMember loopMember(String company, Collection<Loop> loops) {
    TreeSet<String> partners = new TreeSet<>();
    loops.forEach(loop -> partners.addAll(loop.companies()));
    partners.remove(company);
    return new LoopMember(company, List.copyOf(loops), List.copyOf(partners));
  }

  private Subject subject(String id) {
    return eventSubjects.containsKey(id) ? subjectOf(id, facts.get(id)) : null;
  }

  /** What news naming this id is about: a deal and its parties, or a company; null for anything else. */
  static Subject subjectOf(String id, Fact fact) {
    if (!(fact instanceof Deal || fact instanceof Company)) {
      return null;
    }
    return new Subject(id, fact, fact instanceof Company ? List.of(id) : fact.parties());
  }

  /** Chips are few: every pair of vendors is compared again when one changes. */
  private void chipRivals(List<Change> changes) {
    Map<String, ChipRivals> now = new HashMap<>();
    chipRivals(chipsByVendor).forEach(rivals -> now.put(rivals.key(), rivals));
    new ArrayList<>(current.keySet()).stream()
        .filter(key -> key.startsWith("chip-rivals:") && !now.containsKey(key))
        .forEach(key -> put(key, null, changes));
    now.forEach((key, rivals) -> put(key, rivals, changes));
  }

  /** Every pair of vendors whose chips share a workload. */
  static List<ChipRivals> chipRivals(Map<String, List<Chip>> chipsByVendor) {
    List<ChipRivals> all = new ArrayList<>();
    chipsByVendor.forEach((vendor, vendorChips) -> chipsByVendor.forEach((rival, rivalChips) -> {
      List<Chip> overlapping = rival.equals(vendor) ? List.of()
          : byId(rivalChips.stream().filter(chip -> chip.overlapsAny(vendorChips)).toList(), Chip::id);
      if (!overlapping.isEmpty()) {
        all.add(new ChipRivals(vendor, rival, overlapping, byId(vendorChips, Chip::id)));
      }
    }));
    return all;
  }

  private <D extends Deal> List<D> inForceById(List<D> deals) {
    return byId(deals.stream().filter(this::inForce).toList(), Deal::id);
  }

  static <T> List<T> byId(List<T> items, Function<T, String> id) {
    if (items.size() < 2) {
      return items;
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(id));
    return sorted;
  }

  private static void removeEntry(Map<String, ? extends Map<String, ?>> index, String key, String value) {
    Map<String, ?> values = index.get(key);
    if (values != null && values.remove(value) != null && values.isEmpty()) {
      index.remove(key);
    }
  }
}
