package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String HEADER = "package check.%s;\nimport io.loopwatch.facts.Company;\n\n";
  private static final String META = "    @id(\"%s\") @category(\"CONTAGION\") @severity(\"LOW\") @description(\"d\")\n";

  @TempDir
  Path rules;

  @Test
  void reportsABrokenRuleADuplicateIdMissingMetadataAndSystemExitWithFileLineAndCode() throws IOException {
    write("a.drl", String.format(HEADER, "a")
        + "rule \"first\"\n" + String.format(META, "first") + "when\n    Company()\nthen\nend\n\n"
        + "rule \"bare\"\nwhen\n    Company()\nthen\nend\n");
    write("b.drl", String.format(HEADER, "b")
        + "rule \"again\"\n" + String.format(META, "first") + "when\n    Company()\nthen\nend\n");
    write("c.drl", "package check.c;\nrule \"broken\"\nwhen\n    Foo(\nthen\nend\n");
    write("d.drl", String.format(HEADER, "d")
        + "rule \"exits\"\n" + String.format(META, "exits") + "when\n    Company()\nthen\n    System.exit(1);\nend\n");

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains(
        rules.resolve("d.drl") + ":9:12: LW501 error: rule 'exits' calls java.lang.System.exit, which the rule sandbox"
            + " does not allow",
        rules.resolve("a.drl") + ":11:1: LW201 error: rule 'bare' is missing @id, @category, @severity, @description",
        rules.resolve("b.drl") + ":4:1: LW205 error: rule 'again': duplicate @id 'first'; first used at "
            + rules.resolve("a.drl") + ":4",
        rules.resolve("c.drl") + ":6:1: LW101 error: mismatched input 'end'");
  }

  @Test
  void noMetadataLetsARuleCallOut() throws IOException {
    write("a.drl", String.format(HEADER, "a") + "rule \"logs\"\n" + String.format(META, "logs")
        + "    @unsafe(\"writes an audit file, reviewed by risk\")\nwhen\n    Company()\nthen\n"
        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"audit.log\"), \"x\");\nend\n");

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains(rules.resolve("a.drl") + ":10:25: LW501 error: rule 'logs' calls java.nio.file.Files.writeString");
  }

  @Test
  void ignoresUnsafeWordsInCommentsAndStrings() throws IOException {
    write("a.drl", String.format(HEADER, "a") + "// never call System.exit here\nrule \"quiet\"\n"
        + "    @id(\"quiet\") @category(\"CONTAGION\") @severity(\"LOW\") @description(\"Mentions new Thread( only.\")\n"
        + "when\n    Company( name != \"Runtime.getRuntime()\" )\nthen\nend\n");

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString());

    assertThat(run.out()).doesNotContain("LW501");
  }

  @Test
  void warnsAboutRulesWithoutTestsAndFailsOnWarningsOnlyWhenStrict() throws IOException {
    write("a.drl", String.format(HEADER, "a") + "rule \"untested\"\n" + String.format(META, "untested")
        + "when\n    Company()\nthen\nend\n");

    CommandLineRun relaxed = CommandLineRun.of("check", "--rules", rules.toString());
    CommandLineRun strict = CommandLineRun.of("check", "--rules", rules.toString(), "--strict");

    assertThat(relaxed.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(relaxed.out()).contains(rules.resolve("a.drl") + ":4:1: LW601 warning: rule 'untested' has no test case")
        .contains("0 error(s), 1 warning(s)");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void validatesFactFilesWhenAsked() throws IOException {
    write("a.drl", String.format(HEADER, "a") + "rule \"one\"\n" + String.format(META, "one")
        + "when\n    Company()\nthen\nend\n");
    Path facts = rules.resolve("facts.yaml");
    Files.writeString(facts, "companies:\n  - {id: Bad_Id, name: X, roles: [ai-lab], country: US}\n");

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString(), "--facts", facts.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains(facts + ":2:10: LW401 error: companies[0].id: malformed id 'Bad_Id'");
  }

  /**
   * Issue 14's trap: a name misspelt inside a function compiles as Java, so only the threshold
   * check can catch it before the rules fail at run time.
   */
  @Test
  void reportsAMisspeltThresholdReadInsideAFunctionAtItsFileLineAndColumn() throws IOException {
    write("thresholds.yaml", "loop-critical-usd: 50000000000\n");
    String spelt = "loop-critical-usd";
    String misspelt = "loop-critcal-usd";
    write("a.drl", gradingFunction(spelt));
    CommandLineRun correct = CommandLineRun.of("check", "--rules", rules.toString());
    write("a.drl", gradingFunction(misspelt));

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString());

    assertThat(correct.out()).doesNotContain("LW301").contains("0 error(s)");
    assertThat(correct.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).contains(rules.resolve("a.drl") + ":8:33: LW301 error: unknown threshold 'loop-critcal-usd';"
        + " define it in " + rules.resolve("thresholds.yaml") + " (defined: [loop-critical-usd])");
  }

  /** A rule set whose only threshold is read in a function, through the function's parameter. */
  private static String gradingFunction(String thresholdName) {
    return "package check.a;\nimport io.loopwatch.facts.Company;\nimport io.loopwatch.rules.Thresholds;\n\n"
        + "global Thresholds thresholds;\n\n"
        + "function boolean critical(java.math.BigDecimal usd, Thresholds t) {\n"
        + "    return usd.compareTo(t.usd(\"" + thresholdName + "\")) >= 0;\n"
        + "}\n\n"
        + "rule \"big\"\n" + String.format(META, "big")
        + "when\n    Company( critical(java.math.BigDecimal.ONE, thresholds) )\nthen\nend\n";
  }

  @Test
  void theBundledRulesPassTheCheck() {
    CommandLineRun run = CommandLineRun.of("check", "--strict", "--facts", "facts");

    assertThat(run.out()).endsWith("0 error(s), 0 warning(s)\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void writesJsonAndSarifWithCodesLevelsAndLocations() throws IOException {
    write("a.drl", String.format(HEADER, "a") + "rule \"exits\"\n" + String.format(META, "exits")
        + "when\n    Company()\nthen\n    System.exit(1);\nend\n");

    JsonNode json = new ObjectMapper().readTree(
        CommandLineRun.of("check", "--rules", rules.toString(), "--format", "json").out());
    JsonNode sarif = new ObjectMapper().readTree(
        CommandLineRun.of("check", "--rules", rules.toString(), "--format", "sarif").out());

    // A rule set the sandbox refuses is not loaded, so its rules' tests are not looked at: one problem.
    assertThat(json.get("problems")).hasSize(1);
    JsonNode problem = json.get("problems").get(0);
    assertThat(problem.get("code").asText()).isEqualTo("LW501");
    assertThat(problem.get("severity").asText()).isEqualTo("error");
    assertThat(problem.get("line").asInt()).isEqualTo(9);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("loopwatch");
    assertThat(run.get("tool").get("driver").get("rules")).anySatisfy(r -> assertThat(r.get("id").asText()).isEqualTo("LW501"));
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("LW501");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).endsWith("a.drl");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(9);
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(12);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(rules.resolve(name), text);
  }
}
