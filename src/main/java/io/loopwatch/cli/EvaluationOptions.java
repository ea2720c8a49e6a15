package io.loopwatch.cli;

import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioRun;
import io.loopwatch.stress.StressModel;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How to evaluate: the day rules measure time from, the longest loop and the limits; shared by run, explain and graph. */
final class EvaluationOptions {

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Evaluate the world as it stood on this date, yyyy-mm-dd: facts announced and events dated"
          + " later are left out, and rules measure time from it (default: today).")
  LocalDate asOf;

  @Option(names = "--firing-limit", paramLabel = "N", defaultValue = "" + RiskEngine.Builder.DEFAULT_FIRING_LIMIT,
      description = "Stop a rule set that fires more often than this, naming the rule that keeps re-triggering"
          + " (default: ${DEFAULT-VALUE}).")
  int firingLimit;

  @Option(names = "--max-loop-length", paramLabel = "N", defaultValue = "" + LoopFinder.DEFAULT_MAX_LENGTH,
      description = "Longest money loop to look for, in companies (default: ${DEFAULT-VALUE}).")
  int maxLoopLength;

  @Mixin
  TimeoutOption timeout = new TimeoutOption();

  @Mixin
  ScenarioOptions scenario = new ScenarioOptions();

  @Option(names = "--stress-model", paramLabel = "MODEL", defaultValue = "clearing",
      description = "With --shock or --scenario: the model whose outcome the rules see, clearing, debtrank or"
          + " debtrank-linear (default: ${DEFAULT-VALUE}).")
  String stressModel;

  /** Loads the facts while the rules compile, then evaluates them. */
  Report evaluate(InputOptions input, CommandLine command) throws IOException, InvalidInputException {
    if (maxLoopLength < 2) {
      throw new ParameterException(command,
          "--max-loop-length must be at least 2 (a loop needs two companies), was " + maxLoopLength);
    }
    if (firingLimit < 1) {
      throw new ParameterException(command, "--firing-limit must be positive, was " + firingLimit);
    }
    EngineInBackground engine = EngineInBackground.start(timeout.applyTo(RulesCacheDirectory.engineBuilder().rules(input.rules)
        .maxLoopLength(maxLoopLength).firingLimit(firingLimit)));
    FactSet facts;
    Optional<Scenario> given;
    try {
      given = scenario.read(command);
      facts = input.loadFacts();
    } catch (InvalidInputException inputProblems) {
      throw engine.withRuleProblems(inputProblems);
    }
    ScenarioRun run = given.map(s -> new ScenarioRun(s, model(command))).orElse(null);
    return engine.get().withScenario(run).evaluate(facts, day());
  }

  private StressModel model(CommandLine command) {
    try {
      return StressModel.of(stressModel);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, "--stress-model: " + e.getMessage());
    }
  }

  /** The day to evaluate: --as-of, or today. */
  LocalDate day() {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
