package io.loopwatch.derived;

import java.util.List;
import java.util.Objects;

/**
 * Everything one company sells under the supply deals in force, by buyer (in buyer id order). One
 * per company that sells anything.
 */
public record Sales(String supplier, List<Purchases> byBuyer) implements Derived {

  public Sales {
    Objects.requireNonNull(supplier, "supplier");
    byBuyer = List.copyOf(byBuyer);
  }

  @Override
  public String key() {
    return "sales:" + supplier;
  }

  /** What one buyer buys from it; empty when nothing. */
  public Purchases to(String buyer) {
    return byBuyer.stream().filter(p -> p.buyer().equals(buyer)).findFirst()
        .orElse(Purchases.none(buyer, supplier));
  }

  /** The companies that buy chips or compute capacity from it, in id order. */
  public List<String> computeBuyers() {
    return byBuyer.stream().filter(Purchases::hasCompute).map(Purchases::buyer).toList();
  }

  /**
   * By what it is about, which equal sales share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return supplier.hashCode();
  }
}
