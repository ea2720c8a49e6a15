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

  /**
   * The sum of the disclosed amounts, binding or not; zero when none is disclosed. Leaves out
   * {@link #undisclosed()} investments, which a message must then count apart.
   */
  public BigDecimal disclosedUsd() {
    return investments.stream().filter(Investment::isDisclosed).map(Investment::amountUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The disclosed amounts of the investments that bind the parties (signed or closed). */
  public BigDecimal bindingUsd() {
    return investments.stream().filter(i -> i.isBinding() && i.isDisclosed()).map(Investment::amountUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Investments whose amount was not disclosed. */
  public int undisclosed() {
    return (int) investments.stream().filter(i -> !i.isDisclosed()).count();
  }

  /** Binding investments (signed or closed) whose amount was not disclosed. */
  public int bindingUndisclosed() {
    return (int) investments.stream().filter(i -> i.isBinding() && !i.isDisclosed()).count();
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
