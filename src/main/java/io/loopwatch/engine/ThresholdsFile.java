package io.loopwatch.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.loopwatch.Diagnostic;
import io.loopwatch.Severity;
import io.loopwatch.check.CheckCode;
import io.loopwatch.facts.parse.ReadFailure;
import io.loopwatch.facts.parse.YamlLimits;
import io.loopwatch.rules.Thresholds;
import io.loopwatch.rules.Tiers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code thresholds.yaml} (a map of kebab-case names to numbers, or to tier sets: maps of
 * {@code critical}, {@code high}, {@code medium}, {@code low} to numbers) and checks it against the
 * rules: every threshold name the DRL reads, wherever it reads it ({@code thresholds.usd("name")}
 * in a condition, {@code t.usd("name")} in a function, {@code .grade("set", …)}, {@code
 * .crossed("name", …)}, {@code .lowerBelow("name", …)}, {@code .lowerAbove("name", …)}), exists, and every threshold is read by
 * some rule, so that a typo on either side fails at compile time with a position instead of
 * silently using a default or nothing.
 *
 * <p>Each value is checked against its kind, told by the end of its name ({@link ThresholdKind});
 * a tier takes the kind of its set. A more severe tier may not be smaller than a less severe one.
 * A name given twice is refused with both places, rather than the last silently winning.
 */
final class ThresholdsFile {

  static final String FILE_NAME = "thresholds.yaml";
  /**
   * Any call that reads a threshold by a literal name, whatever the receiver is named: rule
   * functions take the thresholds as a parameter ({@code t.usd("loop-usd.critical")}), and a name
   * read there must exist as surely as one read in a condition.
   */
  private static final Pattern READ =
      Pattern.compile("\\.\\s*(?:usd|ratio|days|count|value)\\s*\\(\\s*\"([^\"]*)\"");
  /** The alert builder's calls that name one threshold: it must exist. */
  private static final Pattern NAMES_THRESHOLD =
      Pattern.compile("\\.\\s*(?:crossed|lowerBelow|lowerAbove)\\s*\\(\\s*\"([^\"]*)\"");
  /** The alert builder's call that names a tier set: it must exist, and it reads every tier. */
  private static final Pattern NAMES_TIER_SET = Pattern.compile("\\.\\s*grade\\s*\\(\\s*\"([^\"]*)\"");
  /** Longer than any real threshold; refused before it is parsed, as in fact files. */
  private static final int MAX_NUMBER_LENGTH = 100;

  private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(YamlLimits.loaderOptions()).build();

  /** Where a name was first given, for the message about a second and about one no rule reads. */
  private record Given(int line, int column) {}

  /** The values read, and where each name (a tier as {@code set.tier}) is given. */
  private record Parsed(Map<String, BigDecimal> values, Map<String, Given> given) {}

  private ThresholdsFile() {}

  static Thresholds read(Path rulesDirectory, List<Diagnostic> problems) throws IOException {
    Path file = rulesDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Thresholds.none();
    }
    return new Thresholds(file, parse(file, problems).values());
  }

  private static Parsed parse(Path file, List<Diagnostic> problems) {
    Parsed parsed = new Parsed(new LinkedHashMap<>(), new LinkedHashMap<>());
    JsonParser parser;
    try {
      parser = YAML.createParser(Files.newInputStream(file));
    } catch (IOException e) {
      problems.add(at(file, 0, 0, "cannot read: " + ReadFailure.reason(e)));
      return parsed;
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return parsed;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add(at(file, parser.currentTokenLocation(), "expected a map of threshold names to numbers"));
        return parsed;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        JsonToken value = parser.nextToken();
        if (!firstTime(file, parsed, name, keyAt, "threshold", problems)) {
          parser.skipChildren();
          continue;
        }
        Optional<ThresholdKind> kind = ThresholdKind.of(name);
        if (name.contains(".")) {
          problems.add(at(file, keyAt, "threshold '" + name + "' has a dot in its name; a dot joins a tier set"
              + " to its tier, written as a map: " + name.substring(0, name.indexOf('.')) + ": {high: …}"));
        } else if (kind.isEmpty()) {
          problems.add(at(file, keyAt, "threshold '" + name + "' has a name that says no kind;"
              + " end it with one of: " + ThresholdKind.listing()));
        }
        if (value == JsonToken.START_OBJECT) {
          tiers(file, parser, name, kind, parsed, problems);
        } else {
          number(file, parser, name, kind, parsed, problems);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation(), e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(at(file, 0, 0, "cannot read: " + ReadFailure.reason(e)));
    }
    return parsed;
  }

  /** Records where a name is given; false, with a problem naming the first place, if it was given before. */
  private static boolean firstTime(Path file, Parsed parsed, String name, JsonLocation keyAt, String what,
      List<Diagnostic> problems) {
    Given earlier = parsed.given().putIfAbsent(name, new Given(keyAt.getLineNr(), keyAt.getColumnNr()));
    if (earlier != null) {
      problems.add(at(file, keyAt, "duplicate " + what + " '" + name + "'; first given at line "
          + earlier.line() + ", column " + earlier.column() + " (remove one: which should win?)"));
    }
    return earlier == null;
  }

  /** A number under {@code name}, checked against its kind; the parser stands on its value. */
  private static void number(Path file, JsonParser parser, String name, Optional<ThresholdKind> kind, Parsed parsed,
      List<Diagnostic> problems) throws IOException {
    JsonToken value = parser.currentToken();
    JsonLocation valueAt = parser.currentTokenLocation();
    if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
      problems.add(at(file, valueAt, "threshold '" + name + "' must be a number"
          + (name.contains(".") ? "" : " or a map of tiers (" + Tiers.keys() + ")") + ", found " + describe(value)));
      parser.skipChildren();
      return;
    }
    Optional<BigDecimal> number = number(parser.getText());
    if (number.isEmpty()) {
      problems.add(at(file, valueAt, "threshold '" + name + "' is not a number of a sane size"
          + " (at most " + MAX_NUMBER_LENGTH + " characters); found " + parser.getText().length()
          + " characters"));
      return;
    }
    kind.flatMap(k -> k.problem(number.get())).ifPresent(
        wrong -> problems.add(at(file, valueAt, "threshold '" + name + "': " + wrong)));
    // Kept even when wrong, so that the rules reading it are not also told it is missing.
    parsed.values().put(name, number.get());
  }

  /**
   * A tier set: each tier becomes the threshold {@code set.tier}. The parser stands on the map's
   * start and is left on its end.
   */
  private static void tiers(Path file, JsonParser parser, String set, Optional<ThresholdKind> kind, Parsed parsed,
      List<Diagnostic> problems) throws IOException {
    JsonLocation setAt = parser.currentTokenLocation();
    Map<Severity, String> given = new EnumMap<>(Severity.class);
    int keys = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      keys++;
      String key = parser.currentName();
      JsonLocation keyAt = parser.currentTokenLocation();
      parser.nextToken();
      Optional<Severity> severity = Tiers.severityOf(key);
      if (severity.isEmpty()) {
        problems.add(at(file, keyAt, "unknown tier '" + key + "' in tier set '" + set + "'; expected one of: "
            + Tiers.keys()));
        parser.skipChildren();
        continue;
      }
      String name = set + "." + key;
      if (!firstTime(file, parsed, name, keyAt, "tier", problems)) {
        parser.skipChildren();
        continue;
      }
      number(file, parser, name, kind, parsed, problems);
      if (parsed.values().containsKey(name)) {
        given.put(severity.get(), name);
      }
    }
    if (keys == 0) {
      problems.add(at(file, setAt, "tier set '" + set + "' has no tiers; give at least one of: " + Tiers.keys()));
    }
    checkOrder(file, given, parsed, problems);
  }

  /** Each tier at least as large as every less severe one, or the grade would skip it. */
  private static void checkOrder(Path file, Map<Severity, String> given, Parsed parsed, List<Diagnostic> problems) {
    List<String> mildestFirst = new ArrayList<>(given.values());
    for (int i = 1; i < mildestFirst.size(); i++) {
      String graver = mildestFirst.get(i);
      String milder = mildestFirst.get(i - 1);
      BigDecimal graverValue = parsed.values().get(graver);
      BigDecimal milderValue = parsed.values().get(milder);
      if (graverValue.compareTo(milderValue) < 0) {
        Given graverAt = parsed.given().get(graver);
        Given milderAt = parsed.given().get(milder);
        problems.add(at(file, graverAt.line(), graverAt.column(), "tier '" + graver + "' (" + ThresholdKind.plain(graverValue)
            + ", line " + graverAt.line() + ") is smaller than the less severe tier '" + milder + "' ("
            + ThresholdKind.plain(milderValue) + ", line " + milderAt.line() + "); a more severe tier needs a value at"
            + " least as large"));
      }
    }
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
      String code = DrlMask.of(drl.text(), true);
      names(READ, code, (name, at) -> read.add(name));
      names(NAMES_THRESHOLD, code, (name, at) -> read.add(name));
      names(NAMES_TIER_SET, code, (name, at) -> thresholds.findTiers(name)
          .ifPresent(tiers -> tiers.tiers().forEach(tier -> read.add(tier.threshold()))));
    }
    String where = thresholds.file() == null ? FILE_NAME + " (missing)" : thresholds.file().toString();
    for (RuleFiles.DrlFile drl : files.files()) {
      // Comments blanked, strings kept: a name in a comment is prose, not a read.
      String code = DrlMask.of(drl.text(), true);
      TextPositions positions = new TextPositions(drl.text());
      BiConsumer<String, Integer> threshold = (name, at) -> {
        if (!thresholds.has(name)) {
          String set = thresholds.findTiers(name).map(tiers -> "'" + name + "' is a tier set: read one of its tiers ("
              + tiers.tiers().stream().map(Tiers.Tier::threshold).toList() + ") or grade by it; ").orElse("");
          problems.add(unknown(drl, positions, at, "unknown threshold '" + name + "'; " + set + "define it in "
              + where + " (defined: " + thresholds.names() + ")"));
        }
      };
      names(READ, code, threshold);
      names(NAMES_THRESHOLD, code, threshold);
      names(NAMES_TIER_SET, code, (name, at) -> {
        if (thresholds.findTiers(name).isEmpty()) {
          problems.add(unknown(drl, positions, at, "unknown tier set '" + name + "' to grade by; define it in "
              + where + " as " + name + ": {" + Tiers.keys().replace(", ", ": …, ") + ": …} (tier sets: "
              + thresholds.tierSetNames() + ")"));
        }
      });
    }
    if (thresholds.file() != null) {
      reportUnread(thresholds, read, problems);
    }
  }

  /** Each name the pattern's group finds, with its offset in the text. */
  private static void names(Pattern pattern, String code, BiConsumer<String, Integer> each) {
    Matcher use = pattern.matcher(code);
    while (use.find()) {
      each.accept(use.group(1), use.start(1));
    }
  }

  private static Diagnostic unknown(RuleFiles.DrlFile drl, TextPositions positions, int offset, String message) {
    return new Diagnostic(drl.path(), positions.line(offset), positions.column(offset), "", message,
        CheckCode.UNKNOWN_THRESHOLD.code());
  }

  /**
   * A threshold no rule reads is a typo or a leftover; either way, tuning it would change nothing.
   * A tier set graded by is read whole.
   */
  private static void reportUnread(Thresholds thresholds, Set<String> read, List<Diagnostic> problems) {
    Set<String> unread = new TreeSet<>(thresholds.names());
    unread.removeAll(read);
    if (unread.isEmpty()) {
      return;
    }
    Map<String, Given> given = parse(thresholds.file(), new ArrayList<>()).given();
    for (String name : unread) {
      Given at = given.getOrDefault(name, new Given(0, 0));
      problems.add(at(thresholds.file(), at.line(), at.column(), "threshold '" + name
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
