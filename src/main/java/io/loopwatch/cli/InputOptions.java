package io.loopwatch.cli;

import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the rules and facts come from; shared by every command that reads them. */
final class InputOptions {

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Directory of *.drl rule files and thresholds.yaml (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--facts", paramLabel = "PATH", arity = "1..*", defaultValue = "facts",
      description = "Fact files (.json, .yaml, .yml) or directories of them, merged (default: ${DEFAULT-VALUE}).")
  List<Path> facts;

  @Option(names = "--allow-empty",
      description = "Accept --facts paths that hold no facts at all (an empty directory); without it that is an error.")
  boolean allowEmpty;

  /** The facts named by --facts, refusing none at all unless --allow-empty. */
  FactSet loadFacts() throws IOException, InvalidInputException {
    return allowEmpty ? FactFiles.loadAllowingEmpty(facts) : FactFiles.load(facts);
  }
}
