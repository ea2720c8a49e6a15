package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * The errors of building rules with Drools' executable model, as diagnostics on the analyst's DRL.
 * Errors found in the DRL itself (syntax, unknown types and fields) name its file and line already.
 * Errors in the Java that Drools generates (a consequence that does not compile; Drools 10.2 also
 * writes a time window of 25 days or more as an int literal) point into generated sources, so
 * they are traced back to the rule by the {@code Rule name:} comment Drools writes above each
 * rule's method, and reported at that rule's declaration.
 */
final class ExecutableModelMessages {

  private static final Pattern SOURCE = Pattern.compile("(?s)Java source of (\\S+) in error:\\s*(.*)");
  private static final Pattern RULE_NAME = Pattern.compile("Rule name: (.+?) *$");
  private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern INT_OUT_OF_RANGE = Pattern.compile("The literal (\\d+) of type int is out of range");
  private static final Pattern GENERATED_TYPE = Pattern.compile(" (?:for|in) the type (?:Lambda|Rules)\\w+");

  private ExecutableModelMessages() {}

  static List<Diagnostic> toDiagnostics(List<Message> errors, RuleFiles files) {
    RuleDeclarations declarations = new RuleDeclarations(files);
    Map<String, RuleFiles.DrlFile> byResource = new HashMap<>();
    for (RuleFiles.DrlFile drl : files.files()) {
      byResource.put(RuleCompiler.RESOURCES + drl.relativeName(), drl);
    }
    List<Message> inDrl = errors.stream().filter(e -> !isGenerated(e.getPath())).toList();
    Set<Diagnostic> found = new LinkedHashSet<>(DroolsMessages.toDiagnostics(inDrl, byResource));
    for (Message error : errors) {
      if (!isGenerated(error.getPath()) || SOURCE.matcher(error.getText()).find()) {
        continue; // reported above, or the generated source itself, which the other messages point into
      }
      String source = sourceOf(errors, error.getPath());
      String text = error.getText().strip();
      Diagnostic literal = atLargeLiteral(files, text);
      if (literal != null) {
        found.add(literal);
        continue;
      }
      Diagnostic inRuleCode = source == null ? null : atAnalystCode(files, source, error.getLine(), text);
      if (inRuleCode != null) {
        found.add(inRuleCode);
        continue;
      }
      String rule = source == null ? null : ruleAt(source, error.getLine());
      String pkg = source == null ? null : packageOf(source);
      Optional<RuleDeclarations.Position> declared = rule == null ? Optional.empty() : declarations.find(pkg, rule);
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

  /**
   * An error in the analyst's own Java (a consequence, a function): the generated line holding it is
   * the analyst's statement, found as it was written in the DRL, inside the rule that holds it.
   */
  private static Diagnostic atAnalystCode(RuleFiles files, String source, int line, String text) {
    List<String> lines = source.lines().toList();
    if (line < 1 || line > lines.size()) {
      return null;
    }
    String statement = lines.get(line - 1).strip();
    if (statement.length() < 3) {
      return null;
    }
    for (RuleFiles.DrlFile drl : files.files()) {
      int at = DrlMask.of(drl.text(), true).indexOf(statement);
      if (at >= 0) {
        TextPositions positions = new TextPositions(drl.text());
        String rule = ruleBefore(drl.text(), at);
        String where = rule == null ? "" : " in rule '" + rule + "'";
        String message = "Java error" + where + ": " + GENERATED_TYPE.matcher(text).replaceAll("");
        return new Diagnostic(drl.path(), positions.line(at), positions.column(at), "", message,
            CheckCode.DRL_COMPILE.code());
      }
    }
    return null;
  }

  /**
   * A whole number too large for an {@code int} ({@code amountUsd >= 5000000000}): Java reads it
   * as an int, so the generated code does not compile. Money in a rule is a {@code BigDecimal},
   * and the literal is found as written, outside comments and text.
   */
  private static Diagnostic atLargeLiteral(RuleFiles files, String text) {
    Matcher literal = INT_OUT_OF_RANGE.matcher(text);
    if (!literal.find()) {
      return null;
    }
    Pattern written = Pattern.compile("(?<![\\w.])" + Pattern.quote(literal.group(1)) + "(?![\\w.])");
    for (RuleFiles.DrlFile drl : files.files()) {
      Matcher at = written.matcher(DrlMask.of(drl.text(), true));
      if (at.find()) {
        TextPositions positions = new TextPositions(drl.text());
        String rule = ruleBefore(drl.text(), at.start());
        return new Diagnostic(drl.path(), positions.line(at.start()), positions.column(at.start()), "",
            (rule == null ? "" : "rule '" + rule + "': ") + "the number " + literal.group(1)
                + " is too large for a whole number in rule code; write it as " + literal.group(1)
                + "B (a decimal, as amounts are) or read it from thresholds.yaml",
            CheckCode.DRL_COMPILE.code());
      }
    }
    return null;
  }

  /** The name of the last rule declared before an offset, or null when it lies outside any rule. */
  private static String ruleBefore(String text, int offset) {
    Matcher rule = RuleDeclarations.RULE.matcher(DrlMask.of(text, true).substring(0, offset));
    String name = null;
    while (rule.find()) {
      name = RuleDeclarations.nameIn(rule);
    }
    return name;
  }

  /** Generated Java, or no file at all (Drools gives none for its generated declared types). */
  private static boolean isGenerated(String path) {
    return path == null || path.endsWith(".java");
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
