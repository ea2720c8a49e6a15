package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String AS_OF = "2026-02-05";

  @TempDir
  Path temp;

  @Test
  void printsATextReportGroupedBySeverityOnTheBundledData() {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Loopwatch report, as of 2026-02-05\n")
        .contains("\nCRITICAL (", "\nHIGH (", "pledge-cut", "nvidia → openai → oracle → nvidia");
    assertThat(run.out().indexOf("\nCRITICAL (")).isLessThan(run.out().indexOf("\nHIGH ("));
  }

  @Test
  void writesTheDocumentedJsonShape() throws IOException {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("asOf").asText()).isEqualTo(AS_OF);
    assertThat(report.get("summary").get("alerts").asInt()).isEqualTo(report.get("alerts").size()).isPositive();
    JsonNode alert = report.get("alerts").get(0);
    assertThat(alert.fieldNames()).toIterable()
        .containsExactly("rule", "category", "severity", "description", "subjects", "message", "evidence", "key",
            "explanation");
    assertThat(alert.get("evidence").fieldNames()).toIterable().containsExactly("facts", "path");
    JsonNode loop = findAlert(report, "circular-loop", "circular-loop:loop:nvidia>openai>oracle");
    assertThat(loop.get("evidence").get("path")).hasSize(3);
    JsonNode firstStep = loop.get("evidence").get("path").get(0);
    assertThat(firstStep.get("from").asText()).isEqualTo("nvidia");
    assertThat(firstStep.get("kind").asText()).isEqualTo("investment");
    assertThat(firstStep.get("amountUsd").decimalValue()).isEqualByComparingTo("20000000000");
    assertThat(firstStep.get("status").asText()).isEqualTo("reported");
  }

  @Test
  void asOfADateBeforeTheCutShowsTheLoopButNoCommitmentGap() throws IOException {
    JsonNode before = new ObjectMapper().readTree(CommandLineRun.of("run", "--as-of", "2025-10-01", "--format", "json").out());
    JsonNode after = new ObjectMapper().readTree(CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json").out());

    assertThat(findAlert(before, "circular-loop", "circular-loop:loop:nvidia>openai>oracle")).isNotNull();
    assertThat(before.get("alerts").findValuesAsText("rule")).doesNotContain("pledge-cut");
    assertThat(findAlert(after, "pledge-cut", "pledge-cut:nvidia-openai-loi-2025-09").get("severity").asText())
        .isEqualTo("CRITICAL");
  }

  @Test
  void exitsWithOneWhenAnAlertReachesFailOn() {
    assertThat(CommandLineRun.of("run", "--as-of", AS_OF, "--fail-on", "critical").exitCode())
        .isEqualTo(ExitCode.ALERTS);
  }

  @Test
  void minSeverityHidesLesserAlerts() throws IOException {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json", "--min-severity", "CRITICAL");

    JsonNode alerts = new ObjectMapper().readTree(run.out()).get("alerts");
    assertThat(alerts).isNotEmpty().allSatisfy(a -> assertThat(a.get("severity").asText()).isEqualTo("CRITICAL"));
  }

  @Test
  void aBrokenFactFileExitsWithTwoAndNamesFileLineAndColumn() throws IOException {
    Path facts = temp.resolve("bad.yaml");
    Files.writeString(facts, """
        companies:
          - id: acme
            name: Acme
            roles: [chip-maker]
            country: US
        """);

    CommandLineRun run = CommandLineRun.of("run", "--facts", facts.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(facts + ":4:").contains("companies[0].roles[0]").contains("chip-maker")
        .contains("chip-vendor").contains("nothing was evaluated");
  }

  @Test
  void aBrokenRuleFileExitsWithTwoAndNamesFileAndLine() throws IOException {
    Path rules = Files.createDirectory(temp.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package broken;\n\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");

    CommandLineRun run = CommandLineRun.of("run", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(rules.resolve("broken.drl") + ":7:1: LW101: mismatched input 'end'");
  }

  @Test
  void brokenFactsAndBrokenRulesAreReportedTogether() throws IOException {
    Path facts = temp.resolve("bad.yaml");
    Files.writeString(facts, "companies:\n  - id: acme\n    name: Acme\n    roles: [chip-maker]\n    country: US\n");
    Path rules = Files.createDirectory(temp.resolve("rules"));
    Files.writeString(rules.resolve("broken.drl"), "package broken;\n\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");

    CommandLineRun run = CommandLineRun.of("run", "--facts", facts.toString(), "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(facts + ":4:").contains(rules.resolve("broken.drl") + ":7:1:");
    assertThat(run.err().indexOf(facts + ":4:")).as("fact problems first")
        .isLessThan(run.err().indexOf(rules.resolve("broken.drl") + ":7:1:"));
  }

  @Test
  void anUnknownOptionIsBadInputWithAHint() {
    CommandLineRun run = CommandLineRun.of("run", "--formt", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Unknown options: '--formt'").contains("--format").contains("--help");
  }

  @Test
  void anUnknownSeverityListsTheValidOnes() {
    CommandLineRun run = CommandLineRun.of("run", "--fail-on", "urgent");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("unknown severity 'urgent'; expected one of: INFO, LOW, MEDIUM, HIGH, CRITICAL");
  }

  @Test
  void helpIsAvailableOnEveryCommand() {
    CommandLineRun top = CommandLineRun.of("--help");
    CommandLineRun run = CommandLineRun.of("run", "--help");

    assertThat(top.exitCode()).isZero();
    assertThat(top.out()).contains("Usage: loopwatch").contains("run");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--fail-on").contains("--min-severity").contains("Exit codes:");
  }

  private static JsonNode findAlert(JsonNode report, String rule, String key) {
    for (JsonNode alert : report.get("alerts")) {
      if (alert.get("rule").asText().equals(rule) && alert.get("key").asText().equals(key)) {
        return alert;
      }
    }
    throw new AssertionError("no " + rule + " alert with key " + key + " in " + report.get("alerts"));
  }
}
