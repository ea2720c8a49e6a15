package io.loopwatch.derived;

import io.loopwatch.facts.Investment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Everything a vendor has put into its own customers: its {@link FundedCustomer}s, in customer id
 * order. One per vendor that funds at least one customer.
 */
public record CustomerFunding(String vendor, List<FundedCustomer> customers) implements Derived {

  public CustomerFunding {
    Objects.requireNonNull(vendor, "vendor");
    customers = List.copyOf(customers);
  }

  @Override
  public String key() {
    return "customer-funding:" + vendor;
  }

  /** What the vendor has put into its customers, under the investments in force. */
  public BigDecimal investedUsd() {
    return customers.stream().map(c -> c.stake().disclosedUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The binding part (signed or closed) of it. */
  public BigDecimal bindingUsd() {
    return customers.stream().map(c -> c.stake().bindingUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The investments behind it, for evidence. */
  public List<Investment> investments() {
    return customers.stream().flatMap(c -> c.stake().investments().stream()).toList();
  }

  /**
   * By what it is about, which equal customer fundings share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return vendor.hashCode();
  }
}
