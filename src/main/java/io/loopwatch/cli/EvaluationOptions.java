package io.loopwatch.cli;

import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import java.io.IOException;
import java.time.LocalDate;
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
    try {
      facts = input.loadFacts();
    } catch (InvalidInputException factProblems) {
      throw engine.withRuleProblems(factProblems);
    }
    return engine.get().evaluate(facts, day());
  }

  /** The day to evaluate: --as-of, or today. */
  LocalDate day() {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
