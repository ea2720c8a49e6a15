package io.loopwatch.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Diagnostic;
import io.loopwatch.report.JsonOutput;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, IDE viewers) read: one run,
 * the check codes as the tool's rules, one result per problem with its file and region. Paths are
 * written relative to the working directory (the repository root in CI), as those tools expect.
 */
public final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static void write(CheckResult result, String toolVersion, Writer out) {
    ObjectNode root = JsonOutput.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "loopwatch");
    driver.put("semanticVersion", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    for (CheckCode code : CheckCode.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.code());
      rule.put("name", toPascalCase(code.name()));
      rule.putObject("shortDescription").put("text", code.title());
      rule.putObject("fullDescription").put("text", code.description());
      rule.putObject("defaultConfiguration").put("level", level(code.level()));
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic problem : result.problems()) {
      results.add(result(problem));
    }
    JsonOutput.write(root, out);
  }

  private static ObjectNode result(Diagnostic problem) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", problem.code());
    CheckCode.of(problem.code()).ifPresent(code -> node.put("ruleIndex", code.ordinal()));
    node.put("level", level(CheckResult.levelOf(problem)));
    node.putObject("message").put("text", (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message());
    if (problem.file() != null) {
      ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(problem.file()));
      if (problem.line() > 0) {
        ObjectNode region = physical.putObject("region").put("startLine", problem.line());
        if (problem.column() > 0) {
          region.put("startColumn", problem.column());
        }
      }
    }
    return node;
  }

  /** A relative URI with forward slashes; absolute paths outside the working directory stay absolute. */
  private static String uri(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(here)) {
      return here.relativize(absolute).toString().replace('\\', '/');
    }
    return absolute.toUri().toString();
  }

  private static String level(CheckCode.Level level) {
    return level == CheckCode.Level.ERROR ? "error" : "warning";
  }

  private static String toPascalCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
