package io.loopwatch.stress;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A what-if: one or more shocks landing at once, and what a default costs (Rogers–Veraart; none by
 * default). Read one with {@link ScenarioFile}, or build it from command-line shocks.
 *
 * @param name how reports call it; the shocks themselves when none is given
 */
public record Scenario(String name, List<Shock> shocks, DefaultCosts defaultCosts) {

  public Scenario {
    shocks = List.copyOf(shocks);
    if (shocks.isEmpty()) {
      throw new IllegalArgumentException("a scenario has at least one shock");
    }
    Objects.requireNonNull(defaultCosts, "defaultCosts");
    if (name == null || name.isBlank()) {
      name = shocks.stream().map(Shock::describe).collect(Collectors.joining(", "));
    }
  }

  /** The shocks alone, without default costs, named after themselves. */
  public static Scenario of(List<Shock> shocks) {
    return new Scenario(null, shocks, DefaultCosts.NONE);
  }

  public static Scenario of(Shock... shocks) {
    return of(List.of(shocks));
  }

  /** This scenario with more shocks (command-line shocks added to a file's). */
  public Scenario plus(List<Shock> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Shock> all = new java.util.ArrayList<>(shocks);
    all.addAll(more);
    return new Scenario(null, all, defaultCosts);
  }
}
