package io.loopwatch.stress;

import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scenario the engine runs beside the rules, so that they can alert on its outcome: before each
 * evaluation, and in a live session after each change, the scenario runs on the facts of the day
 * and its {@link StressImpact}s go into the session.
 */
public record ScenarioRun(Scenario scenario, StressModel model) {

  public ScenarioRun {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
  }

  /**
   * The facts for the rules.
   *
   * @param then the facts as they stood on {@code asOf}
   * @throws InvalidInputException if the scenario names a company or deal {@code then} does not hold
   */
  public List<StressImpact> impacts(FactSet then, LocalDate asOf) throws InvalidInputException {
    ScenarioCheck.requireValid(scenario, then, asOf);
    return StressFacts.of(WhatIf.on(then, asOf).run(scenario, model), scenario, then);
  }

  /**
   * As {@link #impacts}, but none while the facts do not yet hold what the scenario names: a live
   * session may be given the shocked company after the scenario.
   */
  public List<StressImpact> impactsOnceKnown(FactSet then, LocalDate asOf) {
    if (!ScenarioCheck.problems(scenario, then, asOf).isEmpty()) {
      return List.of();
    }
    return StressFacts.of(WhatIf.on(then, asOf).run(scenario, model), scenario, then);
  }
}
