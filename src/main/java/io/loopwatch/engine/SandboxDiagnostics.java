package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.check.CheckCode;
import io.loopwatch.sandbox.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.modelcompiler.util.StringUtil;

/**
 * Turns what the sandbox found in generated classes into diagnostics on the analyst's own DRL.
 * Drools' executable model names its classes by hash, but keeps enough to trace them back: a rule
 * becomes a method {@code rule_<name>} whose lambdas and lambda classes hold its conditions and
 * consequence, and a function becomes a static method of its package's {@code Rules} class. Within
 * that rule's or function's text, the call is found by its name.
 */
final class SandboxDiagnostics {

  private static final Pattern BLOCK_START =
      Pattern.compile("(?m)^[ \\t]*(rule|function|query|declare|import|global)\\b");

  private final RuleFiles files;
  private final RuleDeclarations declarations;
  private final GeneratedRuleClasses generated;

  private SandboxDiagnostics(RuleFiles files, GeneratedRuleClasses generated) {
    this.files = files;
    this.declarations = new RuleDeclarations(files);
    this.generated = generated;
  }

  /** One diagnostic per violation and place, in the files' order. */
  static List<Diagnostic> of(List<Violation> violations, GeneratedRuleClasses generated, RuleFiles files) {
    SandboxDiagnostics locator = new SandboxDiagnostics(files, generated);
    Set<Diagnostic> found = new LinkedHashSet<>();
    for (Violation violation : violations) {
      found.add(locator.diagnose(violation));
    }
    return new ArrayList<>(found);
  }

  private Diagnostic diagnose(Violation violation) {
    String pkg = GeneratedRuleClasses.packageOf(violation.className());
    Place place = null;
    String where = "";
    for (String rule : generated.rulesOf(violation.className(), violation.methodName())) {
      String[] parts = rule.split("\\|", 2);
      place = inRule(parts[0], parts[1], violation.token());
      where = "rule '" + ruleName(parts[0], parts[1]) + "' ";
      if (place != null && place.exact) {
        break;
      }
    }
    if (where.isEmpty() && violation.className().contains("/Rules") && !violation.methodName().startsWith("<")) {
      where = "function '" + violation.methodName() + "' ";
      place = inFunction(pkg, violation.methodName(), violation.token());
    }
    if (place == null || !place.exact) {
      // Not written in the rule itself: a global's or an import's type, named elsewhere in the file.
      Place declared = inPackage(pkg, violation.token());
      if (declared != null || place == null) {
        place = declared;
      }
    }
    String message = where + violation.describe() + ", which the rule sandbox does not allow; "
        + (violation.kind() == Violation.Kind.EVALUATES_TEXT
            ? "@timestamp and @duration name a field of the fact, for example @timestamp(date)"
            : "rules may use the rule vocabulary (io.loopwatch.rules), the fact types, strings, numbers, java.math,"
                + " java.time and the collections (README, \"The rule sandbox\")")
        + (place == null || !place.exact ? "; found in code Drools generated (" + violation.className().replace('/', '.')
            + "), not named in the DRL: if the rules use nothing unsafe, the allowlist misses something Drools"
            + " needs, so please report it with the rule" : "");
    return new Diagnostic(place == null ? files.directory() : place.file, place == null ? 0 : place.line,
        place == null ? 0 : place.column, "", message, CheckCode.UNSAFE_CALL.code());
  }

  private record Place(java.nio.file.Path file, int line, int column, boolean exact) {}

  private Place inRule(String pkg, String encodedName, String token) {
    for (RuleFiles.DrlFile drl : filesOf(pkg)) {
      String name = ruleName(pkg, encodedName);
      var declared = declarations.find(pkg, name);
      if (declared.isPresent() && declared.get().file().equals(drl.path())) {
        int start = offsetOf(drl.text(), declared.get().line(), declared.get().column());
        return within(drl, start, blockEnd(drl.text(), start), token);
      }
    }
    return null;
  }

  private Place inFunction(String pkg, String function, String token) {
    Pattern header = Pattern.compile("(?m)^[ \\t]*function\\b[^(\\n]*\\b" + Pattern.quote(function) + "\\s*\\(");
    for (RuleFiles.DrlFile drl : filesOf(pkg)) {
      Matcher found = header.matcher(DrlMask.of(drl.text()));
      if (found.find()) {
        int start = found.start();
        return within(drl, start, blockEnd(drl.text(), start), token);
      }
    }
    return null;
  }

  private Place inPackage(String pkg, String token) {
    for (RuleFiles.DrlFile drl : filesOf(pkg)) {
      Place place = within(drl, 0, drl.text().length(), token);
      if (place.exact) {
        return place;
      }
    }
    return null;
  }

  /** Where the token is first used as a member ({@code .exit}, {@code ::exit}) or, failing that, named. */
  private static Place within(RuleFiles.DrlFile drl, int start, int end, String token) {
    String masked = DrlMask.of(drl.text());
    String quoted = Pattern.quote(token);
    for (Pattern use : List.of(Pattern.compile("(?:\\.|::)\\s*(" + quoted + ")\\b"),
        Pattern.compile("\\b(" + quoted + ")\\b"))) {
      Matcher found = use.matcher(masked).region(start, end);
      if (found.find()) {
        return place(drl, found.start(1), true);
      }
    }
    return place(drl, start, false);
  }

  private static Place place(RuleFiles.DrlFile drl, int offset, boolean exact) {
    TextPositions positions = new TextPositions(drl.text());
    return new Place(drl.path(), positions.line(offset), positions.column(offset), exact);
  }

  /** A rule or function runs to the next top-level declaration, or the end of the file. */
  private static int blockEnd(String text, int start) {
    Matcher next = BLOCK_START.matcher(DrlMask.of(text));
    int from = text.indexOf('\n', start);
    return from >= 0 && next.find(from) ? next.start() : text.length();
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return Math.max(0, offset) + column - 1;
  }

  /** The declared rule whose generated method name this is; Drools encodes characters like '-' as _45. */
  private String ruleName(String pkg, String encoded) {
    for (RuleFiles.DrlFile drl : filesOf(pkg)) {
      Matcher rule = RuleDeclarations.RULE.matcher(drl.text());
      while (rule.find()) {
        String name = RuleDeclarations.nameIn(rule);
        if (StringUtil.toId(name).equals(encoded)) {
          return name;
        }
      }
    }
    return encoded;
  }

  private List<RuleFiles.DrlFile> filesOf(String pkg) {
    List<RuleFiles.DrlFile> inPackage = new ArrayList<>();
    for (RuleFiles.DrlFile drl : files.files()) {
      Matcher declared = RuleDeclarations.PACKAGE.matcher(drl.text());
      if ((declared.find() ? declared.group(1) : "defaultpkg").equals(pkg)) {
        inPackage.add(drl);
      }
    }
    return inPackage;
  }
}
