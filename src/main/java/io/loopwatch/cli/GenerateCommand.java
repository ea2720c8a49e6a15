package io.loopwatch.cli;

import io.loopwatch.generate.GenerationResult;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import io.loopwatch.loops.LoopFinder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code loopwatch generate}: synthetic fact files with planted loops and the ground truth of every loop. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write synthetic fact files with planted money loops, and beside them ground-truth.jsonl:"
        + " every loop present (planted or by chance), found by a reference search. Same seed, same bytes.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:bad options, or the directory is not empty", "3:could not finish: out of memory, stdout not writable, or an internal error"})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--companies", paramLabel = "N", defaultValue = "1000",
      description = "Number of companies, at least 2 (default: ${DEFAULT-VALUE}).")
  int companies;

  @Option(names = "--deals", paramLabel = "M", defaultValue = "10000",
      description = "Number of investments and supply deals, the planted links included (default: ${DEFAULT-VALUE}).")
  int deals;

  @Option(names = "--loops", paramLabel = "K", defaultValue = "10",
      description = "Number of loops to plant, of lengths 2 to --max-loop-length in turn (default: ${DEFAULT-VALUE}).")
  int loops;

  @Option(names = "--max-loop-length", paramLabel = "L", defaultValue = "" + LoopFinder.DEFAULT_MAX_LENGTH,
      description = "Longest loop planted and listed in the ground truth (default: ${DEFAULT-VALUE}).")
  int maxLoopLength;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed; the same seed and options give the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Directory to write into; created if missing, and must be empty.")
  Path out;

  @Override
  public Integer call() throws Exception {
    GenerationResult result;
    try {
      result = Generator.generate(new GenerationSettings(companies, deals, loops, maxLoopLength, seed), out);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "wrote %s: %d companies, %d investments and %d supply deals in %d fact file(s)%n",
        result.directory(), result.companies(), result.investments(), result.supplyDeals(), result.factFiles().size());
    StringBuilder byLength = new StringBuilder();
    for (int i = 0; i < result.loopsByLength().size(); i++) {
      byLength.append(i == 0 ? "" : ", ").append(i + 2).append(": ").append(result.loopsByLength().get(i));
    }
    stdout.printf(Locale.ROOT, "wrote %s: %d loop(s), %d of them planted; by length %s%n",
        result.groundTruth(), result.loops(), result.plantedLoops(), byLength);
    stdout.flush();
    spec.commandLine().getErr().printf(Locale.ROOT, "reference loop search: %.2f s%n",
        result.referenceSearch().toMillis() / 1000.0);
    return ExitCode.OK;
  }
}
