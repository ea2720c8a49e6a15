package io.loopwatch.cli;

import io.loopwatch.diff.DiffJson;
import io.loopwatch.diff.DiffText;
import io.loopwatch.diff.RunDiff;
import io.loopwatch.diff.SavedReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loopwatch diff A.json B.json}: what changed between two saved runs. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two reports saved with 'run --format json': alerts new, changed and gone, matched by key.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no alert is new, changed or gone", "1:something changed", "2:bad input", "3:could not finish: out of memory, stdout not writable, or an internal error"})
final class DiffCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier report (JSON).")
  Path before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later report (JSON).")
  Path after;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    RunDiff diff = RunDiff.between(SavedReport.read(before), SavedReport.read(after));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      DiffJson.write(diff, out);
    } else {
      DiffText.write(diff, out);
    }
    out.flush();
    return diff.isEmpty() ? ExitCode.OK : ExitCode.CHANGED;
  }
}
