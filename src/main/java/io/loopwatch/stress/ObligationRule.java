package io.loopwatch.stress;

import io.loopwatch.facts.Deal;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What counts as a payment obligation, and what a company has to meet it with.
 *
 * <ul>
 *   <li>A <b>supply deal</b> is an obligation of the buyer to the supplier when it binds (signed
 *       or closed) and its amount is disclosed. The whole contract value counts: the facts give no
 *       payment schedule, so multi-year contracts are not prorated.
 *   <li>An <b>investment</b> is an obligation of the investor to the investee while it is signed
 *       but not closed: a binding pledge whose money has not moved. A closed investment has been
 *       paid; an unsigned one (rumour to term sheet) binds nobody.
 *   <li>Either counts only if it is <b>due within the horizon</b>: its expected close, where one is
 *       given, falls no later than the horizon's end. A deal another deal supersedes does not count.
 * </ul>
 *
 * <p>A company's <b>means</b> over the horizon are its revenue for that many years (from its latest
 * financials), and never less than what it needs to pay in full given that everyone pays it in
 * full: the model assumes each company's funding plan holds until a scenario says otherwise, so
 * every loss it reports is the scenario's doing, not the facts'.
 *
 * @param horizonYears how many years ahead obligations fall due and revenue is counted; at least 1
 */
public record ObligationRule(int horizonYears) {
  /** Five years: the span of the largest compute contracts in the bundled facts. */
  public static final ObligationRule DEFAULT = new ObligationRule(5);

  public ObligationRule {
    if (horizonYears < 1) {
      throw new IllegalArgumentException("the horizon is at least one year, was " + horizonYears);
    }
  }

  public boolean counts(SupplyDeal deal, LocalDate asOf) {
    return deal.isBinding() && deal.amountUsd() != null && dueWithin(deal.expectedClose(), asOf);
  }

  public boolean counts(Investment investment, LocalDate asOf) {
    return investment.status() == DealStatus.SIGNED && investment.isDisclosed()
        && dueWithin(investment.expectedClose(), asOf);
  }

  /**
   * Why the rule does not count the deal as an obligation, or null when it does. Supersession is
   * the fact set's to decide ({@link StressNetworks}), not this rule's.
   */
  public String whyNotAnObligation(Deal deal, LocalDate asOf) {
    if (deal instanceof SupplyDeal supply ? counts(supply, asOf) : counts((Investment) deal, asOf)) {
      return null;
    }
    if (deal instanceof Investment && deal.status() == DealStatus.CLOSED) {
      return "it is a closed investment: its money has moved, so nothing is left to pay";
    }
    if (!deal.status().isBinding()) {
      return "it is " + deal.status().label() + ", not signed, so it binds nobody yet";
    }
    LocalDate close = deal instanceof SupplyDeal s ? s.expectedClose() : ((Investment) deal).expectedClose();
    if (close != null && !dueWithin(close, asOf)) {
      return "it falls due on " + close + ", after the " + horizonYears + "-year horizon that ends on "
          + asOf.plusYears(horizonYears);
    }
    return "its amount is not disclosed";
  }

  /** What the rule counts, for errors that name what was expected. */
  public String describe() {
    return "a signed or closed supply deal or a signed investment, due within " + horizonYears + " years";
  }

  /**
   * Whether the investor holds a stake it would lose if the investee failed: a closed investment,
   * or a signed one it must still pay. DebtRank counts these as exposures beside obligations.
   */
  public boolean isStake(Investment investment) {
    // A stake of undisclosed size exposes its holder by an unknown sum: no model may guess it.
    return investment.isBinding() && investment.isDisclosed();
  }

  private boolean dueWithin(LocalDate expectedClose, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return expectedClose == null || !expectedClose.isAfter(asOf.plusYears(horizonYears));
  }
}
