package io.loopwatch.bench;

import static io.loopwatch.bench.BenchFormat.bytes;
import static io.loopwatch.bench.BenchFormat.missing;
import static io.loopwatch.bench.BenchFormat.time;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.bench.BenchResults.DataSet;
import io.loopwatch.bench.BenchResults.Jmh;
import io.loopwatch.bench.BenchResults.Process;
import io.loopwatch.bench.BenchResults.Recall;
import io.loopwatch.bench.BenchResults.Spread;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The Targets table of the report: the targets of issue 13, each with what was measured, its limit,
 * whether it was met and by how much. Relative targets (a fraction of the hand-written program's
 * figure) take their limit from the same run.
 */
final class BenchTargets {

  /** 12 GB, in bytes (1 GB = 10⁹ bytes). */
  static final double LARGE_RSS_LIMIT = 12e9;
  static final double LARGE_GROWTH_LIMIT = 1.1;

  private final BenchResults results;
  private final StringBuilder md;
  private final ArrayNode rows;

  BenchTargets(BenchResults results, StringBuilder md, ArrayNode rows) {
    this.results = results;
    this.md = md;
    this.rows = rows;
  }

  void render() throws IOException {
    String target = or(results.machine("targetSize"), "1M");
    String large = or(results.machine("largeSize"), "10M");
    md.append("### Targets\n\n");
    if (!target.equals("1M")) {
      md.append("The size targets name 1 M and 10 M deals; this run checks them on ").append(target).append(" and ")
          .append(large).append(" only to exercise the report.\n\n");
    }
    md.append("The targets of issue 13. Relative limits are the hand-written program's figure from this run times the "
        + "factor; 1 GB = 10⁹ bytes.\n\n| target | measured | limit | met? | margin |\n|---|---|---|---|---|\n");

    Optional<DataSet> atTarget = dataSet(target);
    if (atTarget.isPresent()) {
      Process loopwatch = results.process("e2e-" + target + "-loopwatch");
      Process handWritten = results.process("e2e-" + target + "-handwritten");
      relative(target + " deals, JSON report: wall ≤ 0.5× the hand-written program's", loopwatch, handWritten, 0.5,
          true);
      relative(target + " deals, JSON report: peak RSS ≤ 1.0× the hand-written program's", loopwatch, handWritten, 1.0,
          false);
      Process small = results.process("small-heap-" + target + "-loopwatch");
      String heap = or(results.machine("smallHeap"), "-Xmx1500m");
      boolean finished = small.ok();
      row(target + " deals, JSON report: finishes with `" + heap + "`",
          finished ? "finished in " + small.wall().map(s -> time(s.median())).orElse("n/a") + ", peak RSS "
              + small.rss().map(s -> bytes(s.max())).orElse("n/a") : missing(small.status(), "over the cap"),
          "finishes", small.status().equals("not run") ? null : finished, "", Double.NaN, Double.NaN);
    } else {
      notMeasured(target + " deals (wall, peak RSS, small heap)", "--sizes left out " + target);
    }

    Optional<DataSet> atLarge = dataSet(large);
    if (atLarge.isPresent()) {
      Process p = results.process("e2e-" + large + "-loopwatch");
      Optional<Double> rss = p.rss().map(Spread::max);
      if (rss.isPresent()) {
        absolute(large + " deals: finishes within 12 GB of peak RSS (largest of its runs)", rss.get(),
            LARGE_RSS_LIMIT, BenchFormat::bytes);
      } else {
        row(large + " deals: finishes within 12 GB of peak RSS", missing(p.status(), "over the cap"), "12.00 GB",
            judged(p.status()), "", Double.NaN, LARGE_RSS_LIMIT);
      }
      Optional<Double> k = atTarget.isPresent() ? growth(atTarget.get(), atLarge.get()) : Optional.empty();
      String name = large + " deals: cost growth k ≤ 1.1 from " + target + " to " + large + " (end to end, wall)";
      if (k.isPresent()) {
        // An exponent, not an amount: its margin is a difference only.
        boolean met = k.get() <= LARGE_GROWTH_LIMIT;
        double gap = Math.abs(LARGE_GROWTH_LIMIT - k.get());
        row(name, String.format(Locale.ROOT, "%.2f", k.get()), "1.10", met,
            String.format(Locale.ROOT, met ? "%.2f to spare" : "over by %.2f", gap), k.get(), LARGE_GROWTH_LIMIT);
      } else {
        row(name, "n/a: needs both sizes measured", "1.10", null, "", Double.NaN, LARGE_GROWTH_LIMIT);
      }
    } else {
      notMeasured(large + " deals (peak RSS, cost growth)", "run with --with-10m");
    }

    relative("cold start: `bin/loopwatch run` on the bundled data ≤ 0.35× the hand-written program's compile-and-exit",
        results.process("cold-cds-loopwatch"), results.process("cold-handwritten"), 0.35, true);

    String live = results.machine("liveSize");
    Jmh insert = results.jmh("insertall-" + live + "-loopwatch");
    jmhTarget("live session: `insertAll` of the " + live + " set ≤ 3 s (mean)", insert,
        insert.ok() ? Optional.of(insert.score()) : Optional.empty(), 3);
    Jmh update = results.jmh("incremental-" + live + "-loopwatch");
    jmhTarget("live session: one update to its alert delta ≤ 0.5 ms median", update,
        update.ok() ? update.percentile("50.0") : Optional.empty(), 0.5e-3);
    jmhTarget("live session: one update to its alert delta ≤ 2 ms p99", update,
        update.ok() ? update.percentile("99.0") : Optional.empty(), 2e-3);
    recall();
    md.append('\n');
  }

  /** Loopwatch's figure against a fraction of the hand-written program's, from the same run. */
  private void relative(String name, Process loopwatch, Process handWritten, double factor, boolean wall) {
    DoubleFunction<String> unit = wall ? BenchFormat::time : BenchFormat::bytes;
    Optional<Double> measured = (wall ? loopwatch.wall() : loopwatch.rss()).map(Spread::median);
    Optional<Double> base = (wall ? handWritten.wall() : handWritten.rss()).map(Spread::median);
    String factorText = String.format(Locale.ROOT, "%.2f×", factor);
    if (measured.isEmpty()) {
      row(name, missing(loopwatch.status(), "over the cap"),
          base.map(b -> factorText + " " + unit.apply(b) + " = " + unit.apply(factor * b)).orElse(""),
          judged(loopwatch.status()), "", Double.NaN, Double.NaN);
      return;
    }
    double v = measured.get();
    if (base.isPresent()) {
      double limit = factor * base.get();
      boolean met = v <= limit;
      row(name, unit.apply(v) + String.format(Locale.ROOT, " (%.2f× the hand-written program's)", v / base.get()),
          factorText + " " + unit.apply(base.get()) + " = " + unit.apply(limit), met, margin(v, limit, met, unit), v, limit);
    } else if (wall && handWritten.capped()) {
      // The hand-written program took longer than its cap: the limit is more than factor × cap.
      double bound = factor * handWritten.capSeconds();
      boolean met = v <= bound;
      row(name, unit.apply(v), "> " + factorText + " " + time(handWritten.capSeconds()) + " (hand-written over the cap)",
          met ? true : null, met ? "at least " + time(bound - v) + " to spare" : "unknown: the limit is above "
              + time(bound), v, Double.NaN);
    } else {
      row(name, unit.apply(v), "n/a: hand-written " + missing(handWritten.status(), "over the cap"), null, "", v,
          Double.NaN);
    }
  }

  private void absolute(String name, double v, double limit, DoubleFunction<String> unit) {
    boolean met = v <= limit;
    row(name, unit.apply(v), unit.apply(limit), met, margin(v, limit, met, unit), v, limit);
  }

  private void jmhTarget(String name, Jmh jmh, Optional<Double> measured, double limit) {
    if (measured.isPresent()) {
      absolute(name, measured.get(), limit, BenchFormat::time);
    } else {
      row(name, missing(jmh.status(), "over the JMH cap"), time(limit), judged(jmh.status()), "", Double.NaN, limit);
    }
  }

  private void recall() throws IOException {
    List<String> recalled = new ArrayList<>();
    boolean allExact = true;
    for (DataSet d : results.dataSets) {
      Optional<Recall> r = results.recall("e2e-" + d.label() + "-loopwatch");
      allExact &= r.isPresent() && r.get().missing() == 0 && r.get().extra() == 0;
      recalled.add(d.label() + ": " + r.map(x -> String.format(Locale.ROOT, "%.2f %%, %d not loops", 100 * x.recall(), x.extra()))
          .orElse("not checked (" + results.process("e2e-" + d.label() + "-loopwatch").status() + ")"));
    }
    row("loop recall 100 % at every size, no reported loop that is not one", String.join("; ", recalled),
        "100 %, 0 not loops", allExact, allExact ? "exact at every size" : "see Loop recall", Double.NaN, Double.NaN);
  }

  /**
   * A measurement with no figure misses its target when it was tried and failed (over the cap, out
   * of memory, an error); one that was not run or skipped is not judged.
   */
  private static Boolean judged(String status) {
    return status.equals("not run") || status.startsWith("skipped") || status.startsWith("not measured") ? null : false;
  }

  private static String margin(double v, double limit, boolean met, DoubleFunction<String> unit) {
    return (met ? unit.apply(limit - v) + " to spare" : "over by " + unit.apply(v - limit))
        + String.format(Locale.ROOT, " (%.2f× the limit)", v / limit);
  }

  private void notMeasured(String name, String why) {
    row(name, "not measured: " + why, "", null, "", Double.NaN, Double.NaN);
  }

  /** One row; {@code met} null when it could not be judged. */
  private void row(String name, String measured, String limit, Boolean met, String margin, double value,
      double limitValue) {
    md.append("| ").append(name).append(" | ").append(measured).append(" | ").append(limit).append(" | ")
        .append(met == null ? "not judged" : met ? "met" : "**missed**").append(" | ").append(margin).append(" |\n");
    ObjectNode row = rows.addObject().put("target", name).put("measured", measured).put("limit", limit);
    if (met == null) {
      row.putNull("met");
    } else {
      row.put("met", met);
    }
    if (!Double.isNaN(value)) {
      row.put("value", value);
    }
    if (!Double.isNaN(limitValue)) {
      row.put("limitValue", limitValue);
    }
  }

  /** k in wall ∝ deals^k between two sizes, from the medians. */
  private Optional<Double> growth(DataSet from, DataSet to) throws IOException {
    Optional<Spread> a = results.process("e2e-" + from.label() + "-loopwatch").wall();
    Optional<Spread> b = results.process("e2e-" + to.label() + "-loopwatch").wall();
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Math.log(b.get().median() / a.get().median()) / Math.log((double) to.deals() / from.deals()));
  }

  private Optional<DataSet> dataSet(String label) {
    return results.dataSets.stream().filter(d -> d.label().equals(label)).findFirst();
  }

  private static String or(String value, String otherwise) {
    return value.isBlank() ? otherwise : value;
  }
}
