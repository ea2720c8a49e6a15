package io.loopwatch.bench;

import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.stress.ObligationRule;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import io.loopwatch.stress.StressNetworks;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.StressTest;
import io.loopwatch.stress.SweepResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stress benchmark of BENCHMARKS.md (src/bench/stress-benchmark.sh runs it): on a generated data
 * set, loaded once, the time to build the models' networks, one scenario (a 50 % shortfall at the
 * company owing most, on a loop) by each model, and a sweep of every company on a loop. Prints one
 * line per measurement: {@code name milliseconds [detail]}; heap figures after a full collection.
 */
public final class StressMain {
  private static final int WARMUPS = 2;
  private static final int RUNS = 5;

  private StressMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    boolean sweep = args.length < 2 || !args[1].equals("--no-sweep");
    LocalDate asOf = LocalDate.now();
    long loading = System.nanoTime();
    FactSet then = AsOfFilter.apply(FactFiles.load(data), asOf);
    report("load", loading, then.size() + " facts");

    long building = System.nanoTime();
    StressTest test = new StressTest(StressNetworks.of(then, asOf, ObligationRule.DEFAULT));
    report("networks", building, "");
    heap("heap-after-networks");

    long finding = System.nanoTime();
    List<String> onLoops = new LoopFinder(LoopFinder.DEFAULT_MAX_LENGTH).find(then).stream()
        .flatMap(loop -> loop.companies().stream()).distinct().sorted().toList();
    report("loops", finding, onLoops.size() + " companies on loops");

    String hub = owingMost(then, onLoops);
    Scenario scenario = Scenario.of(Shock.of(hub, Shock.Kind.SHORTFALL, 0.5));
    for (StressModel model : StressModel.values()) {
      for (int i = 0; i < WARMUPS; i++) {
        test.run(scenario, model);
      }
      long[] times = new long[RUNS];
      StressResult last = null;
      for (int i = 0; i < RUNS; i++) {
        long started = System.nanoTime();
        last = test.run(scenario, model);
        times[i] = System.nanoTime() - started;
      }
      Arrays.sort(times);
      System.out.printf("scenario-%s %.1f median of %d (min %.1f, max %.1f); %s: %d hurt, %d defaults, %d rounds%n",
          model.word(), times[RUNS / 2] / 1e6, RUNS, times[0] / 1e6, times[RUNS - 1] / 1e6, scenario.name(),
          last.hurt().size(), last.defaults(), last.rounds());
    }
    heap("heap-after-scenarios");
    if (sweep) {
      for (StressModel model : List.of(StressModel.CLEARING, StressModel.DEBTRANK)) {
        long sweeping = System.nanoTime();
        SweepResult result = test.sweep(onLoops, Shock.Kind.DEFAULT, 0, model);
        report("sweep-" + model.word(), sweeping, onLoops.size() + " scenarios; first: "
            + (result.ranking().isEmpty() ? "none" : result.ranking().get(0).company()));
      }
      heap("heap-after-sweeps");
    }
  }

  /** The company on a loop that owes most under binding supply deals: the largest shock one company can give. */
  private static String owingMost(FactSet facts, List<String> onLoops) {
    Map<String, Double> owed = facts.supplyDeals().stream().filter(SupplyDeal::isBinding)
        .filter(d -> d.amountUsd() != null)
        .collect(Collectors.groupingBy(SupplyDeal::buyer, Collectors.summingDouble(d -> d.amountUsd().doubleValue())));
    return onLoops.stream().max(Comparator.comparingDouble(c -> owed.getOrDefault(c, 0.0))).orElseThrow();
  }

  private static void report(String name, long started, String detail) {
    System.out.printf("%s %.1f %s%n", name, (System.nanoTime() - started) / 1e6, detail);
  }

  private static void heap(String name) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("%s %d MB used of %d MB%n", name, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
        runtime.maxMemory() >> 20);
  }
}
