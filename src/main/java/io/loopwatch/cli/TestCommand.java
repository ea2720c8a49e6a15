package io.loopwatch.cli;

import io.loopwatch.RiskEngine;
import io.loopwatch.ruletest.CaseResult;
import io.loopwatch.ruletest.Coverage;
import io.loopwatch.ruletest.JUnitXmlReport;
import io.loopwatch.ruletest.RuleTestCase;
import io.loopwatch.ruletest.RuleTestFiles;
import io.loopwatch.ruletest.RuleTestRunner;
import io.loopwatch.ruletest.TestReportJson;
import io.loopwatch.ruletest.TestReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code loopwatch test}: run the analysts' rule test cases that live beside the rules. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the rule test cases (*.test.yaml beside the rules) and show failures as expected versus actual.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every case passed",
        "1:a case failed",
        "2:bad input: a rule file, a test file or an option is wrong",
        "3:could not finish: --timeout passed, out of memory, stdout not writable, or an internal error"})
final class TestCommand implements Callable<Integer> {

  enum Format { text, json, junit }

  @Spec
  CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Directory of *.drl rule files and their *.test.yaml cases (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--coverage", description = "List each rule with the cases that fire it, and the rules no case fires.")
  boolean coverage;

  @Option(names = "--run", paramLabel = "PATTERN",
      description = "Only run cases whose name matches this regular expression.")
  String run;

  /** Per case: each case is one evaluation, and a case that runs out stops the run (exit 3). */
  @Mixin
  TimeoutOption timeout;

  @Override
  public Integer call() throws Exception {
    Pattern pattern = compile(run);
    RiskEngine engine = timeout.applyTo(RulesCacheDirectory.engineBuilder().rules(rules)).build();
    List<RuleTestCase> cases = RuleTestRunner.select(RuleTestFiles.load(rules, LocalDate.now()), pattern);
    List<CaseResult> results = new RuleTestRunner(engine).runAll(cases);
    Coverage covered = coverage ? Coverage.of(engine.rules(), results) : null;

    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> TestReportJson.write(results, covered, out);
      case junit -> JUnitXmlReport.write(results, out);
      default -> TestReportText.write(results, covered, out);
    }
    out.flush();
    if (cases.isEmpty()) {
      spec.commandLine().getErr().println("no test cases found under " + rules
          + (run == null ? "" : " matching '" + run + "'") + "; test files are named *.test.yaml");
      return ExitCode.BAD_INPUT;
    }
    return results.stream().allMatch(CaseResult::passed) ? ExitCode.OK : ExitCode.TESTS_FAILED;
  }

  private Pattern compile(String regex) {
    try {
      return Pattern.compile(regex == null ? "" : regex);
    } catch (PatternSyntaxException e) {
      throw new ParameterException(spec.commandLine(), "--run: not a regular expression: " + e.getDescription()
          + " near index " + e.getIndex() + " of '" + regex + "'");
    }
  }
}
