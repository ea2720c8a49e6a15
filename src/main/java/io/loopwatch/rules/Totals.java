package io.loopwatch.rules;

import io.loopwatch.derived.FundedCustomer;
import io.loopwatch.derived.Purchases;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.util.List;

/** Sums over what a rule gathered, typed, so that a rule adds money in one call instead of a loop. */
public final class Totals {

  private Totals() {}

  /** The disclosed amounts of the chip and compute purchases among these purchases. */
  public static BigDecimal computeUsd(List<Purchases> purchases) {
    return purchases.stream().map(p -> p.compute().disclosedUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The chip and compute purchase deals among these purchases whose amount is not public, left out of {@link #computeUsd}. */
  public static int computeUndisclosedDeals(List<Purchases> purchases) {
    return purchases.stream().mapToInt(p -> p.compute().undisclosedDeals()).sum();
  }

  /** The gigawatts of chip and compute capacity among these purchases, where stated. */
  public static BigDecimal computeGw(List<Purchases> purchases) {
    return purchases.stream().map(p -> p.compute().capacityGw()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The chip and compute purchase deals, for evidence. */
  public static List<SupplyDeal> computeDeals(List<Purchases> purchases) {
    return purchases.stream().flatMap(p -> p.compute().deals().stream()).toList();
  }

  /** The suppliers of these purchases, for naming them. */
  public static List<String> suppliers(List<Purchases> purchases) {
    return purchases.stream().map(Purchases::supplier).toList();
  }

  /** The first stake in force in each funded customer, for evidence. */
  public static List<Investment> firstStakes(List<FundedCustomer> funded) {
    return funded.stream().map(f -> f.stake().first()).toList();
  }

  /** Every deal of these purchases, for evidence. */
  public static List<SupplyDeal> orderDeals(List<Purchases> purchases) {
    return purchases.stream().flatMap(p -> p.deals().stream()).toList();
  }
}
