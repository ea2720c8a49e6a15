package io.loopwatch.cli;

import io.loopwatch.check.CheckReportJson;
import io.loopwatch.check.CheckReportText;
import io.loopwatch.check.CheckResult;
import io.loopwatch.check.RuleChecker;
import io.loopwatch.check.SarifReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loopwatch check}: find mistakes in rules, rule tests and facts before an alert goes wrong. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Compile and lint the rules (metadata, unsafe calls, tests), and validate fact files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no errors (and, with --strict, no warnings)",
        "2:errors found (or warnings, with --strict)",
        "3:could not finish: out of memory, stdout not writable, or an internal error"})
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json, sarif }

  @Spec
  CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Directory of *.drl rule files, thresholds.yaml and *.test.yaml cases (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--facts", paramLabel = "PATH", arity = "1..*",
      description = "Fact files or directories to validate as well.")
  List<Path> facts = List.of();

  @Option(names = "--allow-empty",
      description = "Accept --facts paths that hold no facts at all (an empty directory); without it that is an error.")
  boolean allowEmpty;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day suppressions are judged against, yyyy-mm-dd, as run --as-of does (default: today).")
  LocalDate asOf;

  @Override
  public Integer call() throws Exception {
    CheckResult result = RuleChecker.check(rules, facts, asOf == null ? LocalDate.now() : asOf, allowEmpty);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> CheckReportJson.write(result, out);
      case sarif -> SarifReport.write(result, new Version().number(), out);
      default -> CheckReportText.write(result, out);
    }
    out.flush();
    return result.fails(strict) ? ExitCode.BAD_INPUT : ExitCode.OK;
  }
}
