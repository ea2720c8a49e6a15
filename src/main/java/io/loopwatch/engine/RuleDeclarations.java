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

  /** A rule's header: {@code rule "name"}, {@code rule 'name'} or {@code rule name}; see {@link #nameIn}. */
  static final Pattern RULE =
      Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))");

  static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");

  private final Map<String, Position> byName = new HashMap<>();

  RuleDeclarations(RuleFiles files) {
    for (RuleFiles.DrlFile drl : files.files()) {
      TextPositions positions = new TextPositions(drl.text());
      Matcher pkg = PACKAGE.matcher(drl.text());
      String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
      Matcher rule = RULE.matcher(drl.text());
      while (rule.find()) {
        String name = nameIn(rule);
        int offset = rule.start() + rule.group().indexOf("rule");
        byName.putIfAbsent(packageName + "|" + name,
            new Position(drl.path(), positions.line(offset), positions.column(offset)));
      }
    }
  }

  /** The rule's name in a match of {@link #RULE}, whichever way it is quoted. */
  static String nameIn(Matcher header) {
    return header.group(1) != null ? header.group(1) : header.group(2) != null ? header.group(2) : header.group(3);
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
