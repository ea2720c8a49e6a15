package io.loopwatch.derived;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one company buys from another under the supply deals in force between them (live, and not
 * replaced by a later deal), in id order. Part of a {@link Spend} and a {@link Sales}; a rule reaches
 * it through them. Empty when the two do not trade.
 */
public record Purchases(String buyer, String supplier, List<SupplyDeal> deals) {

  public Purchases {
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(supplier, "supplier");
    deals = List.copyOf(deals);
  }

  static Purchases none(String buyer, String supplier) {
    return new Purchases(buyer, supplier, List.of());
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
    return new Purchases(buyer, supplier, deals.stream().filter(SupplyDeal::isComputePurchase).toList());
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
        && deals.equals(p.deals));
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
