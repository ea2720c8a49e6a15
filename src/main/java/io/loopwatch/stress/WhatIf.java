package io.loopwatch.stress;

import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The stress tests a caller runs on valid facts (as {@link io.loopwatch.facts.FactFiles} loads
 * them): the world as it stood on a date, a scenario checked against it, the model run. {@link
 * io.loopwatch.RiskEngine#stress} checks facts built in code first and then comes here.
 */
public final class WhatIf {
  private WhatIf() {}

  /**
   * @throws InvalidInputException if the scenario names a company or deal the facts of that date
   *     do not hold
   */
  public static StressResult run(FactSet facts, Scenario scenario, LocalDate asOf, StressModel model)
      throws InvalidInputException {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    FactSet then = AsOfFilter.apply(facts, asOf);
    ScenarioCheck.requireValid(scenario, then, asOf);
    return on(then, asOf).run(scenario, model);
  }

  /**
   * Every company on a money loop (as {@code loops} finds them, the loop rules' own search) takes
   * the shock alone; the companies are ranked by the systemic impact of theirs.
   */
  public static SweepResult sweep(FactSet facts, LocalDate asOf, Shock.Kind kind, double value, StressModel model,
      LoopFinder loops) {
    if (kind == Shock.Kind.CANCEL) {
      throw new IllegalArgumentException("a sweep shocks companies, not deals; expected shortfall, default or revenue-loss");
    }
    FactSet then = AsOfFilter.apply(facts, asOf);
    List<String> onLoops = loops.find(then).stream()
        .flatMap(loop -> loop.companies().stream())
        .distinct()
        .sorted()
        .toList();
    return on(then, asOf).sweep(onLoops, kind, value, model);
  }

  static StressTest on(FactSet then, LocalDate asOf) {
    return new StressTest(StressNetworks.of(then, Objects.requireNonNull(asOf, "asOf"), ObligationRule.DEFAULT));
  }
}
