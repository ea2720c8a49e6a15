package io.loopwatch.cli;

import io.loopwatch.InvalidInputException;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioFile;
import io.loopwatch.stress.Shock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** A what-if scenario from the command line: shared by {@code stress} and the commands that evaluate rules. */
final class ScenarioOptions {

  @Option(names = "--shock", paramLabel = "COMPANY=KIND:VALUE",
      description = "A stress shock, repeatable: shortfall:FRACTION (pays only 1 - FRACTION of what it owes),"
          + " default:RECOVERY (pays RECOVERY of it), revenue-loss:FRACTION, cancel:DEAL_ID."
          + " E.g. openai=shortfall:0.5.")
  List<String> shocks = new ArrayList<>();

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "A stress scenario file (YAML or JSON): shocks and optional Rogers-Veraart default costs;"
          + " --shock adds to it.")
  Path file;

  boolean given() {
    return file != null || !shocks.isEmpty();
  }

  /** The scenario given, or empty; a bad shock is a bad option, a bad file a list of problems at their lines. */
  Optional<Scenario> read(CommandLine command) throws IOException, InvalidInputException {
    List<Shock> given = new ArrayList<>();
    for (String text : shocks) {
      try {
        given.add(Shock.parse(text));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command, "--shock: " + e.getMessage());
      }
    }
    if (file != null) {
      return Optional.of(ScenarioFile.read(file).plus(given));
    }
    return given.isEmpty() ? Optional.empty() : Optional.of(Scenario.of(given));
  }
}
