package io.loopwatch.stress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every company on a loop shocked alone, ranked by what its failure would do to the rest:
 * "which failure would hurt most".
 *
 * @param shock the shock each company took in turn, as {@code KIND:VALUE}
 * @param ranking the most systemic first
 */
public record SweepResult(StressModel model, String shock, LocalDate asOf, List<Entry> ranking) {

  public SweepResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(shock, "shock");
    Objects.requireNonNull(asOf, "asOf");
    ranking = List.copyOf(ranking);
  }

  /**
   * One company's scenario, summed up.
   *
   * @param mostHurt the company that lost most, or null when nobody did
   */
  public record Entry(String company, String name, double systemicImpact, double totalLossUsd, int companiesHurt,
      long defaults, String mostHurt) {}
}
