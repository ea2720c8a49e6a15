package io.loopwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw results run-benchmarks.sh leaves in its results directory, read back: the machine, the
 * data sets, whole-process timings ({@code process/}), JMH results ({@code jmh/}) and loop recall
 * ({@code recall/}).
 */
final class BenchResults {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOTE = Pattern.compile("(\\d+) updates, (\\d+) (alert changes heard|rule firings)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern ELAPSED = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");

  /** Median, minimum and maximum of some samples. */
  record Spread(double median, double min, double max, int count) {
    static Optional<Spread> of(List<Double> samples) {
      if (samples.isEmpty()) {
        return Optional.empty();
      }
      List<Double> sorted = samples.stream().sorted().toList();
      int n = sorted.size();
      double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      return Optional.of(new Spread(median, sorted.get(0), sorted.get(n - 1), n));
    }
  }

  /**
   * One whole-process measurement: wall seconds and peak RSS (bytes) of each timed run, and the cap
   * it ran under (for a baseline skipped after it was over the cap at a smaller size: that cap).
   */
  record Process(String id, String status, String command, double capSeconds, List<Double> wallSeconds,
      List<Double> rssBytes) {
    boolean ok() {
      return status.equals("ok");
    }

    /** Over the cap, here or (when skipped) at a smaller size. */
    boolean capped() {
      return status.startsWith("capped");
    }

    Optional<Spread> wall() {
      return ok() ? Spread.of(wallSeconds) : Optional.empty();
    }

    Optional<Spread> rss() {
      return ok() ? Spread.of(rssBytes) : Optional.empty();
    }
  }

  /**
   * One JMH benchmark on one input, in seconds per operation: the score (mean), its 99.9 %
   * confidence half-width, the fastest and slowest iteration, and for sampled benchmarks the
   * percentiles (keys "50.0", "99.0", ...).
   */
  record Jmh(String id, String status, double score, double error, double min, double max, long samples,
      Map<String, Double> percentiles, String mode, String note) {
    boolean ok() {
      return status.equals("ok");
    }

    boolean capped() {
      return status.equals("capped");
    }

    Optional<Double> percentile(String key) {
      return Optional.ofNullable(percentiles.get(key));
    }
  }

  /** Loop recall of one report against the ground truth. */
  record Recall(long expected, long reported, long missing, long extra) {
    double recall() {
      return expected == 0 ? 1.0 : (double) (expected - missing) / expected;
    }
  }

  /**
   * A generated data set: label (10k, ...), directory and generator options, its true loops, and
   * what generating it took (wall seconds, peak RSS bytes; NaN when the cached set predates the
   * record of it).
   */
  record DataSet(String label, String directory, long companies, long deals, long loops, long trueLoops,
      double generationSeconds, double generationRssBytes) {
    long facts() {
      return companies + deals;
    }
  }

  final Path directory;
  final Properties machine;
  final List<DataSet> dataSets = new ArrayList<>();

  BenchResults(Path directory) throws IOException {
    this.directory = directory;
    this.machine = properties(directory.resolve("machine.properties"));
    for (String line : Files.readAllLines(directory.resolve("datasets.properties"))) {
      if (line.isBlank()) {
        continue;
      }
      String[] labelRest = line.split("=", 2);
      String[] f = labelRest[1].split(":");
      // The generator's /usr/bin/time -v record lies beside the data set, relative to the repository root.
      String time = text(Path.of(f[0] + ".time")).orElse("");
      Matcher elapsed = ELAPSED.matcher(time);
      Matcher rss = RSS.matcher(time);
      dataSets.add(new DataSet(labelRest[0], f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
          Long.parseLong(f[4].trim()), elapsed.find() ? seconds(elapsed) : Double.NaN,
          rss.find() ? Long.parseLong(rss.group(1)) * 1024.0 : Double.NaN));
    }
  }

  String machine(String key) {
    return machine.getProperty(key, "");
  }

  Process process(String id) throws IOException {
    Path base = directory.resolve("process");
    String status = text(base.resolve(id + ".status")).orElse("not run");
    String command = text(base.resolve(id + ".cmd")).orElse("");
    List<Double> wall = new ArrayList<>();
    Path hyperfine = base.resolve(id + ".hyperfine.json");
    if (Files.exists(hyperfine)) {
      JSON.readTree(hyperfine.toFile()).path("results").path(0).path("times").forEach(t -> wall.add(t.asDouble()));
    } else {
      for (String line : lines(base.resolve(id + ".wall"))) {
        wall.add(Double.parseDouble(line.trim()));
      }
    }
    List<Double> rss = new ArrayList<>();
    Matcher m = RSS.matcher(text(base.resolve(id + ".time")).orElse(""));
    while (m.find()) {
      rss.add(Long.parseLong(m.group(1)) * 1024.0);
    }
    double cap = Double.parseDouble(text(base.resolve(id + ".cap")).orElse(machine("cap").isEmpty() ? "0" : machine("cap")));
    return new Process(id, status, command, cap, wall, rss);
  }

  Jmh jmh(String id) throws IOException {
    Path base = directory.resolve("jmh");
    String status = text(base.resolve(id + ".status")).orElse("not run");
    if (!status.equals("ok")) {
      return new Jmh(id, status, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Map.of(), "", "");
    }
    JsonNode result = JSON.readTree(base.resolve(id + ".json").toFile()).path(0);
    JsonNode metric = result.path("primaryMetric");
    double toSeconds = seconds(metric.path("scoreUnit").asText());
    List<Double> iterations = new ArrayList<>();
    long samples = 0;
    if (metric.has("rawData")) {
      for (JsonNode fork : metric.path("rawData")) {
        fork.forEach(v -> iterations.add(v.asDouble() * toSeconds));
      }
      samples = iterations.size();
    } else {
      // Sampled: per iteration, a histogram of [value, count] pairs; min and max over all samples.
      double min = Double.MAX_VALUE;
      double max = 0;
      for (JsonNode fork : metric.path("rawDataHistogram")) {
        for (JsonNode iteration : fork) {
          for (JsonNode bucket : iteration) {
            min = Math.min(min, bucket.path(0).asDouble() * toSeconds);
            max = Math.max(max, bucket.path(0).asDouble() * toSeconds);
            samples += bucket.path(1).asLong();
          }
        }
      }
      iterations.add(min);
      iterations.add(max);
    }
    Map<String, Double> percentiles = new LinkedHashMap<>();
    metric.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble() * toSeconds));
    double error = metric.path("scoreError").asDouble(Double.NaN) * toSeconds;
    return new Jmh(id, status, metric.path("score").asDouble() * toSeconds, error,
        iterations.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
        iterations.stream().mapToDouble(d -> d).max().orElse(Double.NaN), samples, percentiles,
        result.path("mode").asText(), note(base.resolve(id + ".log")));
  }

  /**
   * What the incremental benchmarks print when their session closes, over the whole trial: {@code
   * loopwatch: N updates, M alert changes heard}, evidence that the updates changed alerts.
   */
  private static String note(Path log) throws IOException {
    Matcher m = NOTE.matcher(text(log).orElse(""));
    String note = "";
    while (m.find()) {
      long updates = Long.parseLong(m.group(1));
      long changes = Long.parseLong(m.group(2));
      note = String.format(java.util.Locale.ROOT, "%.1f %s per update", updates == 0 ? 0.0 : (double) changes / updates,
          m.group(3));
    }
    return note;
  }

  Optional<Recall> recall(String id) throws IOException {
    Path file = directory.resolve("recall").resolve(id + ".json");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode node = JSON.readTree(file.toFile());
    return Optional.of(new Recall(node.path("expected").asLong(), node.path("reported").asLong(),
        node.path("missing").asLong(), node.path("extra").asLong()));
  }

  /** h:mm:ss or m:ss.ss, as /usr/bin/time -v writes elapsed time. */
  private static double seconds(Matcher elapsed) {
    double hours = elapsed.group(1) == null ? 0 : Double.parseDouble(elapsed.group(1));
    return hours * 3600 + Double.parseDouble(elapsed.group(2)) * 60 + Double.parseDouble(elapsed.group(3));
  }

  private static double seconds(String unit) {
    return switch (unit) {
      case "s/op" -> 1;
      case "ms/op" -> 1e-3;
      case "us/op" -> 1e-6;
      case "ns/op" -> 1e-9;
      default -> throw new IllegalArgumentException("JMH unit '" + unit + "'; expected s/op, ms/op, us/op or ns/op");
    };
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    // Not Properties.load(InputStream): that reads ISO-8859-1 and treats backslashes as escapes.
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        properties.setProperty(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return properties;
  }

  private static Optional<String> text(Path file) throws IOException {
    return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
  }

}
