package io.loopwatch.stress;

import java.util.List;
import java.util.Objects;

/**
 * How one company fares in a scenario.
 *
 * @param shocked whether the scenario itself hit it (rather than contagion)
 * @param lossUsd what it loses through others: obligations to it left unpaid (clearing), or the
 *     distress spreading added times its buffer (DebtRank)
 * @param revenueUsd its annual revenue from its latest financials; 0 when it has none
 * @param distress how much of its buffer is gone, from 0 to 1; 1 is failure. 0 for a company
 *     without revenue, whose distress neither model can measure (DebtRank has no buffer for it;
 *     clearing would measure it against its net claims alone): see {@link #distressMeasured()}
 * @param defaultRound the fictitious-default round it defaulted in (0: the scenario made it), or
 *     -1 if it did not; DebtRank reports 0 for a company pushed to distress 1
 * @param owesUsd everything it owes under the obligation rule
 * @param shortfallUsd what it owes and does not pay (clearing); 0 under DebtRank
 * @param forgoneUsd what was owed to it under deals it cancelled itself: its own doing, so not in
 *     {@code lossUsd}
 * @param path the companies the loss travelled through, from a shocked company to this one
 */
public record CompanyStress(
    String company,
    String name,
    boolean shocked,
    double lossUsd,
    double revenueUsd,
    double distress,
    int defaultRound,
    double owesUsd,
    double shortfallUsd,
    double forgoneUsd,
    List<String> path) {

  public CompanyStress {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(name, "name");
    path = List.copyOf(path);
  }

  public boolean defaulted() {
    return defaultRound >= 0;
  }

  public boolean hasRevenue() {
    return revenueUsd > 0;
  }

  /** Whether {@link #distress} means anything: only with revenue on file to measure it against. */
  public boolean distressMeasured() {
    return hasRevenue();
  }

  /** The loss as a share of a year's revenue (1.0 is a whole year's); 0 without revenue. */
  public double lossToRevenue() {
    return hasRevenue() ? lossUsd / revenueUsd : 0;
  }

  /** The company the loss came from most directly: the one before it on the path, or itself. */
  public String cause() {
    return path.size() > 1 ? path.get(path.size() - 2) : company;
  }
}
