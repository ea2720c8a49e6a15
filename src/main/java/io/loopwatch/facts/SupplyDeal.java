package io.loopwatch.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchase: the buyer pays the supplier for chips, cloud capacity or data centres.
 *
 * @param chips the ids of the chips the deal runs on, where the source names them (AWS capacity on
 *     Trainium, or on Nvidia GPUs); empty when it does not
 * @param amountUsd contract value, {@code null} where it was not disclosed (a fact file says so with
 *     {@code disclosed: false})
 * @param capacityGw optional power capacity the deal covers, in gigawatts
 * @param supersedes optional id of an earlier supply deal this one replaces
 * @param note optional analyst remark
 */
public record SupplyDeal(
    String id,
    String buyer,
    String supplier,
    Product product,
    List<String> chips,
    BigDecimal amountUsd,
    BigDecimal capacityGw,
    DealStatus status,
    LocalDate announced,
    LocalDate expectedClose,
    String supersedes,
    String note,
    List<Source> sources)
    implements Deal {

  public SupplyDeal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(product, "product");
    chips = chips == null ? List.of() : List.copyOf(chips);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(announced, "announced");
    sources = List.copyOf(sources);
  }

  /** A deal whose source does not name the chips it runs on. */
  public SupplyDeal(String id, String buyer, String supplier, Product product, BigDecimal amountUsd,
      BigDecimal capacityGw, DealStatus status, LocalDate announced, LocalDate expectedClose, String supersedes,
      String note, List<Source> sources) {
    this(id, buyer, supplier, product, List.of(), amountUsd, capacityGw, status, announced, expectedClose,
        supersedes, note, sources);
  }

  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.of(announced);
  }

  @Override
  public List<String> parties() {
    return List.of(buyer, supplier);
  }

  /** The buyer. */
  @Override
  public String from() {
    return buyer;
  }

  /** The supplier. */
  @Override
  public String to() {
    return supplier;
  }

  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amountUsd);
  }

  /** True when the contract value is public. */
  public boolean isDisclosed() {
    return amountUsd != null;
  }

  /**
   * The disclosed amount, or zero where none was disclosed: for sums of disclosed amounts only,
   * which must then say how many deals they leave out ({@code Purchases.undisclosedDeals()}).
   */
  public BigDecimal amountOrZero() {
    return amountUsd == null ? BigDecimal.ZERO : amountUsd;
  }

  public boolean isBinding() {
    return status.isBinding();
  }

  @Override
  public boolean isLive() {
    return status.isLive();
  }

  public boolean isChipPurchase() {
    return product.isChip();
  }

  /**
   * Chips, compute capacity sold by the chip maker itself (as Cerebras sells inference), or cloud
   * capacity on chips the deal names: what can move a buyer from one chip vendor to another.
   */
  public boolean isComputePurchase() {
    return product.isChip() || product == Product.CAPACITY || !chips.isEmpty();
  }

  /** True when the deal names the chips it runs on. */
  public boolean namesChips() {
    return !chips.isEmpty();
  }

  /**
   * By id alone, which equal facts share: Drools hashes the facts it matches, and a record's own
   * hash would walk every field, sources included, each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
