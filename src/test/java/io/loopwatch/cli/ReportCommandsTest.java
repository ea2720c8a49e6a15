package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --format/--output/--explain, explain and graph, run in-process on the bundled data. */
class ReportCommandsTest {

  private static final String AS_OF = "2026-02-05";
  private static final String NVIDIA_LOOP = "circular-loop:loop:nvidia>openai>oracle";

  @TempDir
  Path temp;

  @Test
  void runExplainFollowsEachAlertWithItsRuleFactsSourcesAndThresholds() {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--explain");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("key: " + NVIDIA_LOOP, "rule: circular-loop (", "path, in the order money travels:",
        "1. NVIDIA → OpenAI: investment nvidia-openai-2026-02 (equity), USD 20 B, reported, 2026-02-04 [Kukmin Ilbo, 2026-02-04]",
        "thresholds crossed:",
        "OpenAI's commitments against a year's revenue: 162.8×, at or above the threshold 5× (commitments-to-revenue.high)",
        "sources: Kukmin Ilbo, 2026-02-04");
  }

  @Test
  void runWritesHtmlToTheOutputFileAndSaysSoOnStderr() throws IOException {
    Path file = temp.resolve("report.html");

    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--format", "html", "--output", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).matches("wrote " + java.util.regex.Pattern.quote(file.toString()) + " \\(html, [1-9][0-9]* alert\\(s\\)\\)\n");
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</body></html>\n");
  }

  @Test
  void runWritesJsonLinesOneAlertPerLine() throws IOException {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--format", "jsonl", "--min-severity", "CRITICAL");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines()).hasSize(4);
    for (String line : run.out().lines().toList()) {
      assertThat(new ObjectMapper().readTree(line).get("severity").asText()).isEqualTo("CRITICAL");
    }
  }

  @Test
  void runWritesMarkdown() {
    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("# Loopwatch report").contains("```mermaid");
  }

  @Test
  void anUnknownFormatListsTheValidOnes() {
    CommandLineRun run = CommandLineRun.of("run", "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("text, json, jsonl, markdown, html");
  }

  @Test
  void explainPrintsOneAlertsExplanation() {
    CommandLineRun run = CommandLineRun.of("explain", NVIDIA_LOOP, "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    // Nvidia's USD 20 B is only reported, and Oracle's chip order came before the stake: LOW, structural.
    assertThat(run.out()).startsWith("LOW  " + NVIDIA_LOOP + "\n")
        .contains("rule: circular-loop", "3. Oracle → NVIDIA: supply oracle-nvidia-gb200-2025-05 (gpu), USD 40 B",
            "money not yet binding that can at most go all the way round: USD 20 B, at or above the threshold"
                + " USD 10 B (loop-unbound-usd.medium)",
            "days the money takes to go round in date order (∞ when no order lets it): ∞, at or above the threshold"
                + " 365 days (loop-window-days)",
            "openai-oracle-cloud-2025-09 (supply-deal, facts" );
  }

  @Test
  void explainWithAnUnknownKeyExitsTwoAndListsCloseKeys() {
    CommandLineRun run = CommandLineRun.of("explain", "circular-loop:nvidia>openai>oracle", "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: no alert has the key 'circular-loop:nvidia>openai>oracle'")
        .contains("Did you mean one of these?\n  " + NVIDIA_LOOP + "\n").contains("'loopwatch run' lists every alert");
  }

  @Test
  void graphDrawsTheNetworkAsSvgWithANodePerCompanyWithoutCompilingRules() {
    CommandLineRun run = CommandLineRun.of("graph", "--rules", temp.resolve("no-rules-needed").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
    assertThat(run.out().split(" data-node=\"", -1)).hasSize(20 + 1);
  }

  @Test
  void graphHighlightsOneAlertsLoopInDot() {
    CommandLineRun run = CommandLineRun.of("graph", "--format", "dot", "--highlight", NVIDIA_LOOP, "--only",
        "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("digraph loopwatch {")
        .contains("\"nvidia\" -> \"openai\" [label=\"investment: USD 20 B · reported\", color=\"#dc2626\", style=dashed, penwidth=3];")
        .doesNotContain("\"amd\"");
  }

  @Test
  void graphWritesMermaidToAFile() throws IOException {
    Path file = temp.resolve("network.mmd");

    CommandLineRun run = CommandLineRun.of("graph", "--format", "mermaid", "--output", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("wrote " + file + " (mermaid, 20 companies, ");
    assertThat(Files.readString(file)).startsWith("flowchart LR\n");
  }

  @Test
  void graphWithAnUnknownHighlightExitsTwo() {
    CommandLineRun run = CommandLineRun.of("graph", "--highlight", "no-such-alert", "--as-of", AS_OF);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no alert has the key 'no-such-alert'", "Did you mean");
  }

  @Test
  void graphOnlyWithoutHighlightIsBadInput() {
    CommandLineRun run = CommandLineRun.of("graph", "--only");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--only needs --highlight");
  }
}
