package io.loopwatch.derived;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The customers of a vendor under common control that the vendor funds at least one of, counted
 * as one customer as ASC 280-10-50-42 counts them: every company whose chain of {@code parent}s
 * ends at {@link #group()}, that buys from the vendor or is funded by it. A funded customer with
 * no parent and no subsidiaries among the vendor's customers is a group of one. One per vendor and
 * group.
 *
 * @param group the ultimate parent: the company at the end of the members' chains of parents
 * @param members the companies combined, in id order
 * @param funded the members the vendor holds stakes in, in customer id order
 * @param orders what the members buy from the vendor, in buyer id order; members that buy nothing
 *     have none
 */
public record CustomerGroup(String vendor, String group, List<String> members, List<FundedCustomer> funded,
    List<Purchases> orders) implements Derived {

  public CustomerGroup {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(group, "group");
    members = List.copyOf(members);
    funded = List.copyOf(funded);
    orders = List.copyOf(orders);
  }

  @Override
  public String key() {
    return "customer-group:" + vendor + ">" + group;
  }

  /** True when more than one company is counted as this customer. */
  public boolean isCombined() {
    return members.size() > 1;
  }

  /** The disclosed amounts of what all the members buy from the vendor. */
  public BigDecimal disclosedUsd() {
    return orders.stream().map(Purchases::disclosedUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** How many of the members' orders have no disclosed amount: the sum above is then a floor. */
  public int undisclosedDeals() {
    return orders.stream().mapToInt(Purchases::undisclosedDeals).sum();
  }

  /** The ids of the members the vendor funds. */
  public List<String> fundedMembers() {
    return funded.stream().map(FundedCustomer::customer).toList();
  }

  /**
   * By what it is about: Drools hashes the facts it matches, and a record's own hash would walk
   * every deal each time.
   */
  @Override
  public int hashCode() {
    return 31 * vendor.hashCode() + group.hashCode();
  }
}
