package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static io.loopwatch.testing.RuleAlerts.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled rules on the bundled facts: the warnings the source article describes come out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledDataTest {

  private RiskEngine engine;
  private FactSet facts;
  private Report report;

  @BeforeAll
  void evaluateBundledFacts() throws Exception {
    engine = bundledRules();
    facts = FactFiles.load(Path.of("facts"));
    report = engine.evaluate(facts, AS_OF);
  }

  @Test
  void findsTheNvidiaOpenAiOracleLoopThroughTheSmallerSignedDeal() {
    assertThat(alertsOf(report, "circular-loop"))
        .filteredOn(a -> a.key().contains("loop:nvidia>openai>oracle"))
        .singleElement().satisfies(alert -> {
          assertThat(alert.subjects()).containsExactly("nvidia", "openai", "oracle");
          assertThat(alert.message()).startsWith("NVIDIA sees its money return through 2 intermediaries");
          assertThat(alert.evidence().facts()).containsExactly(
              "nvidia-openai-2026-02", "openai-oracle-cloud-2025-09", "oracle-nvidia-gb200-2025-05");
        });
  }

  @Test
  void findsNvidiaFundingItsOwnCustomerOpenAi() {
    assertThat(subjectsOf(report, "vendor-funds-customer")).contains(List.of("nvidia", "openai"));
  }

  @Test
  void warnsThatOpenAisRivalPurchasesThreatenNvidiasCircularRevenue() {
    assertThat(alertsOf(report, "supplier-diversification"))
        .filteredOn(a -> a.subjects().equals(List.of("nvidia", "openai")))
        .singleElement().satisfies(alert -> {
          assertThat(alert.message())
              .startsWith("Supplier diversification threatens circular revenue")
              .contains("Advanced Micro Devices (AMD)", "Broadcom", "Cerebras Systems");
          assertThat(alert.evidence().facts()).containsExactlyInAnyOrder(
              "openai-amd-gpus-2025-10", "openai-broadcom-asic-2025-10", "openai-cerebras-2026-01");
        });
  }

  @Test
  void reportsTheCutFromOneHundredToTwentyBillionAsCritical() {
    assertThat(alertsOf(report, "pledge-cut")).singleElement().satisfies(alert -> {
      assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(alert.subjects()).containsExactly("nvidia", "openai");
      assertThat(alert.message()).contains("from USD 100 B", "to USD 20 B", "a gap of USD 80 B");
      assertThat(alert.evidence().facts())
          .contains("nvidia-openai-loi-2025-09", "nvidia-openai-2026-02", "ev-nvidia-openai-commitment-cut-2026-02");
    });
  }

  @ParameterizedTest(name = "rival chips from {0}")
  @ValueSource(strings = {"intel", "t-head", "amd", "broadcom", "cerebras"})
  void warnsNvidiaOfEveryRivalChipMaker(String rival) {
    assertThat(subjectsOf(report, "rival-chip")).contains(List.of("nvidia", rival));
  }

  @ParameterizedTest(name = "own silicon at {0}")
  @ValueSource(strings = {"google", "amazon", "microsoft"})
  void warnsNvidiaOfHyperscalersBuildingTheirOwnAccelerators(String hyperscaler) {
    assertThat(subjectsOf(report, "hyperscaler-own-silicon")).contains(List.of("nvidia", hyperscaler));
  }

  @Test
  void ratesMicrosoftSharperBecauseItStillBuysNvidiaGpus() {
    assertThat(alertsOf(report, "hyperscaler-own-silicon"))
        .filteredOn(a -> a.subjects().equals(List.of("nvidia", "microsoft")))
        .singleElement().extracting(Alert::severity).isEqualTo(Severity.HIGH);
  }

  @Test
  void warnsThatOpenAiIsALossMakerOvercommittedManyTimesItsRevenue() {
    assertThat(alertsOf(report, "overcommitted-loss-maker"))
        .filteredOn(a -> a.subjects().equals(List.of("openai")))
        .singleElement().satisfies(alert -> {
          assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
          assertThat(alert.evidence().facts()).containsExactly("openai/2025-H1");
        });
  }

  @Test
  void raisesNoAlertTwiceUnderDifferentKeys() {
    assertThat(report.alerts()).extracting(a -> a.rule() + ": " + a.message()).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2025-10-01", "2026-02-05"})
  void evaluatesAsOfAnyDate(String date) throws Exception {
    Report asOf = engine.evaluate(facts, LocalDate.parse(date));

    assertThat(asOf.asOf()).isEqualTo(LocalDate.parse(date));
    assertThat(asOf.alerts()).isNotEmpty();
  }
}
