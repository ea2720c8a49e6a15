package io.loopwatch.cli;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.report.JsonReport;
import io.loopwatch.report.TextReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwatch run}: evaluate the facts against the rules and print the alerts. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Evaluate the facts against the rules and report the alerts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done, no alert at or above --fail-on",
        "1:an alert at or above --fail-on was raised",
        "2:bad input: facts, rules or options",
        "3:internal error"})
final class RunCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "INFO",
      converter = SeverityConverter.class,
      description = "Only report alerts at or above this severity: INFO, LOW, MEDIUM, HIGH, CRITICAL (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
      description = "Exit with 1 when an alert at or above this severity is raised.")
  Severity failOn;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Evaluate the world as it stood on this date, yyyy-mm-dd: facts announced and events dated"
          + " later are left out, and rules measure time from it (default: today).")
  LocalDate asOf;

  @Option(names = "--max-loop-length", paramLabel = "N", defaultValue = "" + LoopFinder.DEFAULT_MAX_LENGTH,
      description = "Longest money loop to look for, in companies (default: ${DEFAULT-VALUE}).")
  int maxLoopLength;

  @Override
  public Integer call() throws Exception {
    if (maxLoopLength < 2) {
      throw new ParameterException(spec.commandLine(),
          "--max-loop-length must be at least 2 (a loop needs two companies), was " + maxLoopLength);
    }
    FactSet facts = FactFiles.load(input.facts);
    RiskEngine engine = RiskEngine.builder().rules(input.rules).maxLoopLength(maxLoopLength).build();
    Report report = engine.evaluate(facts, asOf == null ? LocalDate.now() : asOf);

    PrintWriter out = spec.commandLine().getOut();
    Report shown = report.filtered(minSeverity);
    if (format == Format.json) {
      JsonReport.write(shown, out);
    } else {
      TextReport.write(shown, out);
    }
    out.flush();
    boolean failed = failOn != null && !report.atOrAbove(failOn).isEmpty();
    return failed ? ExitCode.ALERTS : ExitCode.OK;
  }
}
