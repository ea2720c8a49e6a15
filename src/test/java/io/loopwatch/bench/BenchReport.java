package io.loopwatch.bench;

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
  static final String[] SYSTEMS = {"loopwatch", "baseline"};

  private final BenchResults results;
  private final StringBuilder md = new StringBuilder();
  private final ObjectNode json = new ObjectMapper().createObjectNode();
  private final double cap;

  private BenchReport(BenchResults results) {
    this.results = results;
    this.cap = Double.parseDouble(results.machine("cap").isEmpty() ? "0" : results.machine("cap"));
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
    figures();
    targets();
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
    md.append("\nData sets (`generate --max-loop-length 4 --seed 1`):\n\n"
        + "| data set | companies | deals | facts | planted loops | loops in the ground truth |\n|---|---|---|---|---|---|\n");
    ArrayNode sets = json.putArray("dataSets");
    for (DataSet d : results.dataSets) {
      md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d |%n", d.label(), d.companies(), d.deals(),
          d.facts(), d.loops(), d.trueLoops()));
      sets.addObject().put("label", d.label()).put("directory", d.directory()).put("companies", d.companies())
          .put("deals", d.deals()).put("facts", d.facts()).put("plantedLoops", d.loops()).put("trueLoops", d.trueLoops());
    }
    md.append('\n');
  }

  private void figures() throws IOException {
    md.append("### Figures\n\n")
        .append("Ratio = baseline ÷ Loopwatch, of time or memory: above 1, Loopwatch is faster or smaller by that factor; ")
        .append("1/N, Loopwatch takes N times as long (or as much). ")
        .append("Whole-process figures are the median of the timed runs, spread min–max. JMH figures are the mean with ")
        .append("its 99.9 % confidence interval (±) and the fastest–slowest iteration; incremental ones are percentiles of ")
        .append("every sampled update, spread min–max of the samples.\n\n")
        .append("| # | figure | Loopwatch | spread | baseline | spread | ratio |\n|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("figures");

    processRow(rows, "1", "cold start: `run` on the bundled data, process start to exit", "cold", true);
    processRow(rows, "1", "cold start without the compiled-rules cache (as on the first run after editing a rule)",
        "cold-nocache-loopwatch", "cold-baseline", true);
    for (DataSet d : results.dataSets) {
      processRow(rows, "2", "end to end: `run --format json`, " + d.label() + " deals, wall", "e2e-" + d.label(), true);
      processRow(rows, "2", "end to end: `run --format json`, " + d.label() + " deals, peak RSS", "e2e-" + d.label(), false);
    }
    for (DataSet d : results.dataSets) {
      throughputRow(rows, d);
    }
    String live = results.machine("liveSize");
    String liveDeals = results.dataSets.stream().filter(d -> d.label().equals(live)).findFirst()
        .map(d -> String.format(Locale.ROOT, "%,d", d.deals())).orElse(live);
    for (String[] p : new String[][] {{"50.0", "median"}, {"99.0", "p99"}}) {
      jmhRow(rows, "4", "incremental: one `update` to its alert delta, session over " + liveDeals + " deals, " + p[1],
          "incremental-" + live, jmh -> jmh.percentile(p[0]),
          jmh -> String.format(Locale.ROOT, "%s–%s, %,d updates sampled%s", time(jmh.min()), time(jmh.max()), jmh.samples(),
              jmh.note().isEmpty() ? "" : "; " + jmh.note()));
    }
    jmhRow(rows, "5", "compile: the bundled rules (baseline: naive-loops.drl)", "compile-bundled",
        jmh -> Optional.of(jmh.score()), this::jmhSpread);
    jmhRow(rows, "5", "compile: " + String.format(Locale.ROOT, "%,d", Integer.parseInt(results.machine("generatedRules")))
        + " generated rules (both: the same rules)", "compile-generated", jmh -> Optional.of(jmh.score()), this::jmhSpread);
    md.append('\n');
  }

  private void processRow(ArrayNode rows, String figure, String label, String id, boolean wall) throws IOException {
    processRow(rows, figure, label, id + "-loopwatch", id + "-baseline", wall);
  }

  private void processRow(ArrayNode rows, String figure, String label, String loopwatchId, String baselineId, boolean wall)
      throws IOException {
    Process[] p = {results.process(loopwatchId), results.process(baselineId)};
    List<String> cells = new ArrayList<>();
    double[] values = new double[2];
    ObjectNode row = rows.addObject().put("figure", figure).put("name", label);
    for (int i = 0; i < 2; i++) {
      Optional<Spread> s = wall ? p[i].wall() : p[i].rss();
      values[i] = s.map(Spread::median).orElse(Double.NaN);
      ObjectNode sys = row.putObject(SYSTEMS[i]).put("status", p[i].status()).put("command", p[i].command());
      if (s.isPresent()) {
        Spread spread = s.get();
        sys.put("median", spread.median()).put("min", spread.min()).put("max", spread.max()).put("runs", spread.count())
            .put("unit", wall ? "s" : "bytes");
        cells.add(wall ? time(spread.median()) : bytes(spread.median()));
        cells.add((wall ? time(spread.min()) + "–" + time(spread.max()) : bytes(spread.min()) + "–" + bytes(spread.max()))
            + " (" + spread.count() + (spread.count() == 1 ? " run)" : " runs)"));
      } else {
        cells.add(p[i].ok() ? "no samples" : missing(p[i].status(), wall ? "> " + time(cap) + " (cap)" : "over the time cap"));
        cells.add("");
      }
    }
    String ratio = wall ? ratio(values[1], values[0], p[1].capped(), p[0].capped()) : ratio(values[1], values[0], false, false);
    row.put("ratio", ratio);
    md.append("| ").append(figure).append(" | ").append(label).append(" | ").append(cells.get(0)).append(" | ")
        .append(cells.get(1)).append(" | ").append(cells.get(2)).append(" | ").append(cells.get(3)).append(" | ")
        .append(ratio).append(" |\n");
  }

  private void throughputRow(ArrayNode rows, DataSet d) throws IOException {
    Jmh[] j = {results.jmh("evaluate-" + d.label() + "-loopwatch"), results.jmh("evaluate-" + d.label() + "-baseline")};
    String label = String.format(Locale.ROOT, "throughput: `evaluate` alone, %s deals (%,d facts)", d.label(), d.facts());
    ObjectNode row = rows.addObject().put("figure", "3").put("name", label).put("facts", d.facts());
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ObjectNode sys = row.putObject(SYSTEMS[i]).put("status", j[i].status());
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
    String ratio = ratio(j[1].score(), j[0].score(), j[1].capped(), j[0].capped());
    row.put("ratio", ratio);
    md.append("| 3 | ").append(label).append(" | ").append(String.join(" | ", cells)).append(" | ").append(ratio).append(" |\n");
  }

  private void jmhRow(ArrayNode rows, String figure, String label, String id,
      Function<Jmh, Optional<Double>> value, Function<Jmh, String> spread) throws IOException {
    Jmh[] j = {results.jmh(id + "-loopwatch"), results.jmh(id + "-baseline")};
    ObjectNode row = rows.addObject().put("figure", figure).put("name", label);
    List<String> cells = new ArrayList<>();
    double[] values = new double[2];
    for (int i = 0; i < 2; i++) {
      ObjectNode sys = row.putObject(SYSTEMS[i]).put("status", j[i].status());
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
    String ratio = ratio(values[1], values[0], j[1].capped(), j[0].capped());
    row.put("ratio", ratio);
    md.append("| ").append(figure).append(" | ").append(label).append(" | ").append(String.join(" | ", cells))
        .append(" | ").append(ratio).append(" |\n");
  }

  private String jmhSpread(Jmh jmh) {
    return String.format(Locale.ROOT, "%s–%s%s (%d builds)", time(jmh.min()), time(jmh.max()), plusMinus(jmh.error()),
        jmh.samples());
  }

  /** JMH gives no confidence interval for fewer than three iterations. */
  private static String plusMinus(double error) {
    return Double.isNaN(error) ? "" : " ± " + time(error);
  }

  private void targets() throws IOException {
    DataSet largest = results.dataSets.get(results.dataSets.size() - 1);
    md.append("### Targets\n\n");
    if (!largest.label().equals("1M")) {
      md.append("The size targets are for 1 M deals; this run's largest set is ").append(largest.label())
          .append(", so they are checked against it only to exercise the report.\n\n");
    }
    md.append("| target | measured | met? | by how much |\n|---|---|---|---|\n");
    ArrayNode rows = json.putArray("targets");
    Process e2e = results.process("e2e-" + largest.label() + "-loopwatch");
    target(rows, largest.label() + " deals, JSON report, wall ≤ 5 s", e2e.wall().map(Spread::median), 5, e2e.status(), true);
    target(rows, largest.label() + " deals, JSON report, peak RSS ≤ 3 GB", e2e.rss().map(Spread::median), 3e9,
        e2e.status(), false);
    Process cold = results.process("cold-loopwatch");
    target(rows, "cold start ≤ 1.0 s", cold.wall().map(Spread::median), 1.0, cold.status(), true);
    Jmh live = results.jmh("incremental-" + results.machine("liveSize") + "-loopwatch");
    target(rows, "incremental ≤ 1 ms median", live.ok() ? live.percentile("50.0") : Optional.empty(), 1e-3,
        live.status(), true);
    List<String> recalled = new ArrayList<>();
    boolean allExact = true;
    for (DataSet d : results.dataSets) {
      Optional<Recall> r = results.recall("e2e-" + d.label() + "-loopwatch");
      allExact &= r.isPresent() && r.get().missing() == 0 && r.get().extra() == 0;
      recalled.add(d.label() + ": " + r.map(x -> String.format(Locale.ROOT, "%.2f %%, %d not loops", 100 * x.recall(), x.extra()))
          .orElse("not checked (" + results.process("e2e-" + d.label() + "-loopwatch").status() + ")"));
    }
    md.append("| loop recall 100 % at every size, no reported loop that is not one | ").append(String.join("; ", recalled))
        .append(" | ").append(allExact ? "met" : "**missed**").append(" | ")
        .append(allExact ? "exact at every size" : "see Loop recall").append(" |\n\n");
    rows.addObject().put("target", "loop recall").put("met", allExact).put("measured", String.join("; ", recalled));
  }

  private void target(ArrayNode rows, String name, Optional<Double> measured, double limit, String status, boolean time) {
    ObjectNode row = rows.addObject().put("target", name).put("limit", limit);
    if (measured.isEmpty()) {
      boolean capped = status.equals("capped");
      md.append("| ").append(name).append(" | ").append(status.equals("ok") ? "no samples" : missing(status, "over the cap")).append(" | ")
          .append(capped ? "**missed**" : "not measured").append(" | ").append(capped ? "more than the cap" : "").append(" |\n");
      row.put("met", false).put("status", status);
      return;
    }
    double v = measured.get();
    boolean met = v <= limit;
    String shown = time ? time(v) : bytes(v);
    String diff = time ? time(Math.abs(v - limit)) : bytes(Math.abs(v - limit));
    md.append("| ").append(name).append(" | ").append(shown).append(" | ").append(met ? "met" : "**missed**").append(" | ")
        .append(met ? diff + " to spare" : "over by " + diff)
        .append(String.format(Locale.ROOT, " (%.2f× the target)", v / limit)).append(" |\n");
    row.put("measured", v).put("met", met).put("ofTarget", v / limit);
  }

  private void recall() throws IOException {
    md.append("### Loop recall\n\nThe loops in each end-to-end report against the generator's `ground-truth.jsonl` "
        + "(LoopRecall). *Not loops*: reported loops absent from the ground truth.\n\n"
        + "| data set | true loops | Loopwatch: reported | missing | not loops | recall | baseline: reported | missing | not loops | recall |\n"
        + "|---|---|---|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("recall");
    for (DataSet d : results.dataSets) {
      md.append(String.format(Locale.ROOT, "| %s | %,d", d.label(), d.trueLoops()));
      ObjectNode row = rows.addObject().put("dataSet", d.label()).put("trueLoops", d.trueLoops());
      for (String system : SYSTEMS) {
        String id = "e2e-" + d.label() + "-" + system;
        Optional<Recall> r = results.recall(id);
        if (r.isPresent()) {
          Recall x = r.get();
          md.append(String.format(Locale.ROOT, " | %,d | %,d | %,d | %.2f %%", x.reported(), x.missing(), x.extra(), 100 * x.recall()));
          row.putObject(system).put("reported", x.reported()).put("missing", x.missing()).put("extra", x.extra())
              .put("recall", x.recall());
        } else {
          md.append(" | ").append(missing(results.process(id).status(), "over the cap")).append(" | | | ");
          row.putObject(system).put("status", results.process(id).status());
        }
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  private void growth() throws IOException {
    md.append("### Cost growth\n\nEach size against the one before; the exponent k in time ∝ deals^k "
        + "(1 is linear) is log(time ratio) / log(deals ratio).\n\n"
        + "| system | deals | end to end, wall | × | k | peak RSS | × | `evaluate` alone | × | k |\n"
        + "|---|---|---|---|---|---|---|---|---|---|\n");
    ArrayNode rows = json.putArray("growth");
    for (String system : SYSTEMS) {
      double[] previous = null;
      long previousDeals = 0;
      for (DataSet d : results.dataSets) {
        Process p = results.process("e2e-" + d.label() + "-" + system);
        Jmh j = results.jmh("evaluate-" + d.label() + "-" + system);
        double[] now = {p.wall().map(Spread::median).orElse(Double.NaN), p.rss().map(Spread::median).orElse(Double.NaN),
            j.ok() ? j.score() : Double.NaN};
        double dealRatio = previousDeals == 0 ? Double.NaN : (double) d.deals() / previousDeals;
        md.append("| ").append(system).append(" | ").append(d.label())
            .append(" | ").append(Double.isNaN(now[0]) ? missingOrNone(p, "> cap") : time(now[0]))
            .append(" | ").append(factor(previous, now, 0)).append(" | ").append(exponent(previous, now, 0, dealRatio))
            .append(" | ").append(Double.isNaN(now[1]) ? missingOrNone(p, "") : bytes(now[1]))
            .append(" | ").append(factor(previous, now, 1))
            .append(" | ").append(Double.isNaN(now[2]) ? missing(j.status(), "> cap") : time(now[2]))
            .append(" | ").append(factor(previous, now, 2)).append(" | ").append(exponent(previous, now, 2, dealRatio))
            .append(" |\n");
        rows.addObject().put("system", system).put("dataSet", d.label()).put("deals", d.deals())
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

  /** Baseline ÷ Loopwatch; a capped side gives a bound, both capped give none. */
  private String ratio(double baseline, double loopwatch, boolean baselineCapped, boolean loopwatchCapped) {
    if (!Double.isNaN(baseline) && !Double.isNaN(loopwatch)) {
      return ratio(baseline / loopwatch);
    }
    if (baselineCapped && !Double.isNaN(loopwatch) && cap > 0) {
      return "> " + ratio(cap / loopwatch) + " (baseline over the cap)";
    }
    if (loopwatchCapped && !Double.isNaN(baseline) && cap > 0) {
      return "< " + ratio(baseline / cap) + " (Loopwatch over the cap)";
    }
    return "n/a";
  }

  /** Below 0.1 as a fraction, 1/N: Loopwatch takes N times as long as the baseline. */
  static String ratio(double r) {
    if (r >= 10) {
      return String.format(Locale.ROOT, "%,.0f", r);
    }
    if (r >= 0.1) {
      return String.format(Locale.ROOT, "%.2f", r);
    }
    return String.format(Locale.ROOT, "1/%,.0f", 1 / r);
  }

  private static String missingOrNone(Process p, String whenCapped) {
    return p.ok() ? "n/a" : missing(p.status(), whenCapped);
  }

  private static String missing(String status, String whenCapped) {
    return switch (status) {
      case "capped" -> whenCapped;
      case "not run" -> "not run";
      default -> status;
    };
  }

  private void row(String key, String value) {
    md.append("| ").append(key).append(" | ").append(value.isBlank() ? "unknown" : value).append(" |\n");
  }

  static String time(double seconds) {
    if (Double.isNaN(seconds)) {
      return "n/a";
    }
    double a = Math.abs(seconds);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f s", seconds);
    } else if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    } else if (a >= 1e-3) {
      return String.format(Locale.ROOT, a >= 0.1 ? "%.0f ms" : "%.1f ms", seconds * 1e3);
    }
    return String.format(Locale.ROOT, a >= 1e-4 ? "%.0f µs" : "%.1f µs", seconds * 1e6);
  }

  static String bytes(double bytes) {
    return bytes >= 1e9 ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9) : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }
}
