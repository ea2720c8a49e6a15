package io.loopwatch.derived;

import io.loopwatch.facts.Investment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one company has put into another under the investments in force between them (live, and
 * not replaced by a later deal), in id order. Part of a {@link FundedCustomer}.
 */
public record Funding(String investor, String investee, List<Investment> investments) {

  public Funding {
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(investee, "investee");
    investments = List.copyOf(investments);
    if (investments.isEmpty()) {
      throw new IllegalArgumentException("funding needs at least one investment: " + investor + " -> " + investee);
    }
  }

  /** The sum of the amounts. */
  public BigDecimal disclosedUsd() {
    return investments.stream().map(Investment::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The amounts of the investments that bind the parties (signed or closed). */
  public BigDecimal bindingUsd() {
    return investments.stream().filter(Investment::isBinding).map(Investment::amountUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The investment with the smallest id: the one an alert cites for the stake. */
  public Investment first() {
    return investments.get(0);
  }

  /**
   * By what it is about, which equal fundings share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return 31 * investor.hashCode() + investee.hashCode();
  }
}
