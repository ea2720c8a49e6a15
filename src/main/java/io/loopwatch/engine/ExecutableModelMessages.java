package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Errors of Drools' executable model on rules its classic compiler accepts: the Java it generated
 * does not compile (Drools 10.2 writes a time window of 25 days or more as an int literal, for
 * one). They point into generated sources, so they are traced back to the rule by the {@code Rule
 * name:} comment Drools writes above each rule's method, and to that rule's declaration.
 */
final class ExecutableModelMessages {

  private static final Pattern SOURCE = Pattern.compile("(?s)Java source of (\\S+) in error:\\s*(.*)");
  private static final Pattern RULE_NAME = Pattern.compile("Rule name: (.+?) *$");
  private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  private ExecutableModelMessages() {}

  static List<Diagnostic> toDiagnostics(List<Message> errors, RuleFiles files) {
    RuleDeclarations declarations = new RuleDeclarations(files);
    Set<Diagnostic> found = new LinkedHashSet<>();
    for (Message error : errors) {
      if (SOURCE.matcher(error.getText()).find()) {
        continue; // the generated source itself, which the other messages point into
      }
      String source = sourceOf(errors, error.getPath());
      String rule = source == null ? null : ruleAt(source, error.getLine());
      String pkg = source == null ? null : packageOf(source);
      var declared = rule == null ? java.util.Optional.<RuleDeclarations.Position>empty() : declarations.find(pkg, rule);
      String text = error.getText().strip();
      String message = (rule == null ? "" : "rule '" + rule + "': ")
          + "Drools' executable model cannot compile this (" + text + "), and rules run only in that form, the"
          + " one the rule sandbox can verify; rewrite the construct";
      found.add(new Diagnostic(declared.map(RuleDeclarations.Position::file).orElse(files.directory()),
          declared.map(RuleDeclarations.Position::line).orElse(0), declared.map(RuleDeclarations.Position::column).orElse(0),
          "", message, CheckCode.DRL_COMPILE.code()));
    }
    if (found.isEmpty()) {
      found.add(new Diagnostic(files.directory(), 0, 0, "", "Drools' executable model cannot compile these rules,"
          + " and rules run only in that form, the one the rule sandbox can verify", CheckCode.DRL_COMPILE.code()));
    }
    return new ArrayList<>(found);
  }

  private static String sourceOf(List<Message> errors, String path) {
    for (Message error : errors) {
      Matcher source = SOURCE.matcher(error.getText());
      if (source.find() && source.group(1).equals(path)) {
        return source.group(2);
      }
    }
    return null;
  }

  /** The rule whose generated method holds this line: the last {@code Rule name:} comment above it. */
  private static String ruleAt(String source, int line) {
    String rule = null;
    List<String> lines = source.lines().toList();
    for (int i = 0; i < Math.min(line, lines.size()); i++) {
      Matcher name = RULE_NAME.matcher(lines.get(i).strip());
      if (name.find()) {
        rule = name.group(1);
      }
    }
    return rule;
  }

  private static String packageOf(String source) {
    Matcher pkg = DRL_PACKAGE.matcher(source);
    return pkg.find() ? pkg.group(1) : "defaultpkg";
  }
}
