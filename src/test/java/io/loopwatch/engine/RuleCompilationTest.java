package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Category;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RuleInfo;
import io.loopwatch.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are compiled at run time; every problem names the analyst's file and line. */
class RuleCompilationTest {

  private static final String HEADER = """
      package test.rules;
      import io.loopwatch.facts.Company;
      import io.loopwatch.rules.Alerts;
      """;

  private static final String METADATA =
      "    @id(\"%s\") @category(\"CIRCULAR_FINANCING\") @severity(\"LOW\") @description(\"A test rule.\")\n";

  @TempDir
  Path rules;

  @Test
  void compilesValidRulesWithTheirMetadata() throws Exception {
    write("one.drl", HEADER + rule("first-rule", "Company()", ""));

    List<RuleInfo> compiled = RiskEngine.builder().rules(rules).build().rules();

    assertThat(compiled).singleElement().satisfies(rule -> {
      assertThat(rule.id()).isEqualTo("first-rule");
      assertThat(rule.category()).isEqualTo(Category.CIRCULAR_FINANCING);
      assertThat(rule.severity()).isEqualTo(Severity.LOW);
      assertThat(rule.description()).isEqualTo("A test rule.");
      assertThat(rule.file()).isEqualTo(rules.resolve("one.drl"));
      assertThat(rule.line()).isEqualTo(5);
    });
  }

  @Test
  void reportsSyntaxErrorAtTheFileAndLineOfTheMistake() throws Exception {
    write("broken.drl", HEADER + """

        rule "broken"
        """ + String.format(METADATA, "broken") + """
        when
            $c : Company( id == "a"
        then
        end
        """);

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("broken.drl"));
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.column()).isEqualTo(1);
      assertThat(d.message()).contains("mismatched input 'then'");
    });
  }

  @Test
  void reportsUnknownFieldAtItsColumn() throws Exception {
    write("field.drl", HEADER + rule("bad-field", "Company( nosuchfield == \"a\" )", ""));

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.column()).isEqualTo(14);
      assertThat(d.message()).isEqualTo("cannot evaluate 'nosuchfield == \"a\"': Company has no field or method 'nosuchfield'");
    });
  }

  @Test
  void reportsAnUnknownFactTypeAtItsColumn() throws Exception {
    write("type.drl", HEADER + rule("bad-type", "Compny( id == \"a\" )", ""));

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.column()).isEqualTo(5);
      assertThat(d.code()).isEqualTo("LW103");
      assertThat(d.message()).isEqualTo("unknown fact type 'Compny'; is it imported, and spelt as its class is?");
    });
  }

  @Test
  void reportsJavaErrorInAConsequenceAtTheLineOfTheCallWithoutGeneratedClassNames() throws Exception {
    write("java.drl", HEADER + rule("bad-java", "$c : Company()", "        undefinedCall($c);\n"));

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(10);
      assertThat(d.column()).isEqualTo(9);
      assertThat(d.message()).isEqualTo("Java error in rule 'bad-java': The method undefinedCall(Company) is undefined");
    });
  }

  @Test
  void reportsAWholeNumberTooLargeForJavaAtItsColumnWithTheFix() throws Exception {
    write("large.drl", HEADER + "import io.loopwatch.facts.SupplyDeal;\n"
        + rule("large-number", "SupplyDeal( amountUsd != null, amountUsd >= 5000000000 )", ""));

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.file().getFileName().toString()).isEqualTo("large.drl");
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.column()).isEqualTo(49);
      assertThat(d.message()).isEqualTo("rule 'large-number': the number 5000000000 is too large for a whole number"
          + " in rule code; write it as 5000000000B (a decimal, as amounts are) or read it from thresholds.yaml");
    });
  }

  @Test
  void reportsEveryMissingMetadataField() throws Exception {
    write("meta.drl", HEADER + """
        rule "no-meta"
            @id("no-meta")
        when
            Company()
        then
        end
        """);

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(4);
      assertThat(d.message()).isEqualTo("rule 'no-meta' is missing @category, @severity, @description;"
          + " every rule declares @id, @category, @severity and @description");
    });
  }

  @Test
  void reportsUnknownCategoryAndSeverityWithTheValidChoices() throws Exception {
    write("choices.drl", HEADER + """
        rule "odd"
            @id("odd") @category("WEATHER") @severity("SEVERE") @description("x")
        when
            Company()
        then
        end
        """);

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).extracting(Diagnostic::message).containsExactly(
        "rule 'odd': unknown @category 'WEATHER'; expected one of: " + Category.choices(),
        "rule 'odd': unknown @severity 'SEVERE'; expected one of: INFO, LOW, MEDIUM, HIGH, CRITICAL");
  }

  @Test
  void rejectsDuplicateRuleIdsAcrossFiles() throws Exception {
    write("a.drl", HEADER + rule("same-id", "Company()", ""));
    write("b.drl", HEADER.replace("test.rules", "test.other") + rule("same-id", "Company()", ""));

    List<Diagnostic> problems = buildFailure();

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("b.drl"));
      assertThat(d.message()).isEqualTo("rule 'same-id': duplicate @id 'same-id'; first used at "
          + rules.resolve("a.drl") + ":5");
    });
  }

  @Test
  void rejectsIdsThatAreNotKebabCase() throws Exception {
    write("case.drl", HEADER + rule("Not_Kebab", "Company()", ""));

    assertThat(buildFailure()).singleElement().extracting(Diagnostic::message)
        .asString().contains("@id 'Not_Kebab' is not kebab-case");
  }

  @Test
  void reportsAThresholdTheRulesNameButTheFileDoesNotDefine() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "known-usd: 100\n");
    write("t.drl", HEADER + """
        import io.loopwatch.rules.Thresholds;
        global Thresholds thresholds;
        """ + rule("uses-threshold", "Company()", "        thresholds.usd(\"unknwn-usd\");\n"));

    List<Diagnostic> problems = buildFailure();

    // And known-usd, which no rule reads now, is reported too: the typo is on one side or the other.
    assertThat(problems).extracting(Diagnostic::message).contains("threshold 'known-usd' is not read by any"
        + " rule (rules read: [unknwn-usd]); remove it or fix its name");
    assertThat(problems).filteredOn(d -> d.file().endsWith("t.drl")).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("t.drl"));
      assertThat(d.line()).isEqualTo(12);
      assertThat(d.column()).isEqualTo(25);
      assertThat(d.message()).isEqualTo("unknown threshold 'unknwn-usd'; define it in "
          + rules.resolve("thresholds.yaml") + " (defined: [known-usd])");
    });
  }

  @Test
  void refusesToRunRulesThatReadAnUnknownThresholdInsideAFunction() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  critical: 50\n  high: 10\n");
    write("f.drl", HEADER + """
        import io.loopwatch.rules.Thresholds;
        global Thresholds thresholds;
        function boolean critical(java.math.BigDecimal money, Thresholds t) {
            return money.compareTo(t.usd("loop-critcal-usd")) >= 0;
        }
        """ + rule("graded", "Company()", "        Alerts.raise(kcontext).grade(\"loop-usd\", \"money\", 1, io.loopwatch.rules.Unit.USD);\n"));

    assertThat(buildFailure()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("f.drl"));
      assertThat(d.line()).isEqualTo(7);
      assertThat(d.message()).startsWith("unknown threshold 'loop-critcal-usd'; define it in");
      assertThat(d.code()).isEqualTo("LW301");
    });
  }

  @Test
  void reportsAThresholdThatIsNotANumber() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "# comment\nloop-usd: lots\n");
    write("one.drl", HEADER + rule("one", "Company()", ""));

    assertThat(buildFailure()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("thresholds.yaml"));
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).isEqualTo("threshold 'loop-usd' must be a number or a map of tiers (critical, high, medium, low), found text");
    });
  }

  @Test
  void reportsADirectoryWithoutRuleFiles() throws Exception {
    assertThat(buildFailure()).singleElement().extracting(Diagnostic::message)
        .isEqualTo("no rule files found; expected at least one *.drl file");
  }

  @Test
  void rulesInSubdirectoriesAreCompiledToo() throws Exception {
    Files.createDirectories(rules.resolve("team"));
    write("team/nested.drl", HEADER + rule("nested", "Company()", ""));

    assertThat(RiskEngine.builder().rules(rules).build().rules()).extracting(RuleInfo::id).containsExactly("nested");
  }

  private List<Diagnostic> buildFailure() throws IOException {
    InvalidInputException failure = catchThrowableOfType(InvalidInputException.class,
        () -> RiskEngine.builder().rules(rules).build());
    assertThat(failure).as("the build should fail").isNotNull();
    return failure.diagnostics();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(rules.resolve(name), text);
  }

  /** A rule whose header is on line 5 when it follows {@link #HEADER} and a blank line. */
  private static String rule(String id, String condition, String consequence) {
    return "\nrule \"" + id + "\"\n" + String.format(METADATA, id) + "when\n    " + condition + "\nthen\n"
        + consequence + "end\n";
  }
}
