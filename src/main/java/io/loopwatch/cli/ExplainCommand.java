package io.loopwatch.cli;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.report.ExplanationText;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwatch explain KEY}: why one alert fired, in full. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain one alert: its rule, the loop's path, the thresholds it crossed, and every fact with its sources."
        + " Alert keys are printed by 'run' (text and every other format).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "2:unknown alert key, or bad facts, rules or options", "3:could not finish: --timeout passed, out of memory, stdout not writable, or an internal error"})
final class ExplainCommand implements Callable<Integer> {

  private static final int SUGGESTIONS = 5;
  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  EvaluationOptions evaluation;

  @Parameters(paramLabel = "ALERT-KEY", description = "The alert's key, e.g. circular-loop:loop:nvidia>openai>oracle")
  String key;

  @Override
  public Integer call() throws Exception {
    Report report = evaluation.evaluate(input, spec.commandLine());
    Optional<Alert> alert = report.alert(key);
    if (alert.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      reportUnknownKey(key, report, err);
      err.println("'loopwatch run' lists every alert with its key.");
      return ExitCode.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    Alert found = alert.get();
    out.println(found.severity() + "  " + found.key());
    out.println(found.message());
    new ExplanationText(report.facts()).write(found, "", out);
    out.flush();
    return ExitCode.OK;
  }

  /** Says that no alert has this key, and which keys come closest. */
  static void reportUnknownKey(String typed, Report report, PrintWriter err) {
    err.println("error: no alert has the key '" + typed + "' (" + report.alerts().size() + " alert(s) as of "
        + report.asOf() + ")");
    List<String> close = closest(typed, report);
    if (!close.isEmpty()) {
      err.println("Did you mean one of these?");
      close.forEach(k -> err.println("  " + k));
    }
  }

  /**
   * The keys nearest to what was typed: those that contain it or share its rule first, then by
   * edit distance, so a typo or a partial key still finds its alert.
   */
  static List<String> closest(String typed, Report report) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    return report.alerts().stream()
        .map(Alert::key)
        .distinct()
        .sorted(Comparator.comparingInt((String k) -> k.contains(wanted) ? 0 : 1)
            .thenComparingInt(k -> k.startsWith(wanted.split(":")[0] + ":") ? 0 : 1)
            .thenComparingInt(k -> EDITS.apply(wanted, k))
            .thenComparing(Comparator.naturalOrder()))
        .limit(SUGGESTIONS)
        .toList();
  }
}
