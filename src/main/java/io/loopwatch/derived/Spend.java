package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything one company buys under the supply deals in force, by supplier (in supplier id order).
 * One per company that buys anything.
 */
public record Spend(String buyer, List<Purchases> bySupplier) implements Derived {

  public Spend {
    Objects.requireNonNull(buyer, "buyer");
    bySupplier = List.copyOf(bySupplier);
  }

  @Override
  public String key() {
    return "spend:" + buyer;
  }

  /** What it buys from one supplier; empty when nothing. */
  public Purchases from(String supplier) {
    return bySupplier.stream().filter(p -> p.supplier().equals(supplier)).findFirst()
        .orElse(Purchases.none(buyer, supplier));
  }

  /**
   * Its purchases of chips and compute capacity from suppliers other than {@code supplier} (or,
   * for a deal that names its chips, of chips other than {@code supplier}'s),
   * announced in the 90 days that end on {@code today} (one quarter), in supplier then id order:
   * what a rule asks of every customer of a vendor, so it is answered here in one call rather
   * than by walking every supplier and deal in the rule.
   */
  public List<SupplyDeal> computeAwayFrom(String supplier, LocalDate today) {
    // Loops, not a stream: a rule asks this of every customer of every chip hub, and on the quick
    // compiler the launcher uses a stream costs several times as much.
    LocalDate first = today.minusDays(89);
    List<SupplyDeal> away = new ArrayList<>();
    for (Purchases purchases : bySupplier) {
      boolean fromVendor = purchases.supplier().equals(supplier);
      for (SupplyDeal deal : purchases.deals()) {
        if (deal.announced().isBefore(first) || deal.announced().isAfter(today)) {
          continue;
        }
        // A deal that names its chips moves away by their vendors, whoever sells it: capacity
        // on the vendor's own GPUs bought from a cloud does not.
        List<Chip> named = purchases.chipsOf(deal);
        boolean awayFrom = named.isEmpty()
            ? !fromVendor && deal.isComputePurchase()
            : named.stream().anyMatch(chip -> !chip.vendor().equals(supplier));
        if (awayFrom) {
          away.add(deal);
        }
      }
    }
    return Collections.unmodifiableList(away);
  }

  /** The deals that bind it to pay (signed or closed), in supplier then id order. */
  public List<SupplyDeal> bindingDeals() {
    return bySupplier.stream().flatMap(p -> p.deals().stream()).filter(SupplyDeal::isBinding).toList();
  }

  /** The disclosed amounts of the deals that bind it to pay; leaves out {@link #bindingUndisclosedDeals()}. */
  public BigDecimal bindingUsd() {
    return bySupplier.stream().map(Purchases::bindingUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Binding deals whose amount is not public: what it is bound to pay is at least {@link #bindingUsd()}. */
  public int bindingUndisclosedDeals() {
    return bySupplier.stream().mapToInt(Purchases::bindingUndisclosedDeals).sum();
  }

  /**
   * By what it is about, which equal spends share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return buyer.hashCode();
  }
}
