package io.loopwatch.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    List<Source> sources)
    implements Fact {

  public Financials {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(revenueUsd, "revenueUsd");
    Objects.requireNonNull(netIncomeUsd, "netIncomeUsd");
    sources = List.copyOf(sources);
  }

  /** The id that identifies this record among all facts: {@code company/period}. */
  @Override
  public String id() {
    return company + "/" + period;
  }

  /** Always: results carry no date of their own. */
  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.empty();
  }

  /** The company the results belong to. */
  @Override
  public List<String> parties() {
    return List.of(company);
  }

  /** A whole fiscal year rather than a half or a quarter. */
  public boolean isAnnual() {
    return period.length() == 4;
  }

  /**
   * Orders periods by when they end, a whole year after its own second half and fourth quarter:
   * {@code 2025-Q1 < 2025-H1 < 2025-Q3 < 2025-H2 < 2025}. Rules use it to find the latest results;
   * comparing the period text would put {@code 2025-H1} after {@code 2025}.
   */
  public int periodRank() {
    int year = Integer.parseInt(period.substring(0, 4));
    if (isAnnual()) {
      return year * 100 + 13;
    }
    int part = period.charAt(6) - '0';
    int endMonth = period.charAt(5) == 'H' ? part * 6 : part * 3;
    return year * 100 + endMonth;
  }

  /** Revenue scaled to a year (a half counts twice, a quarter four times), for ratios against yearly figures. */
  public BigDecimal annualRevenueUsd() {
    if (isAnnual()) {
      return revenueUsd;
    }
    return revenueUsd.multiply(BigDecimal.valueOf(period.charAt(5) == 'H' ? 2 : 4));
  }

  public boolean isLossMaking() {
    return netIncomeUsd.signum() < 0;
  }

  /**
   * Commitments as a multiple of a year's revenue ({@link #annualRevenueUsd()}); 0 without
   * commitments, infinite for commitments with no revenue at all.
   */
  public double commitmentsToRevenue() {
    if (commitmentsUsd == null || commitmentsUsd.signum() == 0) {
      return 0;
    }
    if (revenueUsd.signum() == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return commitmentsUsd.divide(annualRevenueUsd(), MathContext.DECIMAL64).doubleValue();
  }
}
