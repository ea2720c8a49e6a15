package io.loopwatch.cli;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.suppress.Suppression;
import io.loopwatch.suppress.SuppressionFile;
import io.loopwatch.suppress.SuppressionOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Which suppressions apply and whether to show what they quiet. */
final class SuppressionOptions {

  @Option(names = "--suppressions", paramLabel = "FILE",
      description = "Suppressions file (default: suppressions.yaml in the rules directory, if present).")
  Path file;

  @Option(names = "--show-suppressed", description = "Also list the alerts that suppressions quiet.")
  boolean show;

  /** Applies the suppressions in force on the report's as-of date. */
  SuppressionOutcome apply(Report report, Path rulesDirectory) throws IOException, InvalidInputException {
    return SuppressionOutcome.apply(report, entries(rulesDirectory), report.asOf());
  }

  /** The entries in force: the named file, which must exist, or the optional default beside the rules. */
  List<Suppression> entries(Path rulesDirectory) throws IOException, InvalidInputException {
    if (file != null && !Files.isRegularFile(file)) {
      throw new InvalidInputException(List.of(new Diagnostic(file, 0, 0, "",
          "suppressions file not found; expected a YAML file with a 'suppressions:' list")));
    }
    return SuppressionFile.read(file != null ? file : rulesDirectory.resolve(SuppressionFile.DEFAULT_NAME));
  }
}
