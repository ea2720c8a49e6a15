package io.loopwatch.derived;

import java.util.Objects;

/**
 * A company that buys chips or compute capacity, under deals in force, from a vendor whose chips
 * close a loop (a {@link io.loopwatch.loops.ChipHub}): the customers whose moves to rival chips
 * that vendor's loop revenue depends on. One per such pair.
 */
public record ChipHubCustomer(String hub, String customer) implements Derived {

  public ChipHubCustomer {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(customer, "customer");
  }

  @Override
  public String key() {
    return "chip-hub-customer:" + hub + ">" + customer;
  }
}
