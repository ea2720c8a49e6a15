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

  /**
   * What the vendor has put into its customers, or pledged to, under the investments in force:
   * the disclosed amounts, binding or not (an "up to" pledge at its ceiling). Leaves out the
   * {@link #undisclosed()} investments.
   */
  public BigDecimal investedUsd() {
    return customers.stream().map(c -> c.stake().disclosedUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The binding part (signed or closed) of it: what the vendor is committed to, as far as disclosed. */
  public BigDecimal bindingUsd() {
    return customers.stream().map(c -> c.stake().bindingUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The disclosed part that does not bind yet: pledges, reports, letters of intent. */
  public BigDecimal unboundUsd() {
    return investedUsd().subtract(bindingUsd());
  }

  /** Investments in force whose amount was not disclosed. */
  public int undisclosed() {
    return customers.stream().mapToInt(c -> c.stake().undisclosed()).sum();
  }

  /** Binding investments whose amount was not disclosed: the binding sum is at least {@link #bindingUsd()}. */
  public int bindingUndisclosed() {
    return customers.stream().mapToInt(c -> c.stake().bindingUndisclosed()).sum();
  }

  /** The binding investments behind it, for evidence. */
  public List<Investment> bindingInvestments() {
    return investments().stream().filter(Investment::isBinding).toList();
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
