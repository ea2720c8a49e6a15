package io.loopwatch.derived;

import java.util.Objects;

/**
 * A vendor that holds a stake in a company which buys from it: the two-party loop at the heart of
 * circular financing, with the money each way under the deals in force.
 *
 * @param stake what the vendor has put into the customer
 * @param orders what the customer buys from the vendor
 */
public record FundedCustomer(String vendor, String customer, Funding stake, Purchases orders) implements Derived {

  public FundedCustomer {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(stake, "stake");
    Objects.requireNonNull(orders, "orders");
  }

  @Override
  public String key() {
    return "funded-customer:" + vendor + ">" + customer;
  }

  /**
   * By what it is about, which equal funded customers share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return 31 * vendor.hashCode() + customer.hashCode();
  }
}
