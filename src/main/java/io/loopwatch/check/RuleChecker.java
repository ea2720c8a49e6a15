package io.loopwatch.check;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleInfo;
import io.loopwatch.engine.RuleCompiler;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.ruletest.ExpectedAlert;
import io.loopwatch.ruletest.ForbiddenAlert;
import io.loopwatch.ruletest.RuleTestCase;
import io.loopwatch.ruletest.RuleTestFiles;
import io.loopwatch.suppress.Suppression;
import io.loopwatch.suppress.SuppressionFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a rule set the way an analyst needs before trusting it: that it compiles with complete
 * metadata, calls nothing the rule sandbox refuses, has tests that name real rules, and, when asked, that the fact
 * files validate. Every problem carries a stable {@link CheckCode}.
 */
public final class RuleChecker {

  private RuleChecker() {}

  /** {@link #check(Path, List, LocalDate)} with expiry judged against today. */
  public static CheckResult check(Path rulesDirectory, List<Path> facts) throws IOException {
    return check(rulesDirectory, facts, LocalDate.now());
  }

  /**
   * @param facts fact files to validate as well; empty to skip them
   * @param asOf the day suppressions are judged against, as {@code run --as-of} judges them
   */
  public static CheckResult check(Path rulesDirectory, List<Path> facts, LocalDate asOf) throws IOException {
    return check(rulesDirectory, facts, asOf, false);
  }

  /** @param allowEmpty accept fact paths that hold no facts at all, as {@code --allow-empty} asks */
  public static CheckResult check(Path rulesDirectory, List<Path> facts, LocalDate asOf, boolean allowEmpty)
      throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<RuleInfo> rules = compile(rulesDirectory, problems);
    List<RuleTestCase> cases = testCases(rulesDirectory, problems);
    if (rules != null && cases != null) {
      checkTests(rules, cases, problems);
    }
    checkSuppressions(rulesDirectory, rules, asOf, problems);
    if (!facts.isEmpty()) {
      try {
        if (allowEmpty) {
          FactFiles.loadAllowingEmpty(facts);
        } else {
          FactFiles.load(facts);
        }
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(d -> problems.add(d.withCode(CheckCode.FACT_FILE.code())));
      }
    }
    problems.sort(Comparator.comparing((Diagnostic d) -> String.valueOf(d.file()))
        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new CheckResult(problems);
  }

  /**
   * The compiled rules, or null when nothing compiles. Drools stops at a broken file, so the files
   * that compile are compiled again without it, to check their metadata too.
   */
  private static List<RuleInfo> compile(Path rulesDirectory, List<Diagnostic> problems) throws IOException {
    Set<Path> broken = new HashSet<>();
    while (true) {
      try {
        RuleCompiler.Checked checked = RuleCompiler.check(rulesDirectory, broken);
        checked.problems().stream()
            .map(d -> d.code().isEmpty() ? d.withCode(CheckCode.DRL_COMPILE.code()) : d)
            .filter(d -> !problems.contains(d))
            .forEach(problems::add);
        return checked.rules();
      } catch (InvalidInputException e) {
        Set<Path> failing = new HashSet<>();
        for (Diagnostic d : e.diagnostics()) {
          if (!broken.isEmpty() && d.code().equals(CheckCode.NO_RULES.code())) {
            // Every file has a compile error, each already reported; "no files left" adds nothing.
            continue;
          }
          Diagnostic coded = d.code().isEmpty() ? d.withCode(CheckCode.DRL_COMPILE.code()) : d;
          if (!problems.contains(coded)) {
            problems.add(coded);
          }
          if (d.file() != null && isCompileError(coded)) {
            failing.add(d.file());
          }
        }
        failing.removeAll(broken);
        if (failing.isEmpty()) {
          return null;
        }
        broken.addAll(failing);
      }
    }
  }

  /**
   * Problems that stop a rule base from being built or loaded, as opposed to Loopwatch's own
   * checks: a file the sandbox refuses is left out like one that does not compile.
   */
  private static boolean isCompileError(Diagnostic problem) {
    return problem.code().equals(CheckCode.DRL_SYNTAX.code()) || problem.code().equals(CheckCode.DRL_COMPILE.code())
        || problem.code().equals(CheckCode.NEVER_FIRES.code()) || problem.code().equals(CheckCode.UNSAFE_CALL.code());
  }

  private static void checkSuppressions(Path rulesDirectory, List<RuleInfo> rules, LocalDate today,
      List<Diagnostic> problems) throws IOException {
    List<Suppression> entries;
    try {
      entries = SuppressionFile.read(rulesDirectory.resolve(SuppressionFile.DEFAULT_NAME));
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(d -> problems.add(d.withCode(CheckCode.SUPPRESSIONS_FILE.code())));
      return;
    }
    for (Suppression entry : entries) {
      if (!entry.isActiveOn(today)) {
        problems.add(new Diagnostic(entry.file(), entry.line(), entry.column(), "", "suppression of " + entry.describe()
            + " expired on " + entry.until() + " (added by " + entry.addedBy() + ": " + entry.reason()
            + "); its alerts show again", CheckCode.SUPPRESSION_EXPIRED.code()));
      }
      if (rules != null && entry.rule() != null && rules.stream().noneMatch(r -> r.id().equals(entry.rule()))) {
        problems.add(new Diagnostic(entry.file(), entry.line(), entry.column(), "", "suppression names rule '" + entry.rule()
            + "', which no rule file defines", CheckCode.SUPPRESSION_UNKNOWN_RULE.code()));
      }
    }
  }

  private static List<RuleTestCase> testCases(Path rulesDirectory, List<Diagnostic> problems) throws IOException {
    try {
      return RuleTestFiles.load(rulesDirectory, LocalDate.now());
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(d -> problems.add(d.withCode(CheckCode.TEST_FILE.code())));
      return null;
    }
  }

  private static void checkTests(List<RuleInfo> rules, List<RuleTestCase> cases, List<Diagnostic> problems) {
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    Set<String> tested = new HashSet<>();
    for (RuleTestCase testCase : cases) {
      for (ExpectedAlert expected : testCase.expect()) {
        tested.add(expected.rule());
        unknownRule(expected.rule(), testCase, expected.line(), ids, problems);
      }
      for (ForbiddenAlert forbidden : testCase.expectNone()) {
        tested.add(forbidden.rule());
        unknownRule(forbidden.rule(), testCase, forbidden.line(), ids, problems);
      }
    }
    for (RuleInfo rule : rules) {
      if (!tested.contains(rule.id())) {
        problems.add(new Diagnostic(rule.file(), rule.line(), 1, "", "rule '" + rule.id()
            + "' has no test case; add one to a *.test.yaml file beside the rules", CheckCode.UNTESTED_RULE.code()));
      }
    }
  }

  private static void unknownRule(String rule, RuleTestCase testCase, int line, Set<String> ids,
      List<Diagnostic> problems) {
    if (!ids.contains(rule)) {
      Diagnostic problem = new Diagnostic(testCase.file(), line, 0, "", "case '" + testCase.name()
          + "' names rule '" + rule + "', which no rule file defines", CheckCode.UNKNOWN_RULE_IN_TEST.code());
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
    }
  }
}
