package io.loopwatch.loops;

import io.loopwatch.facts.Deal;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One deal along which money flows from {@code from} to {@code to}.
 *
 * @param factId the id of the investment or supply deal
 * @param amountUsd the deal's value, {@code null} where it was not disclosed
 * @param detail the instrument of an investment or the product of a supply deal, as a label
 * @param product what a supply deal buys; {@code null} for an investment
 */
public record LoopEdge(
    String factId,
    EdgeKind kind,
    String from,
    String to,
    BigDecimal amountUsd,
    DealStatus status,
    LocalDate announced,
    String detail,
    Product product) {

  public LoopEdge {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(status, "status");
  }

  /** The link a deal makes: its kind and detail differ between investments and supply deals. */
  public static LoopEdge of(Deal deal) {
    return deal instanceof Investment i ? of(i) : of((SupplyDeal) deal);
  }

  /** Money flows from the investor to the investee. */
  public static LoopEdge of(Investment investment) {
    return new LoopEdge(
        investment.id(),
        EdgeKind.INVESTMENT,
        investment.investor(),
        investment.investee(),
        investment.amountUsd(),
        investment.status(),
        investment.announced(),
        investment.instrument().label(),
        null);
  }

  /** Money flows from the buyer to the supplier. */
  public static LoopEdge of(SupplyDeal deal) {
    return new LoopEdge(
        deal.id(),
        EdgeKind.SUPPLY,
        deal.buyer(),
        deal.supplier(),
        deal.amountUsd(),
        deal.status(),
        deal.announced(),
        deal.product().label(),
        deal.product());
  }

  /** A purchase of chips (GPUs, ASICs, accelerators), as opposed to cloud or data-centre capacity. */
  public boolean isChipPurchase() {
    return product != null && product.isChip();
  }

  public boolean isBinding() {
    return status.isBinding();
  }

  public boolean isDisclosed() {
    return amountUsd != null;
  }
}
