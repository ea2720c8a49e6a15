package io.loopwatch.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import io.loopwatch.rules.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code thresholds.yaml} (a flat map of kebab-case names to numbers) and checks that every
 * {@code thresholds.usd("name")}-style call in the DRL names a threshold that exists, so a typo
 * fails at compile time with a position instead of at run time.
 */
final class ThresholdsFile {

  static final String FILE_NAME = "thresholds.yaml";
  private static final Pattern USE =
      Pattern.compile("thresholds\\s*\\.\\s*(?:usd|ratio|days|count|value)\\s*\\(\\s*\"([^\"]*)\"");

  private ThresholdsFile() {}

  static Thresholds read(Path rulesDirectory, List<Diagnostic> problems) throws IOException {
    Path file = rulesDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Thresholds.none();
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
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
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
          values.put(name, new BigDecimal(parser.getText()));
        } else {
          problems.add(at(file, parser.currentTokenLocation(),
              "threshold '" + name + "' must be a number, found " + describe(value)));
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation(), e.getOriginalMessage()));
    }
    return new Thresholds(file, values);
  }

  static void checkUses(RuleFiles files, Thresholds thresholds, List<Diagnostic> problems) {
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
  }

  private static Diagnostic at(Path file, JsonLocation location, String message) {
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new Diagnostic(file, Math.max(line, 0), Math.max(column, 0), "", message, CheckCode.THRESHOLDS_FILE.code());
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
