package io.loopwatch.stress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario does to the deal web under one model.
 *
 * @param companies every company the scenario hit or hurt, the largest loss first (the shocked
 *     ones among them)
 * @param systemicImpact the distress the shock added, each company weighted by its revenue (DebtRank's
 *     measure; for clearing, each company's distress is its unpaid claims over its buffer, 1 when it
 *     defaults); from 0 to 1
 * @param totalLossUsd all unpaid obligations (clearing) or all buffer lost through others (DebtRank)
 * @param rounds fictitious-default rounds, or DebtRank rounds
 */
public record StressResult(
    String scenario,
    List<String> shocks,
    StressModel model,
    LocalDate asOf,
    ObligationRule rule,
    List<CompanyStress> companies,
    double systemicImpact,
    double totalLossUsd,
    int rounds) {

  public StressResult {
    Objects.requireNonNull(scenario, "scenario");
    shocks = List.copyOf(shocks);
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rule, "rule");
    companies = List.copyOf(companies);
  }

  /** The companies contagion reached: hurt, but not hit by the scenario itself. */
  public List<CompanyStress> hurt() {
    return companies.stream().filter(c -> !c.shocked()).toList();
  }

  /** How many companies contagion made default, the shocked ones not counted. */
  public long defaults() {
    return hurt().stream().filter(CompanyStress::defaulted).count();
  }
}
