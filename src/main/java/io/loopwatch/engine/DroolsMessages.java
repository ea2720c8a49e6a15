package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools' build messages into diagnostics an analyst can act on: the analyst's file and the
 * line of the offending code (not the rule header), one line of text, and none of the names of the
 * classes Drools generates behind the scenes.
 */
final class DroolsMessages {

  private static final Pattern GENERATED_RULE_CLASS = Pattern.compile("(?:for )?the type Rule_([\\w$]+?)\\d{6,}");
  private static final Pattern ESCAPED_CHAR = Pattern.compile("\\$u(\\d+)\\$");
  private static final Pattern PARSER_POSITION = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("(?:Unable to resolve ObjectType '([^']+)'|Unable to find class: ([\\w.$]+))");
  /** The executable model's words for a condition it cannot compile, and the expression in it. */
  private static final Pattern BAD_EXPRESSION =
      Pattern.compile("^(?:Unable to parse left part of expression: |Unable to Analyse Expression )(.+?):?$");
  private static final Pattern MISSING_MEMBER =
      Pattern.compile("^(?:Method (\\w+) on class ([\\w.$]+) with arguments .* is missing|Unknown field (\\w+) on class ([\\w.$]+))");
  private static final Pattern LEFT_OPERAND = Pattern.compile("^\\s*([\\w$.]+?)\\s*(?:==|!=|<=|>=|<|>|\\s(?:matches|contains|memberOf|in|not)\\b)");
  private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]*)\\]");
  private static final Pattern MVEL_LINE = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
  private static final Pattern STRICT_MODE_MEMBER =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern NAMED_IN_MESSAGE =
      Pattern.compile("(?:The method (\\w+)\\(|(\\w+) cannot be resolved|The import ([\\w.]+) cannot)");
  /** Drools adds this when a parse error already explains the failure. */
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private DroolsMessages() {}

  static List<Diagnostic> toDiagnostics(List<Message> messages, Map<String, RuleFiles.DrlFile> byResource) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Message message : messages) {
      String text = message.getText() == null ? "" : message.getText().strip();
      if (text.equals(NULL_PACKAGE) && messages.size() > 1) {
        continue;
      }
      RuleFiles.DrlFile drl = find(message.getPath(), byResource);
      diagnostics.add(toDiagnostic(drl, message.getLine(), text));
    }
    return diagnostics;
  }

  private static Diagnostic toDiagnostic(RuleFiles.DrlFile drl, int reportedLine, String text) {
    Path file = drl == null ? null : drl.path();
    int line = Math.max(reportedLine, 0);
    int column = 0;
    CheckCode code = classify(text);

    Matcher parser = PARSER_POSITION.matcher(text);
    if (parser.find()) {
      line = Integer.parseInt(parser.group(1));
      column = Integer.parseInt(parser.group(2)) + 1;
      text = text.substring(parser.end()).strip();
    }
    Matcher mvel = MVEL_ERROR.matcher(text);
    if (mvel.find()) {
      String expression = text.lines().findFirst().orElse("").replaceFirst("^Unable to Analyse Expression ", "")
          .replaceFirst(":$", "");
      text = "cannot evaluate '" + expression + "': " + explainMvel(mvel.group(1));
      column = drl == null ? 0 : columnOf(drl.text(), line, expression);
    }
    Matcher unknownType = UNKNOWN_TYPE.matcher(text);
    if (unknownType.find()) {
      String type = unknownType.group(1) != null ? unknownType.group(1) : unknownType.group(2);
      text = "unknown fact type '" + type + "'; is it imported, and spelt as its class is?";
      int[] where = line > 0 ? null : locate(drl, type + "(");
      if (where != null) {
        line = where[0];
      }
      column = drl == null ? 0 : columnOf(drl.text(), line, type + "(");
      if (column == 0 && drl != null) {
        column = columnOf(drl.text(), line, type);
      }
    }
    Matcher badExpression = BAD_EXPRESSION.matcher(text);
    if (badExpression.find()) {
      String expression = badExpression.group(1).strip();
      int[] where = locate(drl, expression);
      if (where != null) {
        line = where[0];
        column = where[1];
      }
      Matcher left = LEFT_OPERAND.matcher(expression);
      String type = where == null ? null : patternTypeBefore(drl.text(), where);
      boolean leftPart = text.startsWith("Unable to parse left part");
      text = "cannot evaluate '" + expression + "': " + (leftPart && left.find() && type != null
          ? type + " has no field or method '" + left.group(1) + "'"
          : "every name in it must be a field of " + (type == null ? "the fact" : type) + " or a bound variable");
    }
    Matcher missing = MISSING_MEMBER.matcher(text);
    if (missing.find() && line <= 0) {
      String member = missing.group(1) != null ? missing.group(1) : missing.group(3);
      String owner = missing.group(2) != null ? missing.group(2) : missing.group(4);
      int[] where = locate(drl, member);
      if (where != null) {
        line = where[0];
        column = where[1];
      }
      text = owner.substring(owner.lastIndexOf('.') + 1) + " has no " + (missing.group(1) != null ? "method" : "field")
          + " '" + member + "'";
    }
    if (text.startsWith("Rule Compilation error")) {
      text = "Java error in the rule's consequence: " + text.substring("Rule Compilation error".length()).strip();
      if (drl != null) {
        int[] where = locateNamed(drl.text(), line, text);
        if (where != null) {
          line = where[0];
          column = where[1];
        }
      }
    }
    text = GENERATED_RULE_CLASS.matcher(text).replaceAll(m -> "in rule '" + decode(m.group(1)) + "'");
    text = String.join("; ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    return new Diagnostic(file, line, column, "", text, code.code());
  }

  private static CheckCode classify(String text) {
    if (PARSER_POSITION.matcher(text).find()) {
      return CheckCode.DRL_SYNTAX;
    }
    if (MVEL_ERROR.matcher(text).find() || text.contains("Unable to resolve ObjectType")
        || text.contains("Unable to find class") || BAD_EXPRESSION.matcher(text).find()
        || MISSING_MEMBER.matcher(text).find()) {
      return CheckCode.NEVER_FIRES;
    }
    return CheckCode.DRL_COMPILE;
  }

  private static String explainMvel(String error) {
    Matcher member = STRICT_MODE_MEMBER.matcher(error);
    if (member.find()) {
      String type = member.group(1).substring(member.group(1).lastIndexOf('.') + 1);
      return type + " has no field or method '" + member.group(2) + "'";
    }
    return error;
  }

  /**
   * Drools reports consequence errors at the rule's first line; the name the compiler complains
   * about, searched from there on, is usually on the line the analyst must fix.
   */
  private static int[] locateNamed(String text, int fromLine, String message) {
    Matcher named = NAMED_IN_MESSAGE.matcher(message);
    if (!named.find() || fromLine < 1) {
      return null;
    }
    String name = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2) : named.group(3);
    TextPositions positions = new TextPositions(text);
    int offset = offsetOfLine(text, fromLine);
    Matcher occurrence = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    if (offset >= 0 && occurrence.find(offset)) {
      return new int[] {positions.line(occurrence.start()), positions.column(occurrence.start())};
    }
    return null;
  }

  /** Where a fragment the message quotes first appears as code (not in a comment or string) in the file. */
  private static int[] locate(RuleFiles.DrlFile drl, String fragment) {
    if (drl == null || fragment.isEmpty()) {
      return null;
    }
    int at = DrlMask.of(drl.text(), true).indexOf(fragment);
    if (at < 0) {
      return null;
    }
    TextPositions positions = new TextPositions(drl.text());
    return new int[] {positions.line(at), positions.column(at)};
  }

  /** The fact type of the pattern a condition sits in: the name before the nearest open parenthesis. */
  private static String patternTypeBefore(String text, int[] where) {
    int offset = offsetOfLine(text, where[0]) + where[1] - 1;
    Matcher type = Pattern.compile("(\\w+)\\s*\\([^()]*$").matcher(text.substring(0, Math.max(0, offset)));
    return type.find() ? type.group(1) : null;
  }

  private static int columnOf(String text, int line, String fragment) {
    int start = offsetOfLine(text, line);
    if (start < 0 || fragment.isEmpty()) {
      return 0;
    }
    int end = text.indexOf('\n', start);
    String lineText = text.substring(start, end < 0 ? text.length() : end);
    int at = lineText.indexOf(fragment);
    return at < 0 ? 0 : at + 1;
  }

  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return -1;
      }
    }
    return offset;
  }

  private static String decode(String generated) {
    return ESCAPED_CHAR.matcher(generated).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1))));
  }

  /** Drools reports some problems by resource path and others relative to the resources root. */
  private static RuleFiles.DrlFile find(String reported, Map<String, RuleFiles.DrlFile> byResource) {
    String path = reported == null ? "" : reported;
    RuleFiles.DrlFile drl = byResource.get(path);
    return drl != null ? drl : byResource.get(RuleCompiler.RESOURCES + path);
  }
}
