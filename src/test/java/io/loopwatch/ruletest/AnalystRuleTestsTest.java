package io.loopwatch.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.RiskEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the analysts' rule test files beside the bundled rules as JUnit tests, so that the
 * project's test command covers them too.
 */
class AnalystRuleTestsTest {

  private static final Path RULES = Path.of("rules");

  @TempDir
  static Path cache;

  @TestFactory
  Stream<DynamicTest> bundledRuleTestCases() throws Exception {
    return casesRunBy(RiskEngine.builder().rules(RULES).build());
  }

  /** The same cases on the rules as the compiled-rules cache gives them back (executable model). */
  @TestFactory
  Stream<DynamicTest> bundledRuleTestCasesFromTheCompiledRulesCache() throws Exception {
    RiskEngine.builder().rules(RULES).compiledRulesCache(cache).build();
    return casesRunBy(RiskEngine.builder().rules(RULES).compiledRulesCache(cache).build());
  }

  private static Stream<DynamicTest> casesRunBy(RiskEngine engine) throws Exception {
    List<RuleTestCase> cases = RuleTestFiles.load(RULES, LocalDate.now());
    assertThat(cases).as("rule test cases under " + RULES).isNotEmpty();
    RuleTestRunner runner = new RuleTestRunner(engine);
    return cases.stream().map(testCase -> DynamicTest.dynamicTest(testCase.name(),
        testCase.file().toUri(),
        () -> {
          CaseResult result = runner.run(testCase);
          assertThat(result.passed())
              .as(() -> testCase.where() + " " + testCase.name() + "\n  " + String.join("\n  ", result.problems()))
              .isTrue();
        }));
  }
}
