package io.loopwatch.cli;

import io.loopwatch.Report;
import io.loopwatch.diff.RunDiff;
import io.loopwatch.diff.SavedReport;
import io.loopwatch.suppress.SuppressionOutcome;
import io.loopwatch.Severity;
import io.loopwatch.report.HtmlReport;
import io.loopwatch.report.JsonLinesReport;
import io.loopwatch.report.JsonReport;
import io.loopwatch.report.MarkdownReport;
import io.loopwatch.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwatch run}: evaluate the facts against the rules and report the alerts. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Evaluate the facts against the rules and report the alerts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done, no alert at or above --fail-on",
        "1:an alert at or above --fail-on was raised",
        "2:bad input: facts, rules or options",
        "3:could not finish: --timeout passed, out of memory, stdout not writable, or an internal error"})
final class RunCommand implements Callable<Integer> {

  enum Format { text, json, jsonl, markdown, html }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  EvaluationOptions evaluation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to this file (atomically) instead of stdout; never one of the run's inputs.")
  Path output;

  @Option(names = "--explain",
      description = "In text, follow each alert with its explanation: rule, path, thresholds, facts and sources."
          + " The other formats always include explanations.")
  boolean explain;

  @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "INFO",
      converter = SeverityConverter.class,
      description = "Only report alerts at or above this severity: INFO, LOW, MEDIUM, HIGH, CRITICAL (default: ${DEFAULT-VALUE}).")
  Severity minSeverity;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
      description = "Exit with 1 when an alert at or above this severity is raised.")
  Severity failOn;

  @Mixin
  SuppressionOptions suppressions;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A report saved earlier with --format json: mark each alert new, unchanged or changed, and list"
          + " the baseline's alerts that are gone.")
  Path baseline;

  @Override
  public Integer call() throws Exception {
    new OwnInputs().rules(input.rules).facts(input.facts).file(suppressions.file, "--suppressions")
        .file(baseline, "--baseline").file(evaluation.scenario.file, "--scenario").refuseAsOutput(output, spec.commandLine());
    Report evaluated = evaluation.evaluate(input, spec.commandLine());
    SuppressionOutcome suppression = suppressions.apply(evaluated, input.rules);
    suppression.warnings().forEach(spec.commandLine().getErr()::println);
    Report report = suppression.report();
    if ((baseline != null || suppressions.show) && format != Format.text && format != Format.json) {
      throw new ParameterException(spec.commandLine(), "--baseline and --show-suppressed work with --format text"
          + " and json; " + format + " shows the alerts in force only");
    }
    // Suppressed alerts are still there, only quiet: they are not "gone" since the baseline.
    RunDiff diff = baseline == null ? null : RunAnnotations.diffAgainst(SavedReport.read(baseline), evaluated.alerts());
    RunAnnotations annotations = new RunAnnotations(suppression, suppressions.show, diff);
    Report shown = report.filtered(minSeverity);
    OutputFile.write(output, spec.commandLine().getOut(), out -> render(shown, annotations, out));
    if (output != null) {
      spec.commandLine().getErr().println("wrote " + output + " (" + format + ", " + shown.alerts().size() + " alert(s))");
    }
    boolean failed = failOn != null && !report.atOrAbove(failOn).isEmpty();
    return failed ? ExitCode.ALERTS : ExitCode.OK;
  }

  private void render(Report report, RunAnnotations annotations, PrintWriter out) {
    switch (format) {
      case text -> {
        TextReport.write(report, explain, out);
        annotations.text(out);
      }
      case json -> JsonReport.write(report, annotations.json(), out);
      case jsonl -> JsonLinesReport.write(report, out);
      case markdown -> {
        MarkdownReport.write(report, out);
        annotations.markdown(out);
      }
      case html -> out.print(annotations.html(HtmlReport.toHtml(report)));
    }
  }
}
