package io.loopwatch.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.generate.GroundTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the loops of a report ({@code "loops": [{"key": ...}, ...]} at the top level, as
 * {@code run --format json} and the baseline write it) with a generated set's ground truth.
 * Streams the report, so a report of ten million deals is not held in memory: only the loop keys
 * are. With {@code --length N}, only the ground truth's loops of N companies are expected (the
 * hand-written baseline looks for loops of three).
 *
 * <p>{@code java ... io.loopwatch.bench.LoopRecall DATA-DIR REPORT.json OUT.json [--length N]}
 */
public final class LoopRecall {

  /** What was expected, found, missed and found in excess. */
  public record Result(int expected, int reported, List<String> missing, List<String> extra) {
    public double recall() {
      return expected == 0 ? 1.0 : (double) (expected - missing.size()) / expected;
    }

    public boolean exact() {
      return missing.isEmpty() && extra.isEmpty();
    }
  }

  private LoopRecall() {}

  public static void main(String[] args) throws IOException {
    if (!(args.length == 3 || (args.length == 5 && args[3].equals("--length") && args[4].matches("[0-9]+")))) {
      System.err.println("usage: LoopRecall DATA-DIR REPORT.json OUT.json [--length N]");
      System.exit(2);
    }
    OptionalInt length = args.length == 5 ? OptionalInt.of(Integer.parseInt(args[4])) : OptionalInt.empty();
    Result result = check(expected(Path.of(args[0]), length), reportedKeys(Path.of(args[1])));
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode out = mapper.createObjectNode();
    length.ifPresent(n -> out.put("length", n));
    out.put("expected", result.expected());
    out.put("reported", result.reported());
    out.put("missing", result.missing().size());
    out.put("extra", result.extra().size());
    out.put("recall", result.recall());
    // A few examples are enough to start looking; the counts are the figure.
    result.missing().stream().limit(20).forEach(out.putArray("missingExamples")::add);
    result.extra().stream().limit(20).forEach(out.putArray("extraExamples")::add);
    mapper.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[2]).toFile(), out);
    System.out.println("loops: " + result.expected() + " expected, " + result.reported() + " reported, "
        + result.missing().size() + " missing, " + result.extra().size() + " not loops");
  }

  /** The ground truth's loop keys, of every length or of one. */
  public static Set<String> expected(Path data, OptionalInt length) throws IOException {
    return GroundTruth.read(data).loops().stream().filter(l -> length.isEmpty() || l.length() == length.getAsInt())
        .map(GroundTruth.KnownLoop::key).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public static Result check(Set<String> expected, List<String> reported) {
    Set<String> reportedSet = new LinkedHashSet<>(reported);
    List<String> missing = expected.stream().filter(k -> !reportedSet.contains(k)).toList();
    List<String> extra = new ArrayList<>(new TreeSet<>(reportedSet.stream().filter(k -> !expected.contains(k)).toList()));
    // A loop reported twice is an error too: it counts once towards recall and once as an extra.
    if (reportedSet.size() < reported.size()) {
      extra.add("(" + (reported.size() - reportedSet.size()) + " loop(s) reported more than once)");
    }
    return new Result(expected.size(), reported.size(), missing, extra);
  }

  /** The {@code key} of every element of the top-level {@code loops} array. */
  public static List<String> reportedKeys(Path report) throws IOException {
    List<String> keys = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(Files.newInputStream(report))) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(report + ": expected a JSON object");
      }
      boolean sawLoops = false;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("loops") && value == JsonToken.START_ARRAY) {
          sawLoops = true;
          while (json.nextToken() == JsonToken.START_OBJECT) {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
              String name = json.currentName();
              json.nextToken();
              if (name.equals("key")) {
                keys.add(json.getText());
              } else {
                json.skipChildren();
              }
            }
          }
        } else {
          json.skipChildren();
        }
      }
      if (!sawLoops) {
        throw new IOException(report + ": no top-level \"loops\" array");
      }
    }
    return keys;
  }
}
