package io.loopwatch.cli;

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
}
