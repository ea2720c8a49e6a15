package io.loopwatch.cli;

import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.report.StressHtmlReport;
import io.loopwatch.report.StressJsonReport;
import io.loopwatch.report.StressTextReport;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.SweepResult;
import io.loopwatch.stress.WhatIf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code loopwatch stress}: what a shock does to the deal web, or which failure would hurt most. */
@Command(name = "stress", mixinStandardHelpOptions = true,
    description = "What-if: land shocks on the deal web (--shock, --scenario) and show who is hurt, most first,"
        + " by how much and along which path; or, with --sweep, shock every company on a loop alone and rank them"
        + " by systemic impact. No rules run; --rules is not read.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input: facts, scenario or options; nothing was evaluated",
        "3:could not finish: out of memory, stdout not writable, or an internal error"})
final class StressCommand implements Callable<Integer> {

  enum Format { text, json, html }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  ScenarioOptions scenario;

  @Option(names = "--sweep", paramLabel = "KIND:VALUE", arity = "0..1", fallbackValue = "default:0",
      description = "Shock every company on a loop alone (default: default:0, a failure paying nothing) and rank"
          + " them by systemic impact.")
  String sweep;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "clearing",
      description = "clearing (Eisenberg-Noe), debtrank (Battiston et al. 2012) or debtrank-linear"
          + " (Bardoscia et al. 2015) (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The world as it stood on this date, yyyy-mm-dd: later facts are left out (default: today).")
  LocalDate asOf;

  @Option(names = "--max-loop-length", paramLabel = "N", defaultValue = "" + LoopFinder.DEFAULT_MAX_LENGTH,
      description = "With --sweep: the longest money loop, in companies, whose members are shocked"
          + " (default: ${DEFAULT-VALUE}).")
  int maxLoopLength;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); a sweep prints text or json.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the result to this file (atomically) instead of stdout; never one of the inputs.")
  Path output;

  @Override
  public Integer call() throws Exception {
    new OwnInputs().facts(input.facts).file(scenario.file, "--scenario").refuseAsOutput(output, spec.commandLine());
    StressModel chosen = model();
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    if (sweep != null) {
      return sweep(chosen, day);
    }
    Scenario given = scenario.read(spec.commandLine()).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "nothing to test: give --shock COMPANY=KIND:VALUE (e.g. openai=shortfall:0.5), --scenario FILE, or --sweep"));
    FactSet facts = input.loadFacts();
    StressResult result = WhatIf.run(facts, given, day, chosen);
    OutputFile.write(output, spec.commandLine().getOut(), out -> render(result, facts, day, out));
    if (output != null) {
      spec.commandLine().getErr().println("wrote " + output + " (" + format + ", " + result.hurt().size()
          + " compan" + (result.hurt().size() == 1 ? "y" : "ies") + " hurt)");
    }
    return ExitCode.OK;
  }

  private int sweep(StressModel chosen, LocalDate day) throws Exception {
    if (scenario.given()) {
      throw new ParameterException(spec.commandLine(), "--sweep shocks each company on a loop in turn; it takes no"
          + " --shock or --scenario");
    }
    if (format == Format.html) {
      throw new ParameterException(spec.commandLine(), "--sweep prints text or json; html shows one scenario");
    }
    if (maxLoopLength < 2) {
      throw new ParameterException(spec.commandLine(),
          "--max-loop-length must be at least 2 (a loop needs two companies), was " + maxLoopLength);
    }
    if (sweep.indexOf(':') < 0) {
      throw new ParameterException(spec.commandLine(), "--sweep: expected KIND:VALUE, e.g. shortfall:0.5; found '"
          + sweep + "'; kinds are shortfall:FRACTION, default:RECOVERY, revenue-loss:FRACTION");
    }
    Shock kind = parse("any=" + sweep, "--sweep");
    if (kind.kind() == Shock.Kind.CANCEL) {
      throw new ParameterException(spec.commandLine(), "--sweep shocks companies, not deals; expected shortfall:FRACTION,"
          + " default:RECOVERY or revenue-loss:FRACTION, found '" + sweep + "'");
    }
    SweepResult result = WhatIf.sweep(input.loadFacts(), day, kind.kind(), kind.fraction(), chosen,
        new LoopFinder(maxLoopLength));
    OutputFile.write(output, spec.commandLine().getOut(), out -> {
      if (format == Format.json) {
        StressJsonReport.write(result, out);
      } else {
        StressTextReport.write(result, out);
      }
    });
    return ExitCode.OK;
  }

  private Shock parse(String text, String option) {
    try {
      return Shock.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private StressModel model() {
    try {
      return StressModel.of(model);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--model: " + e.getMessage());
    }
  }

  private void render(StressResult result, FactSet facts, LocalDate day, PrintWriter out) {
    switch (format) {
      case text -> StressTextReport.write(result, out);
      case json -> StressJsonReport.write(result, out);
      case html -> StressHtmlReport.write(result, AsOfFilter.apply(facts, day), out);
    }
  }
}
