package io.loopwatch.bench;

import static io.loopwatch.bench.BenchFormat.bytes;
import static io.loopwatch.bench.BenchFormat.missing;
import static io.loopwatch.bench.BenchFormat.ratio;
import static io.loopwatch.bench.BenchFormat.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.bench.BenchResults.DataSet;
import io.loopwatch.bench.BenchResults.Jmh;
import io.loopwatch.bench.BenchResults.Process;
import io.loopwatch.bench.BenchResults.Recall;
import io.loopwatch.bench.BenchResults.Spread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a results directory of run-benchmarks.sh into the results section of BENCHMARKS.md
 * (between the {@value #BEGIN} and {@value #END} lines; the rest of the file is left as written)
 * and writes {@code results.json}, the same figures for scripts.
 *
 * <p>{@code java ... io.loopwatch.bench.BenchReport RESULTS-DIR BENCHMARKS.md}
 */
public final class BenchReport {

  static final String BEGIN = "<!-- results:begin -->";
  static final String END = "<!-- results:end -->";

  /** A measured program: its id in the raw results' file names, and its name in the tables. */
  record Program(String id, String name) {}

  static final Program LOOPWATCH = new Program("loopwatch", "Loopwatch");
  static final Program NAIVE = new Program("baseline", "naive loops");
  static final Program HAND_WRITTEN = new Program("handwritten", "hand-written");
  /** Whole-process figures have a ratio against each; the in-process ones against the naive baseline only. */
  static final List<Program> BASELINES = List.of(NAIVE, HAND_WRITTEN);

  private final BenchResults results;
  private final StringBuilder md = new StringBuilder();
  private final ObjectNode json = new ObjectMapper().createObjectNode();

  private BenchReport(BenchResults results) {
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchReport RESULTS-DIR BENCHMARKS.md");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    BenchReport report = new BenchReport(new BenchResults(dir));
    String section = report.render();
    Path target = Path.of(args[1]);
    String text = Files.exists(target) ? Files.readString(target) : "";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String updated = begin >= 0 && end > begin
        ? text.substring(0, begin) + section + text.substring(end + END.length())
        : text + "\n" + section + "\n";
    Files.writeString(target, updated, StandardCharsets.UTF_8);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("results.json").toFile(), report.json);
  }

  String render() throws IOException {
    md.append(BEGIN).append("\n<!-- Rendered by src/bench/run-benchmarks.sh (BenchReport) from ")
        .append(results.directory).append("; rerun it rather than editing by hand. -->\n\n");
    md.append("## Results\n\n");
    if (results.machine("mode").equals("quick")) {
      md.append("**Quick mode**: small data sets and few iterations, to check the suite works; these are not the figures.\n\n");
    }
    machine();
    wholeProcess();
    inProcess();
    new BenchTargets(results, md, json.putArray("targets")).render();
    recall();
    growth();
    md.append(END);
    return md.toString();
  }

  private void machine() {
    ObjectNode m = json.putObject("machine");
    results.machine.stringPropertyNames().forEach(k -> m.put(k, results.machine(k)));
    md.append("### Machine and run\n\n| | |\n|---|---|\n");
    row("processors (`nproc`)", results.machine("nproc"));
    row("CPU", results.machine("cpu"));
    row("memory", results.machine("memory"));
    row("Java", results.machine("java") + "; " + results.machine("jvm"));
    row("OS", results.machine("os"));
    row("load average at start (1, 5, 15 min)", results.machine("load"));
    row("commit", "`" + results.machine("commit") + "`");
    row("run", results.machine("started") + " to " + results.machine("finished") + " (UTC)");
    row("wall-time tool", results.machine("timer") + "; peak RSS from `/usr/bin/time -v`");
    row("whole-process runs", results.machine("runs") + " timed runs per figure after one unmeasured run; cap "
        + results.machine("cap") + " s per process, " + results.machine("jmhCap") + " s per JMH run");
    row("JVM options", results.machine("javaOpts").isBlank() ? "none (JVM defaults)" : "`" + results.machine("javaOpts") + "`");
    String large = results.machine("largeSize");
    if (results.dataSets.stream().anyMatch(d -> d.label().equals(large))) {
      row("at " + large + " deals", (results.machine("largeJavaOpts").isBlank() ? "no further JVM options"
          : "also `" + results.machine("largeJavaOpts") + "`") + " (the generator too); " + results.machine("largeRuns")
          + (results.machine("largeRuns").equals("1") ? " timed run" : " timed runs") + " after one unmeasured run; cap "
          + results.machine("largeCap") + " s per process; no JMH figures");
    }
    md.append("\nData sets (`generate --max-loop-length 4 --seed 1`; generated once and cached, so the time to generate "
        + "is from the run that did):\n\n"
        + "| data set | companies | deals | facts | planted loops | loops in the ground truth | generated in | peak RSS |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    ArrayNode sets = json.putArray("dataSets");
    for (DataSet d : results.dataSets) {
      boolean timed = !Double.isNaN(d.generationSeconds());
      md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %s | %s |%n", d.label(), d.companies(),
          d.deals(), d.facts(), d.loops(), d.trueLoops(), timed ? time(d.generationSeconds()) : "not recorded",
          timed ? bytes(d.generationRssBytes()) : ""));
      sets.addObject().put("label", d.label()).put("directory", d.directory()).put("companies", d.companies())
          .put("deals", d.deals()).put("facts", d.facts()).put("plantedLoops", d.loops()).put("trueLoops", d.trueLoops())
          .put("generationSeconds", d.generationSeconds()).put("generationPeakRssBytes", d.generationRssBytes());
    }
    md.append('\n');
  }

  // --- figures 1 and 2: whole processes, against both baselines ------------------------------------

  private void wholeProcess() throws IOException {
    md.append("### Whole process (figures 1 and 2)\n\n")
        .append("Ratio = baseline ÷ Loopwatch, of time or memory, one column per baseline: above 1, Loopwatch is faster ")
        .append("or smaller by that factor; 1/N, Loopwatch takes N times as long (or as much). The median of the timed ")
        .append("runs, spread min–max. A baseline over the cap at one size is not run at the larger ones.\n\n")
        .append("| # | figure | Loopwatch | spread | naive loops | spread | ratio | hand-written | spread | ratio |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("wholeProcess");
    String[] coldBaselines = {"cold-baseline", "cold-handwritten"};
    processRow(rows, "1", "cold start: `bin/loopwatch run` on the bundled data (baselines: naive loops on the bundled "
        + "data; hand-written compiles its two rules, empty input)",
        "cold-cds-loopwatch", coldBaselines, true);
    processRow(rows, "1", "cold start: `java -jar target/loopwatch.jar run` on the bundled data", "cold-loopwatch",
        coldBaselines, true);
    processRow(rows, "1", "cold start without the compiled-rules cache (as on the first run after editing a rule)",
        "cold-nocache-loopwatch", coldBaselines, true);
    String large = results.machine("largeSize");
    for (DataSet d : results.dataSets) {
      String id = "e2e-" + d.label();
      String[] baselines = {id + "-baseline", id + "-handwritten"};
      String options = d.label().equals(large) && !results.machine("largeJavaOpts").isBlank()
          ? " (`" + results.machine("largeJavaOpts") + "`)" : "";
      processRow(rows, "2", "end to end: `run --format json`, " + d.label() + " deals" + options + ", wall", id + "-loopwatch",
          baselines, true);
      processRow(rows, "2", "end to end: `run --format json`, " + d.label() + " deals" + options + ", peak RSS",
          id + "-loopwatch", baselines, false);
      if (d.label().equals(results.machine("targetSize"))) {
        smallHeapRow(rows, d);
      }
    }
    md.append('\n');
  }

  private void processRow(ArrayNode rows, String figure, String label, String loopwatchId, String[] baselineIds,
      boolean wall) throws IOException {
    Process loopwatch = results.process(loopwatchId);
    ObjectNode row = rows.addObject().put("figure", figure).put("name", label).put("unit", wall ? "s" : "bytes");
    List<String> cells = new ArrayList<>(processCells(loopwatch, wall, row.putObject(LOOPWATCH.id())));
    double value = value(loopwatch, wall);
    ObjectNode ratios = row.putObject("ratios");
    for (int i = 0; i < BASELINES.size(); i++) {
      Process baseline = results.process(baselineIds[i]);
      cells.addAll(processCells(baseline, wall, row.putObject(BASELINES.get(i).id())));
      String r = wall ? processRatio(value(baseline, wall), value, baseline, loopwatch)
          : processRatio(value(baseline, wall), value, null, null);
      ratios.put(BASELINES.get(i).id(), r);
      cells.add(r);
    }
    md.append("| ").append(figure).append(" | ").append(label).append(" | ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** The value and spread cells of one program in one row. */
  private static List<String> processCells(Process p, boolean wall, ObjectNode json) {
    Optional<Spread> s = wall ? p.wall() : p.rss();
    json.put("status", p.status()).put("command", p.command());
    if (s.isEmpty()) {
      return List.of(p.ok() ? "no samples" : missing(p.status(), wall ? "> " + time(p.capSeconds()) + " (cap)" : "over the time cap"), "");
    }
    Spread spread = s.get();
    json.put("median", spread.median()).put("min", spread.min()).put("max", spread.max()).put("runs", spread.count());
    return List.of(wall ? time(spread.median()) : bytes(spread.median()),
        (wall ? time(spread.min()) + "–" + time(spread.max()) : bytes(spread.min()) + "–" + bytes(spread.max()))
            + " (" + spread.count() + (spread.count() == 1 ? " run)" : " runs)"));
  }

  private static double value(Process p, boolean wall) {
    return (wall ? p.wall() : p.rss()).map(Spread::median).orElse(Double.NaN);
  }

  /** Loopwatch at the target size with a small heap: finished or not, in one run. */
  private void smallHeapRow(ArrayNode rows, DataSet d) throws IOException {
    Process p = results.process("small-heap-" + d.label() + "-loopwatch");
    String heap = results.machine("smallHeap");
    String label = "end to end: `run --format json`, " + d.label() + " deals with `" + heap + "`: finishes? (one run)";
    ObjectNode row = rows.addObject().put("figure", "2").put("name", label);
    row.putObject(LOOPWATCH.id()).put("status", p.status()).put("command", p.command())
        .put("wallSeconds", value(p, true)).put("peakRssBytes", value(p, false));
    String cell = p.ok() ? "finished" : missing(p.status(), "> " + time(p.capSeconds()) + " (cap)");
    String spread = p.ok() ? time(value(p, true)) + ", peak RSS " + bytes(value(p, false)) : "";
    md.append("| 2 | ").append(label).append(" | ").append(cell).append(" | ").append(spread)
        .append(" | — |  |  | — |  |  |\n");
  }

  /** Baseline ÷ Loopwatch; a side over the cap (wall time only) gives a bound, both over it give none. */
  private static String processRatio(double baseline, double loopwatch, Process baselineProcess,
      Process loopwatchProcess) {
    if (!Double.isNaN(baseline) && !Double.isNaN(loopwatch)) {
      return ratio(baseline / loopwatch);
    }
    if (baselineProcess != null && baselineProcess.capped() && !Double.isNaN(loopwatch) && baselineProcess.capSeconds() > 0) {
      return "> " + ratio(baselineProcess.capSeconds() / loopwatch) + " (baseline over the cap)";
    }
    if (loopwatchProcess != null && loopwatchProcess.capped() && !Double.isNaN(baseline) && loopwatchProcess.capSeconds() > 0) {
      return "< " + ratio(baseline / loopwatchProcess.capSeconds()) + " (Loopwatch over the cap)";
    }
    return "n/a";
  }

  // --- figures 3 to 5: in process (JMH), against the naive baseline --------------------------------

  private void inProcess() throws IOException {
    md.append("### In process (figures 3 to 5)\n\n")
        .append("JMH, against the naive baseline (the hand-written program is measured as a whole process only). ")
        .append("The mean with its 99.9 % confidence interval (±) and the fastest–slowest iteration; incremental updates ")
        .append("are percentiles of every sampled update, spread min–max of the samples.\n\n")
        .append("| # | figure | Loopwatch | spread | naive loops | spread | ratio |\n|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("inProcess");
    String large = results.machine("largeSize");
    for (DataSet d : results.dataSets) {
      if (!d.label().equals(large)) {
        throughputRow(rows, d);
      }
    }
    String live = results.machine("liveSize");
    Optional<DataSet> liveSet = results.dataSets.stream().filter(d -> d.label().equals(live)).findFirst();
    String liveDeals = liveSet.map(d -> String.format(Locale.ROOT, "%,d", d.deals())).orElse(live);
    String liveFacts = liveSet.map(d -> String.format(Locale.ROOT, " (%,d facts)", d.facts())).orElse("");
    jmhRow(rows, "4", "live session: `insertAll` of the " + live + " set" + liveFacts + " into a new session "
        + "(baseline: insert into a new stateful session and fire)", "insertall-" + live,
        jmh -> Optional.of(jmh.score()), jmh -> jmhSpread(jmh, "calls"));
    for (String[] p : new String[][] {{"50.0", "median"}, {"99.0", "p99"}}) {
      jmhRow(rows, "4", "live session: one `update` to its alert delta, session over " + liveDeals + " deals, " + p[1],
          "incremental-" + live, jmh -> jmh.percentile(p[0]),
          jmh -> String.format(Locale.ROOT, "%s–%s, %,d updates sampled%s", time(jmh.min()), time(jmh.max()), jmh.samples(),
              jmh.note().isEmpty() ? "" : "; " + jmh.note()));
    }
    jmhRow(rows, "5", "compile: the bundled rules (baseline: naive-loops.drl)", "compile-bundled",
        jmh -> Optional.of(jmh.score()), jmh -> jmhSpread(jmh, "builds"));
    String generated = results.machine("generatedRules").isBlank() ? "the generated"
        : String.format(Locale.ROOT, "%,d", Integer.parseInt(results.machine("generatedRules")));
    jmhRow(rows, "5", "compile: " + generated + " generated rules (both: the same rules)", "compile-generated",
        jmh -> Optional.of(jmh.score()), jmh -> jmhSpread(jmh, "builds"));
    md.append('\n');
  }

  private void throughputRow(ArrayNode rows, DataSet d) throws IOException {
    Jmh[] j = {results.jmh("evaluate-" + d.label() + "-loopwatch"), results.jmh("evaluate-" + d.label() + "-baseline")};
    String label = String.format(Locale.ROOT, "throughput: `evaluate` alone, %s deals (%,d facts)", d.label(), d.facts());
    ObjectNode row = rows.addObject().put("figure", "3").put("name", label).put("facts", d.facts());
    List<String> cells = new ArrayList<>();
    Program[] programs = {LOOPWATCH, NAIVE};
    for (int i = 0; i < 2; i++) {
      ObjectNode sys = row.putObject(programs[i].id()).put("status", j[i].status());
      if (j[i].ok()) {
        double perSecond = d.facts() / j[i].score();
        sys.put("factsPerSecond", perSecond).put("secondsPerEvaluation", j[i].score()).put("error", j[i].error())
            .put("fastest", j[i].min()).put("slowest", j[i].max());
        cells.add(String.format(Locale.ROOT, "%,.0f facts/s", perSecond));
        cells.add(String.format(Locale.ROOT, "%s%s per evaluation; %,.0f–%,.0f facts/s", time(j[i].score()),
            plusMinus(j[i].error()), d.facts() / j[i].max(), d.facts() / j[i].min()));
      } else {
        cells.add(missing(j[i].status(), "over the JMH cap"));
        cells.add("");
      }
    }
    String ratio = j[0].ok() && j[1].ok() ? ratio(j[1].score() / j[0].score()) : "n/a";
    row.put("ratio", ratio);
    md.append("| 3 | ").append(label).append(" | ").append(String.join(" | ", cells)).append(" | ").append(ratio).append(" |\n");
  }

  private void jmhRow(ArrayNode rows, String figure, String label, String id,
      Function<Jmh, Optional<Double>> value, Function<Jmh, String> spread) throws IOException {
    Jmh[] j = {results.jmh(id + "-loopwatch"), results.jmh(id + "-baseline")};
    ObjectNode row = rows.addObject().put("figure", figure).put("name", label);
    List<String> cells = new ArrayList<>();
    double[] values = new double[2];
    Program[] programs = {LOOPWATCH, NAIVE};
    for (int i = 0; i < 2; i++) {
      ObjectNode sys = row.putObject(programs[i].id()).put("status", j[i].status());
      Optional<Double> v = j[i].ok() ? value.apply(j[i]) : Optional.empty();
      values[i] = v.orElse(Double.NaN);
      if (v.isPresent()) {
        sys.put("seconds", v.get()).put("fastest", j[i].min()).put("slowest", j[i].max()).put("error", j[i].error())
            .put("samples", j[i].samples());
        cells.add(time(v.get()));
        cells.add(spread.apply(j[i]));
      } else {
        cells.add(missing(j[i].status(), "over the JMH cap"));
        cells.add("");
      }
    }
    String ratio = Double.isNaN(values[0]) || Double.isNaN(values[1]) ? "n/a" : ratio(values[1] / values[0]);
    row.put("ratio", ratio);
    md.append("| ").append(figure).append(" | ").append(label).append(" | ").append(String.join(" | ", cells))
        .append(" | ").append(ratio).append(" |\n");
  }

  private static String jmhSpread(Jmh jmh, String what) {
    return String.format(Locale.ROOT, "%s–%s%s (%d %s)", time(jmh.min()), time(jmh.max()), plusMinus(jmh.error()),
        jmh.samples(), what);
  }

  /** JMH gives no confidence interval for fewer than three iterations. */
  private static String plusMinus(double error) {
    return Double.isNaN(error) ? "" : " ± " + time(error);
  }

  // --- loop recall and cost growth -----------------------------------------------------------------

  private void recall() throws IOException {
    md.append("### Loop recall\n\nThe loops in each end-to-end report against the generator's `ground-truth.jsonl` "
        + "(LoopRecall); the hand-written program's against the ground truth's loops of three companies, the only ones "
        + "its loop rule looks for. *Not loops*: reported loops absent from the ground truth.\n\n"
        + "| data set | program | true loops | reported | missing | not loops | recall |\n|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("recall");
    for (DataSet d : results.dataSets) {
      for (Program program : List.of(LOOPWATCH, NAIVE, HAND_WRITTEN)) {
        String id = "e2e-" + d.label() + "-" + program.id();
        Optional<Recall> r = results.recall(id);
        String name = program == HAND_WRITTEN ? program.name() + " (loops of 3)" : program.name();
        ObjectNode row = rows.addObject().put("dataSet", d.label()).put("program", program.id());
        if (r.isPresent()) {
          Recall x = r.get();
          md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %,d | %.2f %% |%n", d.label(), name,
              x.expected(), x.reported(), x.missing(), x.extra(), 100 * x.recall()));
          row.put("expected", x.expected()).put("reported", x.reported()).put("missing", x.missing())
              .put("extra", x.extra()).put("recall", x.recall());
        } else {
          String status = results.process(id).status();
          md.append("| ").append(d.label()).append(" | ").append(name).append(" | | ")
              .append(status.equals("ok") ? "not checked" : missing(status, "over the cap")).append(" | | | |\n");
          row.put("status", status);
        }
      }
    }
    md.append('\n');
  }

  private void growth() throws IOException {
    md.append("### Cost growth\n\nEach size against the one before; the exponent k in time ∝ deals^k "
        + "(1 is linear) is log(time ratio) / log(deals ratio).\n\n"
        + "| program | deals | end to end, wall | × | k | peak RSS | × | `evaluate` alone | × | k |\n"
        + "|---|---|---|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("growth");
    for (Program program : List.of(LOOPWATCH, NAIVE, HAND_WRITTEN)) {
      double[] previous = null;
      long previousDeals = 0;
      for (DataSet d : results.dataSets) {
        Process p = results.process("e2e-" + d.label() + "-" + program.id());
        Jmh j = results.jmh("evaluate-" + d.label() + "-" + program.id());
        double[] now = {value(p, true), value(p, false), j.ok() ? j.score() : Double.NaN};
        double dealRatio = previousDeals == 0 ? Double.NaN : (double) d.deals() / previousDeals;
        String evaluate = program == HAND_WRITTEN ? "—" : Double.isNaN(now[2]) ? missing(j.status(), "> cap") : time(now[2]);
        md.append("| ").append(program.name()).append(" | ").append(d.label())
            .append(" | ").append(Double.isNaN(now[0]) ? missingOrNone(p, "> cap") : time(now[0]))
            .append(" | ").append(factor(previous, now, 0)).append(" | ").append(exponent(previous, now, 0, dealRatio))
            .append(" | ").append(Double.isNaN(now[1]) ? (p.capped() ? "" : missingOrNone(p, "")) : bytes(now[1]))
            .append(" | ").append(factor(previous, now, 1))
            .append(" | ").append(evaluate)
            .append(" | ").append(factor(previous, now, 2)).append(" | ").append(exponent(previous, now, 2, dealRatio))
            .append(" |\n");
        rows.addObject().put("program", program.id()).put("dataSet", d.label()).put("deals", d.deals())
            .put("wallSeconds", now[0]).put("peakRssBytes", now[1]).put("evaluateSeconds", now[2]);
        previous = now;
        previousDeals = d.deals();
      }
    }
    md.append('\n');
  }

  private static String factor(double[] previous, double[] now, int i) {
    if (previous == null || Double.isNaN(previous[i]) || Double.isNaN(now[i])) {
      return "";
    }
    return String.format(Locale.ROOT, "%.1f×", now[i] / previous[i]);
  }

  private static String exponent(double[] previous, double[] now, int i, double dealRatio) {
    if (previous == null || Double.isNaN(previous[i]) || Double.isNaN(now[i])) {
      return "";
    }
    return String.format(Locale.ROOT, "%.2f", Math.log(now[i] / previous[i]) / Math.log(dealRatio));
  }

  private static String missingOrNone(Process p, String whenCapped) {
    return p.ok() ? "n/a" : missing(p.status(), whenCapped);
  }

  private void row(String key, String value) {
    md.append("| ").append(key).append(" | ").append(value.isBlank() ? "unknown" : value).append(" |\n");
  }
}
