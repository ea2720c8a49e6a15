package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressCommandTest {
  @TempDir Path dir;

  @Test
  void showsWhoAHalfShortfallAtOpenAiHurtsMostFirstWithThePath() {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("OpenAI (openai): leaves USD 310.2 B of the USD 620.4 B it owes unpaid")
        .contains("1. Oracle (oracle)")
        .contains("loses USD 150 B (261 % of a year's revenue), distress 26 %")
        .contains("via openai → oracle");
    assertThat(run.out().indexOf("Oracle (oracle)")).isLessThan(run.out().indexOf("Microsoft (microsoft)"));
  }

  /** Oracle cancelling what OpenAI owes it gives that money up; no one else took it from Oracle. */
  @Test
  void saysACompanyCancellingMoneyOwedToItGivesItUp() {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "oracle=cancel:openai-oracle-cloud-2025-09",
        "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("  Oracle (oracle): gives up USD 300 B owed to it by cancelling\n")
        .contains("Nobody else is hurt.").contains("losses through others USD 0;")
        .doesNotContain("USD 300 B through others");
  }

  /** No revenue on file: the unpaid amount is shown, a distress figure is not, in every format. */
  @Test
  void showsNoDistressFigureForACompanyWithoutRevenue() throws Exception {
    CommandLineRun text = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05");
    CommandLineRun json = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05",
        "--format", "json");
    CommandLineRun html = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05",
        "--format", "html");

    assertThat(text.out()).contains("Microsoft (microsoft)        loses USD 125 B (no revenue on file),"
        + " distress not measured\n");
    JsonNode microsoft = java.util.stream.StreamSupport.stream(
            new ObjectMapper().readTree(json.out()).get("companies").spliterator(), false)
        .filter(c -> c.get("company").asText().equals("microsoft")).findFirst().orElseThrow();
    assertThat(microsoft.get("lossUsd").decimalValue()).isEqualByComparingTo("125000000000");
    assertThat(microsoft.get("distress").isNull()).isTrue();
    assertThat(html.out()).contains("<td>not measured<br><small>no revenue on file</small></td>")
        .doesNotContain("<td>51 %");
  }

  @Test
  void writesJsonForScripts() throws Exception {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05",
        "--format", "json", "--model", "debtrank");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("model").asText()).isEqualTo("debtrank");
    JsonNode oracle = json.get("companies").get(0);
    assertThat(oracle.get("company").asText()).isEqualTo("oracle");
    assertThat(oracle.get("distress").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(oracle.get("path").toString()).isEqualTo("[\"openai\",\"oracle\"]");
  }

  @Test
  void writesAnHtmlPageColouredByDistressAtomically() throws Exception {
    Path page = dir.resolve("stress.html");

    CommandLineRun run = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--as-of", "2026-02-05",
        "--format", "html", "--output", page.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEqualTo("wrote " + page + " (html, 5 companies hurt)\n");
    String html = Files.readString(page);
    assertThat(html).contains("Companies, by distress").contains("data-node=\"oracle\"")
        .doesNotContain("<script src").doesNotContain("<link");
  }

  @Test
  void readsAScenarioFileAndAddsCommandLineShocks() throws Exception {
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), """
        name: OpenAI walks away from Oracle
        shocks:
          - {company: openai, cancel: openai-oracle-cloud-2025-09}
        """);

    CommandLineRun run = CommandLineRun.of("stress", "--scenario", scenario.toString(), "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Scenario: OpenAI walks away from Oracle").contains("loses USD 300 B");
  }

  @Test
  void refusesABadScenarioAtItsPositionEvaluatingNothing() throws Exception {
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), """
        shocks:
          - company: opnai
            shortfall: 0.5
        """);

    CommandLineRun run = CommandLineRun.of("stress", "--scenario", scenario.toString(), "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(scenario + ":2:5: company: unknown company 'opnai' (did you mean 'openai'?)")
        .contains("nothing was evaluated");
  }

  @Test
  void refusesACommandLineShockOnAnUnknownCompanySayingWhereItCameFrom() {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "opnai=shortfall:0.5", "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("command line: --shock opnai=shortfall:0.5: unknown company 'opnai'"
        + " (did you mean 'openai'?)");
  }

  @Test
  void refusesABadShockNamingTheForms() {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "openai=bust:1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --shock: unknown shock 'bust' in 'openai=bust:1'; kinds are"
        + " shortfall:FRACTION, default:RECOVERY, revenue-loss:FRACTION, cancel:DEAL_ID");
  }

  @Test
  void asksForAShockWhenGivenNone() {
    CommandLineRun run = CommandLineRun.of("stress");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: nothing to test: give --shock COMPANY=KIND:VALUE");
  }

  @Test
  void sweepsEveryCompanyOnALoopRankingOpenAiFirst() {
    CommandLineRun run = CommandLineRun.of("stress", "--sweep", "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("each company on a loop takes default:0 alone")
        .contains("1. OpenAI (openai): systemic impact");
  }

  /** --sweep takes KIND:VALUE; its error must not ask for a company or show the one the sweep makes up. */
  @Test
  void refusesASweepWithoutAValueInItsOwnTerms() {
    CommandLineRun run = CommandLineRun.of("stress", "--sweep", "shortfall", "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --sweep: expected KIND:VALUE, e.g. shortfall:0.5; found 'shortfall'")
        .doesNotContain("any=").doesNotContain("COMPANY");
  }

  @Test
  void refusesAnUnknownModelListingTheKnownOnes() {
    CommandLineRun run = CommandLineRun.of("stress", "--shock", "openai=shortfall:0.5", "--model", "contagion");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --model: unknown model 'contagion'; expected one of clearing, debtrank,"
        + " debtrank-linear");
  }
}
