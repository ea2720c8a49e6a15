package io.loopwatch.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import io.loopwatch.facts.parse.ReadFailure;
import io.loopwatch.facts.parse.YamlLimits;
import io.loopwatch.rules.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code thresholds.yaml} (a flat map of kebab-case names to numbers) and checks it against
 * the rules: every {@code thresholds.usd("name")}-style call in the DRL names a threshold that
 * exists, and every threshold is read by some rule, so that a typo on either side fails at compile
 * time with a position instead of silently using a default or nothing.
 *
 * <p>Each value is checked against its kind, told by the end of its name ({@link ThresholdKind}):
 * money and gigawatts not negative, shares between 0 and 1, days and counts whole. A name given
 * twice is refused with both places, rather than the last silently winning.
 */
final class ThresholdsFile {

  static final String FILE_NAME = "thresholds.yaml";
  private static final Pattern USE =
      Pattern.compile("thresholds\\s*\\.\\s*(?:usd|ratio|days|count|value)\\s*\\(\\s*\"([^\"]*)\"");
  /**
   * Any call that could read a threshold, whatever the receiver is named: rule functions take the
   * thresholds as a parameter ({@code t.usd("loop-critical-usd")}). Generous on purpose, since it
   * only decides what counts as read.
   */
  private static final Pattern ANY_READ =
      Pattern.compile("\\.\\s*(?:usd|ratio|days|count|value)\\s*\\(\\s*\"([^\"]*)\"");
  /** Longer than any real threshold; refused before it is parsed, as in fact files. */
  private static final int MAX_NUMBER_LENGTH = 100;

  private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(YamlLimits.loaderOptions()).build();

  /** Where a name was first given, for the message about a second. */
  private record Given(int line, int column) {}

  private ThresholdsFile() {}

  static Thresholds read(Path rulesDirectory, List<Diagnostic> problems) throws IOException {
    Path file = rulesDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Thresholds.none();
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Map<String, Given> given = new LinkedHashMap<>();
    JsonParser parser;
    try {
      parser = YAML.createParser(Files.newInputStream(file));
    } catch (IOException e) {
      problems.add(at(file, 0, 0, "cannot read: " + ReadFailure.reason(e)));
      return new Thresholds(file, values);
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Thresholds(file, values);
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add(at(file, parser.currentTokenLocation(), "expected a map of threshold names to numbers"));
        return new Thresholds(file, values);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        JsonToken value = parser.nextToken();
        JsonLocation valueAt = parser.currentTokenLocation();
        Given earlier = given.putIfAbsent(name, new Given(keyAt.getLineNr(), keyAt.getColumnNr()));
        if (earlier != null) {
          problems.add(at(file, keyAt, "duplicate threshold '" + name + "'; first given at line "
              + earlier.line() + ", column " + earlier.column() + " (remove one: which should win?)"));
          parser.skipChildren();
          continue;
        }
        Optional<ThresholdKind> kind = ThresholdKind.of(name);
        if (kind.isEmpty()) {
          problems.add(at(file, keyAt, "threshold '" + name + "' has a name that says no kind;"
              + " end it with one of: " + ThresholdKind.listing()));
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
          Optional<BigDecimal> number = number(parser.getText());
          if (number.isEmpty()) {
            problems.add(at(file, valueAt, "threshold '" + name + "' is not a number of a sane size"
                + " (at most " + MAX_NUMBER_LENGTH + " characters); found " + parser.getText().length()
                + " characters"));
            continue;
          }
          kind.flatMap(k -> k.problem(number.get())).ifPresent(
              wrong -> problems.add(at(file, valueAt, "threshold '" + name + "': " + wrong)));
          // Kept even when wrong, so that the rules reading it are not also told it is missing.
          values.put(name, number.get());
        } else {
          problems.add(at(file, valueAt,
              "threshold '" + name + "' must be a number, found " + describe(value)));
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation(), e.getOriginalMessage()));
    }
    return new Thresholds(file, values);
  }

  private static Optional<BigDecimal> number(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException notDecimalSyntax) {
      return Optional.empty();
    }
  }

  /**
   * @param used the rule files whose reads count as uses: all of them, even those left out of
   *     this compilation for their own errors, so that their thresholds are not reported unused
   */
  static void checkUses(RuleFiles files, RuleFiles used, Thresholds thresholds, List<Diagnostic> problems)
      throws IOException {
    Set<String> read = new HashSet<>();
    for (RuleFiles.DrlFile drl : used.files()) {
      Matcher use = ANY_READ.matcher(drl.text());
      while (use.find()) {
        read.add(use.group(1));
      }
    }
    for (RuleFiles.DrlFile drl : files.files()) {
      Matcher use = USE.matcher(drl.text());
      TextPositions positions = new TextPositions(drl.text());
      while (use.find()) {
        String name = use.group(1);
        if (!thresholds.has(name)) {
          String where = thresholds.file() == null ? FILE_NAME + " (missing)" : thresholds.file().toString();
          problems.add(new Diagnostic(drl.path(), positions.line(use.start(1)), positions.column(use.start(1)), "",
              "unknown threshold '" + name + "'; define it in " + where + " (defined: " + thresholds.names() + ")",
              CheckCode.UNKNOWN_THRESHOLD.code()));
        }
      }
    }
    if (thresholds.file() != null) {
      reportUnread(thresholds, read, problems);
    }
  }

  /** A threshold no rule reads is a typo or a leftover; either way, tuning it would change nothing. */
  private static void reportUnread(Thresholds thresholds, Set<String> read, List<Diagnostic> problems)
      throws IOException {
    Set<String> unread = new TreeSet<>(thresholds.names());
    unread.removeAll(read);
    if (unread.isEmpty()) {
      return;
    }
    List<String> lines = Files.readAllLines(thresholds.file());
    for (String name : unread) {
      int line = 0;
      for (int i = 0; i < lines.size() && line == 0; i++) {
        if (lines.get(i).startsWith(name + ":") || lines.get(i).startsWith(name + " ")) {
          line = i + 1;
        }
      }
      problems.add(at(thresholds.file(), line, line == 0 ? 0 : 1, "threshold '" + name
          + "' is not read by any rule (rules read: " + new TreeSet<>(read) + "); remove it or fix its name"));
    }
  }

  private static Diagnostic at(Path file, JsonLocation location, String message) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return at(file, Math.max(line, 0), Math.max(column, 0), message);
  }

  private static Diagnostic at(Path file, int line, int column, String message) {
    return new Diagnostic(file, line, column, "", message, CheckCode.THRESHOLDS_FILE.code());
  }

  private static String describe(JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      return "a map";
    }
    if (token == JsonToken.START_ARRAY) {
      return "a list";
    }
    return token == JsonToken.VALUE_STRING ? "text" : String.valueOf(token).toLowerCase();
  }
}
