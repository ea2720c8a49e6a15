package io.loopwatch.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A company's results for one period.
 *
 * @param period {@code 2025} for a fiscal year, {@code 2025-H1} or {@code 2025-Q3} for part of one
 * @param commitmentsUsd optional total of purchase and lease commitments the company has disclosed
 *     or announced
 */
public record Financials(
    String company,
    String period,
    BigDecimal revenueUsd,
    BigDecimal netIncomeUsd,
    BigDecimal commitmentsUsd,
    String note,
    List<Source> sources) {

  public Financials {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(revenueUsd, "revenueUsd");
    Objects.requireNonNull(netIncomeUsd, "netIncomeUsd");
    sources = List.copyOf(sources);
  }

  /** The key that identifies this record among all financials: {@code company/period}. */
  public String key() {
    return company + "/" + period;
  }

  /** A whole fiscal year rather than a half or a quarter. */
  public boolean isAnnual() {
    return period.length() == 4;
  }

  public boolean isLossMaking() {
    return netIncomeUsd.signum() < 0;
  }

  /** Commitments as a multiple of revenue, or 0 when either is missing or revenue is zero. */
  public double commitmentsToRevenue() {
    if (commitmentsUsd == null || revenueUsd.signum() == 0) {
      return 0;
    }
    return commitmentsUsd.divide(revenueUsd, MathContext.DECIMAL64).doubleValue();
  }
}
