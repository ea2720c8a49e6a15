package io.loopwatch.stress;

import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Financials;
import java.util.List;
import java.util.Objects;

/**
 * What a what-if scenario does to one company it did not hit itself, as a fact the rules match
 * (bundled: {@code contagion-exposure}). Inserted only when the engine runs with a scenario
 * ({@code loopwatch run --scenario}); a live session works it out again after every change.
 *
 * @param scenario the scenario's name
 * @param model the model that measured it: {@code clearing}, {@code debtrank} or {@code debtrank-linear}
 * @param origin the shocked company the loss came from (the first on {@code path})
 * @param shock what happened there, in words: {@code a 50 % shortfall}, {@code a default paying 40 %}
 * @param company the company hurt
 * @param lossUsd what it is left unpaid (clearing), or the buffer it loses (DebtRank), in USD
 * @param revenueUsd its annual revenue from its latest financials; 0 when it has none
 * @param distress the share of its net worth (clearing) or buffer (DebtRank) lost, from 0 to 1; 0
 *     when it has no revenue, against which neither model measures distress
 * @param defaulted whether the scenario makes it default
 * @param path the companies the loss travelled through, {@code origin} first and {@code company} last
 * @param deals the binding deals between consecutive companies on the path, for the alert's evidence
 * @param financials the hurt company's latest results, whose revenue the loss is measured against;
 *     empty when it has none
 */
public record StressImpact(
    String scenario,
    String model,
    String origin,
    String shock,
    String company,
    double lossUsd,
    double revenueUsd,
    double distress,
    boolean defaulted,
    List<String> path,
    List<Deal> deals,
    List<Financials> financials) {

  public StressImpact {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(company, "company");
    path = List.copyOf(path);
    deals = List.copyOf(deals);
    financials = List.copyOf(financials);
  }

  /** The loss as a share of a year's revenue (2.6 is 260 %); 0 without revenue. */
  public double lossToRevenue() {
    return revenueUsd > 0 ? lossUsd / revenueUsd : 0;
  }

  /**
   * Whether {@link #lossUsd} is money left unpaid (clearing) rather than DebtRank's distress times
   * the buffer, which no payment measures: messages must say which.
   */
  public boolean lossIsUnpaid() {
    return StressModel.CLEARING.word().equals(model);
  }

  /** How many companies the loss passed through on its way, neither end counted. */
  public int hops() {
    return Math.max(0, path.size() - 2);
  }
}
