package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.testing.Await;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands analysts use between runs: baselines, diff, suppressions and watch. */
class IterationCommandsTest {

  private static final String AS_OF = "2026-02-05";

  @TempDir
  Path dir;

  @Test
  void baselineMarksEachAlertAndListsTheGoneOnes() throws Exception {
    Path baseline = dir.resolve("before.json");
    Files.writeString(baseline, CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json").out()
        .replace("\"severity\" : \"CRITICAL\"", "\"severity\" : \"LOW\"")
        .replaceFirst("\"key\" : \"rival-chip:nvidia,intel\"", "\"key\" : \"rival-chip:retired\""));

    JsonNode report = new ObjectMapper().readTree(
        CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json", "--baseline", baseline.toString()).out());

    assertThat(report.get("alerts")).allSatisfy(a -> assertThat(a.get("change").asText()).isIn("new", "changed", "unchanged"));
    assertThat(report.get("alerts")).filteredOn(a -> a.get("severity").asText().equals("CRITICAL"))
        .isNotEmpty().allSatisfy(a -> assertThat(a.get("change").asText()).isEqualTo("changed"));
    assertThat(report.get("alerts")).filteredOn(a -> a.get("key").asText().equals("rival-chip:nvidia,intel"))
        .singleElement().satisfies(a -> assertThat(a.get("change").asText()).isEqualTo("new"));
    assertThat(report.get("gone")).singleElement().satisfies(g -> assertThat(g.get("key").asText()).isEqualTo("rival-chip:retired"));
  }

  @Test
  void diffExitsWithOneWhenRunsDifferAndZeroWhenTheyDoNot() throws Exception {
    Path before = dir.resolve("a.json");
    Path after = dir.resolve("b.json");
    Files.writeString(before, CommandLineRun.of("run", "--as-of", AS_OF, "--format", "json").out());
    Files.writeString(after, CommandLineRun.of("run", "--as-of", "2026-11-28", "--format", "json").out());

    CommandLineRun same = CommandLineRun.of("diff", before.toString(), before.toString());
    CommandLineRun changed = CommandLineRun.of("diff", before.toString(), after.toString());

    assertThat(same.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(same.out()).contains("0 new, 0 changed, 0 gone");
    assertThat(changed.exitCode()).isEqualTo(ExitCode.CHANGED);
    assertThat(changed.out()).contains("+ new      MEDIUM  large-pledge-unbound  [nvidia, openai]");
  }

  @Test
  void suppressedAlertsAreLeftOutButCountedAndExpiredOnesWarned() throws Exception {
    Path suppressions = Files.writeString(dir.resolve("s.yaml"), """
        suppressions:
          - {rule: pledge-cut, reason: known, addedBy: analyst-a, until: 2026-03-01}
          - {rule: customer-seeks-alternatives, reason: old news, addedBy: analyst-b, until: 2026-01-31}
        """);

    CommandLineRun text = CommandLineRun.of("run", "--as-of", AS_OF, "--suppressions", suppressions.toString());
    CommandLineRun shown = CommandLineRun.of("run", "--as-of", AS_OF, "--suppressions", suppressions.toString(),
        "--show-suppressed", "--format", "json");

    assertThat(text.out()).doesNotContain("  pledge-cut  ").contains("customer-seeks-alternatives")
        .contains("1 alert(s) suppressed (--show-suppressed lists them)");
    assertThat(text.err()).contains(suppressions + ":3:5: warning: suppression of customer-seeks-alternatives expired on 2026-01-31");
    JsonNode json = new ObjectMapper().readTree(shown.out());
    assertThat(json.get("summary").get("suppressed").asInt()).isEqualTo(1);
    assertThat(json.get("suppressed").get(0).get("rule").asText()).isEqualTo("pledge-cut");
    assertThat(json.get("suppressed").get(0).get("suppression").get("until").asText()).isEqualTo("2026-03-01");
  }

  @Test
  void aNamedSuppressionsFileThatDoesNotExistIsBadInput() {
    CommandLineRun run = CommandLineRun.of("run", "--suppressions", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(dir.resolve("nope.yaml") + ": suppressions file not found");
  }

  @Test
  void checkWarnsAboutExpiredSuppressionsBesideTheRules() throws Exception {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
      Files.copy(file, rules.resolve(file.getFileName().toString()));
    }
    Files.writeString(rules.resolve("suppressions.yaml"), """
        suppressions:
          - {rule: pledge-cut, reason: known, addedBy: analyst-a, until: 2020-01-01}
          - {rule: no-such-rule, reason: typo, addedBy: analyst-b, until: 2999-01-01}
        """);

    CommandLineRun run = CommandLineRun.of("check", "--rules", rules.toString());

    assertThat(run.out()).contains(rules.resolve("suppressions.yaml") + ":2:5: LW701 warning: suppression of pledge-cut expired on 2020-01-01")
        .contains(rules.resolve("suppressions.yaml") + ":3:5: LW703 error: suppression names rule 'no-such-rule'");
  }

  @Test
  void watchShowsTheDiffAfterAnEditAndEndsCleanlyWhenInterrupted() throws Exception {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
      Files.copy(file, rules.resolve(file.getFileName().toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Thread watching = new Thread(() -> exit[0] = Main.run(new String[] {"watch", "--rules", rules.toString(),
        "--facts", "facts", "--as-of", AS_OF, "--quiet-ms", "200"}, new PrintWriter(out, true), new PrintWriter(err, true)));
    watching.start();
    Await.until(() -> out.toString().contains("Ctrl-C to stop"));

    Path thresholds = rules.resolve("thresholds.yaml");
    Files.writeString(thresholds, Files.readString(thresholds)
        .replace("financing-intensity:\n  critical: 0.50\n  high: 0.25", "financing-intensity:\n  critical: 0.15\n  high: 0.15"));
    Await.until(() -> out.toString().contains("changed, 0 gone"));
    watching.interrupt();
    watching.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(out.toString()).contains("rules reloaded", "severity: MEDIUM → CRITICAL", "stopped watching");
    assertThat(exit[0]).isEqualTo(ExitCode.OK);
  }
}
