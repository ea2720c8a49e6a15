package io.loopwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer of BENCHMARKS.md's Results section, on a small hand-made results directory. */
class BenchReportTest {

  @TempDir
  Path results;

  @Test
  void rendersFiguresRatiosAgainstBothBaselinesCapsAndTargetsBetweenTheMarkersAndKeepsTheRestOfTheFile() throws Exception {
    Files.writeString(results.resolve("machine.properties"), """
        mode=full
        nproc=2
        cap=300
        jmhCap=600
        runs=5
        targetSize=1M
        largeSize=10M
        largeJavaOpts=-Xmx10g
        largeCap=1800
        largeRuns=2
        smallHeap=-Xmx1500m
        liveSize=1M
        generatedRules=1000
        finished=2026-11-28T10:00:00Z
        """);
    Path data = Files.createDirectories(results.resolve("data"));
    Files.writeString(results.resolve("datasets.properties"),
        "1M=" + data.resolve("x") + ":100000:1000000:1000:5747\n10M=" + data.resolve("y") + ":1000000:10000000:10000:17000\n");
    Files.writeString(data.resolve("y.time"), """
        \tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.50
        \tMaximum resident set size (kbytes): 8000000
        """);
    Path process = Files.createDirectories(results.resolve("process"));
    // Loopwatch timed with date, the baselines with hyperfine.
    ok(process, "cold-cds-loopwatch", "0.9\n1.1\n1.0\n");
    ok(process, "cold-baseline", "1.5\n1.5\n1.5\n");
    Files.writeString(process.resolve("cold-handwritten.status"), "ok\n");
    Files.writeString(process.resolve("cold-handwritten.hyperfine.json"), "{\"results\":[{\"times\":[2.0,3.0,4.0]}]}");
    ok(process, "e2e-1M-loopwatch", "6.0\n");
    Files.writeString(process.resolve("e2e-1M-loopwatch.time"),
        "Maximum resident set size (kbytes): 100000\nMaximum resident set size (kbytes): 300000\nMaximum resident set size (kbytes): 200000\n");
    Files.writeString(process.resolve("e2e-1M-baseline.status"), "capped\n");
    ok(process, "e2e-1M-handwritten", "10.0\n");
    Files.writeString(process.resolve("e2e-1M-handwritten.time"), "Maximum resident set size (kbytes): 400000\n");
    Files.writeString(process.resolve("small-heap-1M-loopwatch.status"), "out of memory\n");
    ok(process, "e2e-10M-loopwatch", "66.0\n");
    Files.writeString(process.resolve("e2e-10M-loopwatch.time"), "Maximum resident set size (kbytes): 10742188\n");
    Files.writeString(process.resolve("e2e-10M-loopwatch.cap"), "1800\n");
    Files.writeString(process.resolve("e2e-10M-baseline.status"), "capped (skipped: over the cap at 1M)\n");
    Files.writeString(process.resolve("e2e-10M-baseline.cap"), "300\n");
    Files.writeString(process.resolve("e2e-10M-handwritten.status"), "out of memory\n");
    Path jmh = Files.createDirectories(results.resolve("jmh"));
    Files.writeString(jmh.resolve("incremental-1M-loopwatch.status"), "ok\n");
    Files.writeString(jmh.resolve("incremental-1M-loopwatch.json"), """
        [{"mode":"sample","primaryMetric":{"score":900.0,"scoreError":50.0,"scoreUnit":"us/op",
          "scorePercentiles":{"50.0":800.0,"99.0":1500.0},
          "rawDataHistogram":[[[[700.0,10],[2500.0,1]]]]}}]""");
    Files.writeString(jmh.resolve("incremental-1M-loopwatch.log"), "loopwatch: 11 updates, 22 alert changes heard\n");
    Files.writeString(jmh.resolve("insertall-1M-loopwatch.status"), "ok\n");
    Files.writeString(jmh.resolve("insertall-1M-loopwatch.json"), """
        [{"mode":"ss","primaryMetric":{"score":2500.0,"scoreError":100.0,"scoreUnit":"ms/op",
          "rawData":[[2400.0,2500.0,2600.0]]}}]""");
    Files.writeString(jmh.resolve("evaluate-10M-loopwatch.status"), "not measured at 10M (whole-process figures only)\n");
    Path recall = Files.createDirectories(results.resolve("recall"));
    Files.writeString(recall.resolve("e2e-1M-loopwatch.json"), "{\"expected\":5747,\"reported\":5747,\"missing\":0,\"extra\":0}");
    Files.writeString(recall.resolve("e2e-10M-loopwatch.json"), "{\"expected\":17000,\"reported\":17000,\"missing\":0,\"extra\":0}");
    Files.writeString(recall.resolve("e2e-1M-handwritten.json"), "{\"expected\":900,\"reported\":899,\"missing\":1,\"extra\":0}");
    Path md = results.resolve("BENCHMARKS.md");
    Files.writeString(md, "# Benchmarks\nmethod\n" + BenchReport.BEGIN + "\nold figures\n" + BenchReport.END + "\n## Analysis\nkept\n");

    BenchReport.main(new String[] {results.toString(), md.toString()});

    String text = Files.readString(md);
    assertThat(text).startsWith("# Benchmarks\nmethod\n" + BenchReport.BEGIN).endsWith(BenchReport.END + "\n## Analysis\nkept\n")
        .doesNotContain("old figures")
        .contains("| 1M | 100,000 | 1,000,000 | 1,100,000 | 1,000 | 5,747 | not recorded |  |")
        .contains("| 10M | 1,000,000 | 10,000,000 | 11,000,000 | 10,000 | 17,000 | 3724 s | 8.19 GB |")
        .contains("| at 10M deals | also `-Xmx10g` (the generator too); 2 timed runs after one unmeasured run; cap 1800 s "
            + "per process; no JMH figures |")
        // Figure 1: a ratio against each baseline.
        .contains("empty input) | 1.00 s | 900 ms–1.10 s (3 runs) | 1.50 s | 1.50 s–1.50 s (3 runs) | 1.50 "
            + "| 3.00 s | 2.00 s–4.00 s (3 runs) | 3.00 |")
        .contains("| 1 | cold start: `java -jar target/loopwatch.jar run` on the bundled data | not run |  | 1.50 s |")
        // Figure 2: the naive baseline over the cap gives a bound; the hand-written program a ratio.
        .contains("| 2 | end to end: `run --format json`, 1M deals, wall | 6.00 s | 6.00 s–6.00 s (1 run) | > 300 s (cap) |  "
            + "| > 50 (baseline over the cap) | 10.00 s | 10.00 s–10.00 s (1 run) | 1.67 |")
        .contains("1M deals, peak RSS | 205 MB | 102 MB–307 MB (3 runs) | over the time cap |  | n/a | 410 MB | 410 MB–410 MB (1 run) | 2.00 |")
        .contains("| 2 | end to end: `run --format json`, 1M deals with `-Xmx1500m`: finishes? (one run) | out of memory |")
        // At 10M: the skipped baseline is bounded by the cap it was over at 1M.
        .contains("10M deals (`-Xmx10g`), wall | 66.00 s | 66.00 s–66.00 s (1 run) | > 300 s (cap) (skipped: over the cap at 1M) "
            + "|  | > 4.55 (baseline over the cap) | out of memory |  | n/a |")
        .contains("| 800 µs | 700 µs–2.5 ms, 11 updates sampled; 2.0 alert changes heard per update |")
        .contains("into a new session (baseline: insert into a new stateful session and fire) | 2.50 s | 2.40 s–2.60 s ± 100 ms (3 calls) |")
        // Targets: relative ones from the hand-written program's figures in the same run.
        .contains("| 1M deals, JSON report: wall ≤ 0.5× the hand-written program's | 6.00 s (0.60× the hand-written program's) "
            + "| 0.50× 10.00 s = 5.00 s | **missed** | over by 1.00 s (1.20× the limit) |")
        .contains("| 1M deals, JSON report: peak RSS ≤ 1.0× the hand-written program's | 205 MB (0.50× the hand-written program's) "
            + "| 1.00× 410 MB = 410 MB | met | 205 MB to spare (0.50× the limit) |")
        .contains("| 1M deals, JSON report: finishes with `-Xmx1500m` | out of memory | finishes | **missed** |")
        .contains("| 10M deals: finishes within 12 GB of peak RSS (largest of its runs) | 11.00 GB | 12.00 GB | met |")
        .contains("| 10M deals: cost growth k ≤ 1.1 from 1M to 10M (end to end, wall) | 1.04 | 1.10 | met | 0.06 to spare |")
        .contains("| cold start: `bin/loopwatch run` on the bundled data ≤ 0.35× the hand-written program's compile-and-exit "
            + "| 1.00 s (0.33× the hand-written program's) | 0.35× 3.00 s = 1.05 s | met | 50.0 ms to spare (0.95× the limit) |")
        .contains("| live session: `insertAll` of the 1M set ≤ 3 s (mean) | 2.50 s | 3.00 s | met |")
        .contains("| live session: one update to its alert delta ≤ 0.5 ms median | 800 µs | 500 µs | **missed** | over by 300 µs (1.60× the limit) |")
        .contains("| live session: one update to its alert delta ≤ 2 ms p99 | 1.5 ms | 2.0 ms | met |")
        .contains("| loop recall 100 % at every size, no reported loop that is not one | 1M: 100.00 %, 0 not loops; 10M: 100.00 %, 0 not loops | 100 %, 0 not loops | met |")
        // Recall, one row per program; the hand-written program against loops of three only.
        .contains("| 1M | Loopwatch | 5,747 | 5,747 | 0 | 0 | 100.00 % |")
        .contains("| 1M | hand-written (loops of 3) | 900 | 899 | 1 | 0 | 99.89 % |")
        .contains("| 10M | naive loops | | over the cap (skipped: over the cap at 1M) | | | |")
        // Cost growth from 1M to 10M.
        .contains("| Loopwatch | 10M | 66.00 s | 11.0× | 1.04 | 11.00 GB | 53.7× | not measured at 10M (whole-process figures only) |")
        .contains("| naive loops | 10M | > cap (skipped: over the cap at 1M) |  |  |  |  | not run |")
        .contains("| hand-written | 10M | out of memory |");
    assertThat(results.resolve("results.json")).exists();
  }

  @Test
  void writesSmallRatiosAsFractions() {
    assertThat(BenchFormat.ratio(25)).isEqualTo("25");
    assertThat(BenchFormat.ratio(0.5)).isEqualTo("0.50");
    assertThat(BenchFormat.ratio(0.02)).isEqualTo("1/50");
  }

  private static void ok(Path process, String id, String wall) throws Exception {
    Files.writeString(process.resolve(id + ".status"), "ok\n");
    Files.writeString(process.resolve(id + ".wall"), wall);
  }
}
