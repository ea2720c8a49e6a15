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
  void rendersFiguresRatiosAndCapsBetweenTheMarkersAndKeepsTheRestOfTheFile() throws Exception {
    Files.writeString(results.resolve("machine.properties"),
        "mode=full\nnproc=2\ncap=300\njmhCap=600\nruns=5\nliveSize=10k\ngeneratedRules=1000\nfinished=2026-11-28T10:00:00Z\n");
    Files.writeString(results.resolve("datasets.properties"), "10k=target/bench-data/x:1000:10000:10:3229\n");
    Path process = Files.createDirectories(results.resolve("process"));
    // Loopwatch timed with date, the baseline with hyperfine; the 10k baseline was over the cap.
    Files.writeString(process.resolve("cold-loopwatch.status"), "ok\n");
    Files.writeString(process.resolve("cold-loopwatch.wall"), "0.9\n1.1\n1.0\n");
    Files.writeString(process.resolve("cold-baseline.status"), "ok\n");
    Files.writeString(process.resolve("cold-baseline.hyperfine.json"), "{\"results\":[{\"times\":[2.0,3.0,4.0]}]}");
    Files.writeString(process.resolve("e2e-10k-loopwatch.status"), "ok\n");
    Files.writeString(process.resolve("e2e-10k-loopwatch.wall"), "6.0\n");
    Files.writeString(process.resolve("e2e-10k-loopwatch.time"),
        "Maximum resident set size (kbytes): 100000\nMaximum resident set size (kbytes): 300000\nMaximum resident set size (kbytes): 200000\n");
    Files.writeString(process.resolve("e2e-10k-baseline.status"), "capped\n");
    Path jmh = Files.createDirectories(results.resolve("jmh"));
    Files.writeString(jmh.resolve("incremental-10k-loopwatch.status"), "ok\n");
    Files.writeString(jmh.resolve("incremental-10k-loopwatch.json"), """
        [{"mode":"sample","primaryMetric":{"score":900.0,"scoreError":50.0,"scoreUnit":"us/op",
          "scorePercentiles":{"50.0":800.0,"99.0":2000.0},
          "rawDataHistogram":[[[[700.0,10],[2500.0,1]]]]}}]""");
    Files.writeString(jmh.resolve("incremental-10k-loopwatch.log"), "loopwatch: 11 updates, 22 alert changes heard\n");
    Path recall = Files.createDirectories(results.resolve("recall"));
    Files.writeString(recall.resolve("e2e-10k-loopwatch.json"), "{\"expected\":3229,\"reported\":3229,\"missing\":0,\"extra\":0}");
    Path md = results.resolve("BENCHMARKS.md");
    Files.writeString(md, "# Benchmarks\nmethod\n" + BenchReport.BEGIN + "\nold figures\n" + BenchReport.END + "\n## Analysis\nkept\n");

    BenchReport.main(new String[] {results.toString(), md.toString()});

    String text = Files.readString(md);
    assertThat(text).startsWith("# Benchmarks\nmethod\n" + BenchReport.BEGIN).endsWith(BenchReport.END + "\n## Analysis\nkept\n")
        .doesNotContain("old figures")
        .contains("| 1 | cold start: `run` on the bundled data, process start to exit | 1.00 s | 900 ms–1.10 s (3 runs) "
            + "| 3.00 s | 2.00 s–4.00 s (3 runs) | 3.00 |")
        .contains("10k deals, peak RSS | 205 MB | 102 MB–307 MB (3 runs) | over the time cap |  | n/a |")
        .contains("| 10k deals, JSON report, wall ≤ 5 s | 6.00 s | **missed** | over by 1.00 s (1.20× the target) |")
        .contains("| > 300 s (cap) |  | > 50 (baseline over the cap) |")
        .contains("| 800 µs | 700 µs–2.5 ms, 11 updates sampled; 2.0 alert changes heard per update |")
        .contains("| cold start ≤ 1.0 s | 1.00 s | met |")
        .contains("| incremental ≤ 1 ms median | 800 µs | met | 200 µs to spare (0.80× the target) |")
        .contains("| 10k | 3,229 | 3,229 | 0 | 0 | 100.00 % | over the cap |");
    assertThat(results.resolve("results.json")).exists();
  }

  @Test
  void writesSmallRatiosAsFractions() {
    assertThat(BenchReport.ratio(25)).isEqualTo("25");
    assertThat(BenchReport.ratio(0.5)).isEqualTo("0.50");
    assertThat(BenchReport.ratio(0.02)).isEqualTo("1/50");
  }
}
