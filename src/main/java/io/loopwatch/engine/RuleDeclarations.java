package io.loopwatch.engine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is declared in the DRL text. Drools' public API does not expose a rule's line,
 * and diagnostics about a rule's metadata must point at it.
 */
final class RuleDeclarations {

  record Position(Path file, int line, int column) {}

  private static final Pattern RULE =
      Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");

  private final Map<String, Position> byName = new HashMap<>();

  RuleDeclarations(RuleFiles files) {
    for (RuleFiles.DrlFile drl : files.files()) {
      TextPositions positions = new TextPositions(drl.text());
      Matcher pkg = PACKAGE.matcher(drl.text());
      String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
      Matcher rule = RULE.matcher(drl.text());
      while (rule.find()) {
        String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
        int offset = rule.start() + rule.group().indexOf("rule");
        byName.putIfAbsent(packageName + "|" + name,
            new Position(drl.path(), positions.line(offset), positions.column(offset)));
      }
    }
  }

  /** Every declared rule, as {@code package|name}. */
  java.util.Set<String> names() {
    return java.util.Set.copyOf(byName.keySet());
  }

  /** The declaration of a rule; names are unique within a DRL package. */
  Optional<Position> find(String packageName, String ruleName) {
    return Optional.ofNullable(byName.get(packageName + "|" + ruleName));
  }
}
