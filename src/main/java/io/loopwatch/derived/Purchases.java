package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one company buys from another under the supply deals in force between them (live, and not
 * replaced by a later deal), in id order. Part of a {@link Spend} and a {@link Sales}; a rule reaches
 * it through them. Empty when the two do not trade.
 *
 * @param chips the chips the deals name ({@link SupplyDeal#chips()}), in id order, as far as they
 *     are known: a chip announced after the evaluation's date is not
 */
public record Purchases(String buyer, String supplier, List<SupplyDeal> deals, List<Chip> chips) {

  public Purchases {
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(supplier, "supplier");
    deals = List.copyOf(deals);
    chips = List.copyOf(chips);
  }

  /** Purchases whose deals name no chips. */
  public Purchases(String buyer, String supplier, List<SupplyDeal> deals) {
    this(buyer, supplier, deals, List.of());
  }

  static Purchases none(String buyer, String supplier) {
    return new Purchases(buyer, supplier, List.of());
  }

  /**
   * The chips a deal names, as far as they are known; empty when it names none, or only chips
   * not known on the evaluation's date.
   */
  public List<Chip> chipsOf(SupplyDeal deal) {
    if (!deal.namesChips()) {
      return List.of();
    }
    return chips.stream().filter(chip -> deal.chips().contains(chip.id())).toList();
  }

  /**
   * The vendors whose chips a deal buys: the vendors of the chips it names, or, when it names
   * none, the supplier if the supplier makes chips and the deal buys compute. Empty for a deal
   * that buys no compute from a chip maker.
   *
   * @param supplierMakesChips whether the supplier is a chip vendor
   */
  public List<String> chipVendorsOf(SupplyDeal deal, boolean supplierMakesChips) {
    List<Chip> named = chipsOf(deal);
    if (!named.isEmpty()) {
      return List.copyOf(new TreeSet<>(named.stream().map(Chip::vendor).toList()));
    }
    return supplierMakesChips && deal.isComputePurchase() ? List.of(supplier) : List.of();
  }

  /**
   * Only the deals that buy chips of vendors other than {@code vendor}, or compute capacity on
   * them: a purchase that names its chips counts by their vendors, whoever sells it (cloud
   * capacity on a rival's accelerators counts, capacity on the vendor's own GPUs does not), and
   * one that names none counts by its supplier, as {@link #chipVendorsOf} says.
   */
  public Purchases awayFrom(String vendor, boolean supplierMakesChips) {
    List<SupplyDeal> away = deals.stream()
        .filter(deal -> chipVendorsOf(deal, supplierMakesChips).stream().anyMatch(v -> !v.equals(vendor)))
        .toList();
    return away.size() == deals.size() ? this : new Purchases(buyer, supplier, away, chips);
  }

  /** The vendors of the rival chips these purchases buy, {@code vendor} left out, in id order. */
  public List<String> rivalVendors(String vendor, boolean supplierMakesChips) {
    TreeSet<String> vendors = new TreeSet<>();
    deals.forEach(deal -> vendors.addAll(chipVendorsOf(deal, supplierMakesChips)));
    vendors.remove(vendor);
    return List.copyOf(vendors);
  }

  public boolean isEmpty() {
    return deals.isEmpty();
  }

  /**
   * The sum of the disclosed amounts; zero when none is disclosed. Leaves out the {@link
   * #undisclosedDeals()}, which a message must then count apart.
   */
  public BigDecimal disclosedUsd() {
    return deals.stream().map(SupplyDeal::amountOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The disclosed amounts of the deals that bind the parties (signed or closed). */
  public BigDecimal bindingUsd() {
    return deals.stream().filter(SupplyDeal::isBinding).map(SupplyDeal::amountOrZero)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The disclosed amounts of the deals that do not bind yet (talks, letters of intent, reports). */
  public BigDecimal unboundUsd() {
    return disclosedUsd().subtract(bindingUsd());
  }

  /** True when at least one deal's amount is public. */
  public boolean isDisclosed() {
    return deals.stream().anyMatch(SupplyDeal::isDisclosed);
  }

  /** Deals whose amount is not public. */
  public int undisclosedDeals() {
    return (int) deals.stream().filter(d -> !d.isDisclosed()).count();
  }

  /** Binding deals (signed or closed) whose amount is not public: the binding sum is at least {@link #bindingUsd()}. */
  public int bindingUndisclosedDeals() {
    return (int) deals.stream().filter(d -> d.isBinding() && !d.isDisclosed()).count();
  }

  /** The gigawatts of capacity bought, where the deals state it. */
  public BigDecimal capacityGw() {
    return deals.stream().map(SupplyDeal::capacityGw).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** True when some deal buys chips or compute capacity. */
  public boolean hasCompute() {
    return deals.stream().anyMatch(SupplyDeal::isComputePurchase);
  }

  /** Only the purchases of chips and compute capacity. */
  public Purchases compute() {
    return new Purchases(buyer, supplier, deals.stream().filter(SupplyDeal::isComputePurchase).toList(), chips);
  }

  /** The strongest status among the deals: how far the relationship has gone. */
  public DealStatus strongestStatus() {
    return deals.stream().map(SupplyDeal::status)
        .max((a, b) -> Double.compare(a.bindingWeight(), b.bindingWeight())).orElse(null);
  }

  /** Equal deals, by value; the same purchases, kept as computed, compare at once. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Purchases p && buyer.equals(p.buyer) && supplier.equals(p.supplier)
        && deals.equals(p.deals) && chips.equals(p.chips));
  }

  /**
   * By what it is about, which equal purchases share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return 31 * buyer.hashCode() + supplier.hashCode();
  }
}
