package io.loopwatch.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTestRunnerTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-02-05");
  private static RiskEngine engine;

  @TempDir
  Path dir;

  @BeforeAll
  static void compileBundledRules() throws Exception {
    engine = RiskEngine.builder().rules(Path.of("rules")).build();
  }

  /** Indented to sit under a case's {@code facts:}. */
  private static final String COMPANIES = """
            companies:
              - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
              - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
      """;

  private static final String LOOP = """
            investments:
              - {id: i1, investor: nvidia, investee: openai, amountUsd: 20000000000, instrument: equity,
                 status: signed, announced: 2026-01-10, sources: [{publisher: W, date: 2026-01-10}]}
            supplyDeals:
              - {id: s1, buyer: openai, supplier: nvidia, product: gpu, amountUsd: 30000000000, status: signed,
                 announced: 2026-01-12, sources: [{publisher: W, date: 2026-01-12}]}
      """;

  @Test
  void passesWhenTheExpectedAlertIsRaisedWithItsFields() throws Exception {
    CaseResult result = runOnly("""
        cases:
          - name: loop
            asOf: 2026-02-05
            facts:
        """ + COMPANIES + LOOP + """
            expect:
              - {rule: vendor-funds-customer, subjects: [openai, nvidia], severity: HIGH, message: funds its own}
        """);

    assertThat(result.passed()).isTrue();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void reportsTheFieldsThatDifferWithTheLineOfTheExpectation() throws Exception {
    CaseResult result = runOnly("""
        cases:
          - name: wrong severity
            asOf: 2026-02-05
            facts:
        """ + COMPANIES + LOOP + """
            expect:
              - {rule: vendor-funds-customer, subjects: [nvidia, openai], severity: LOW, message: lends}
        """);

    assertThat(result.passed()).isFalse();
    assertThat(result.problems()).containsExactly(
        "differs: vendor-funds-customer [nvidia, openai] (expected at line 15)",
        "    severity: expected LOW, got HIGH",
        "    message: expected to contain \"lends\", got \"NVIDIA funds its own customer OpenAI, which buys from it:"
            + " USD 20 B can go all the way round, all of it binding (2 of 2 links binding); it closes in date order:"
            + " money can leave NVIDIA on 2026-01-10 and be back by 2026-01-12 (2 days).\"");
  }

  @Test
  void reportsMissingUnexpectedAndForbiddenAlerts() throws Exception {
    CaseResult result = runOnly("""
        cases:
          - name: mixed up
            asOf: 2026-02-05
            facts:
        """ + COMPANIES + LOOP + """
            expect:
              - {rule: vendor-funds-customer, subjects: [nvidia, amd]}
              - {rule: circular-loop}
            expectNone:
              - {rule: vendor-funds-customer, subjects: [nvidia, openai]}
        """);

    assertThat(result.missing()).extracting(ExpectedAlert::describe)
        .containsExactly("vendor-funds-customer [nvidia, amd]", "circular-loop");
    assertThat(result.unexpected()).extracting(a -> a.key()).containsExactly("vendor-funds-customer:nvidia@loop:nvidia>openai");
    assertThat(result.forbidden()).extracting(f -> f.rule().line()).containsExactly(18);
  }

  @Test
  void runsEachVariantAsItsOwnCaseWithTheCaseFactsAdded() throws Exception {
    write("""
        cases:
          - name: base
            asOf: 2026-02-05
            facts:
        """ + COMPANIES + """
            expectNone: [{rule: vendor-funds-customer}]
            variants:
              - name: nothing else
              - name: with the loop
                facts:
        """ + LOOP.indent(4) + """
                expect: [{rule: vendor-funds-customer}]
                expectNone: []
        """);

    List<RuleTestCase> cases = RuleTestFiles.load(dir, TODAY);
    List<CaseResult> results = new RuleTestRunner(engine).runAll(cases);

    assertThat(cases).extracting(RuleTestCase::name).containsExactly("base [nothing else]", "base [with the loop]");
    assertThat(cases).extracting(RuleTestCase::line).containsExactly(10, 11);
    assertThat(results).allMatch(CaseResult::passed);
  }

  @Test
  void namesRulesNoRuleFileDefines() throws Exception {
    CaseResult result = runOnly("""
        cases:
          - name: typo
            asOf: 2026-02-05
            expectNone: [{rule: vendor-funds-custmer}]
        """);

    assertThat(result.problems()).containsExactly("unknown rule 'vendor-funds-custmer': no rule file defines it");
  }

  @Test
  void reportsEveryProblemInAMalformedTestFileWithItsPosition() throws Exception {
    write("""
        cases:
          - name: broken
            asof: 2026-02-05
            expect:
              - {rule: vendor-funds-customer, severity: URGENT}
          - asOf: yesterday
            expectNone: [{rule: x}]
        """);

    List<Diagnostic> problems = catchThrowableOfType(InvalidInputException.class,
        () -> RuleTestFiles.load(dir, TODAY)).diagnostics();

    Path file = dir.resolve("case.test.yaml");
    assertThat(problems).containsExactly(
        new Diagnostic(file, 3, 5, "cases[0].asof",
            "unknown field 'asof'; valid fields are: name, asOf, facts, factFiles, scenario, expect, expectNone, variants"),
        new Diagnostic(file, 5, 49, "cases[0].expect[0].severity",
            "unknown severity 'URGENT'; expected one of: INFO, LOW, MEDIUM, HIGH, CRITICAL"),
        new Diagnostic(file, 6, 5, "cases[1].name", "missing required field 'name'"),
        new Diagnostic(file, 6, 11, "cases[1].asOf", "expected an ISO-8601 date yyyy-mm-dd; found 'yesterday'"));
  }

  @Test
  void reportsBadInlineFactsAtTheirPlaceInTheTestFile() throws Exception {
    write("""
        cases:
          - name: bad facts
            asOf: 2026-02-05
            facts:
              companies:
                - {id: nvidia, name: NVIDIA, roles: [gpu-maker], country: US}
            expectNone: [{rule: rival-chip}]
        """);

    List<Diagnostic> problems = catchThrowableOfType(InvalidInputException.class,
        () -> RuleTestFiles.load(dir, TODAY)).diagnostics();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(dir.resolve("case.test.yaml"));
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.message()).contains("'gpu-maker'").contains("chip-vendor");
    });
  }

  private CaseResult runOnly(String yaml) throws Exception {
    write(yaml);
    List<RuleTestCase> cases = RuleTestFiles.load(dir, TODAY);
    assertThat(cases).hasSize(1);
    return new RuleTestRunner(engine).run(cases.get(0));
  }

  private void write(String yaml) throws IOException {
    Files.writeString(dir.resolve("case.test.yaml"), yaml);
  }
}
