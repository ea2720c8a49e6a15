package io.loopwatch;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every alert explains itself: rule, matched facts with sources, loop path, thresholds crossed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplanationTest {

  private RiskEngine engine;

  @BeforeAll
  void compileRules() throws Exception {
    engine = bundledRules();
  }

  @Test
  void explainsAnOvercommittedLossMakerWithItsFinancialsAndTheThresholdsItCrossed() throws Exception {
    Report report = engine.evaluate(FactSet.builder()
        .add(company("openai", Role.AI_LAB))
        .add(financials("openai", "10e9", "-5e9", "80e9"))
        .build(), AS_OF);

    Alert alert = alertsOf(report, "overcommitted-loss-maker").get(0);
    Explanation why = alert.explanation();

    assertThat(why.rule()).isEqualTo("overcommitted-loss-maker");
    assertThat(why.description()).contains("loss-making");
    assertThat(why.ruleSource()).startsWith(Path.of("rules", "counterparty-health.drl") + ":");
    assertThat(why.facts()).singleElement().satisfies(fact -> {
      assertThat(fact.id()).isEqualTo("openai/2025");
      assertThat(fact.kind()).isEqualTo("financials");
      assertThat(fact.fields()).containsEntry("revenue", "USD 10 B").containsEntry("commitments", "USD 80 B");
      assertThat(fact.sources()).extracting(Source::publisher).containsExactly("Test Wire");
    });
    assertThat(why.thresholds()).singleElement().satisfies(crossing -> {
      assertThat(crossing.threshold()).isEqualTo("commitments-to-revenue.high");
      assertThat(crossing.value()).isEqualByComparingTo("8");
      assertThat(crossing.limit()).isEqualByComparingTo("5");
      assertThat(crossing.atOrAbove()).isTrue();
      assertThat(crossing.text()).isEqualTo(
          "Openai's commitments against a year's revenue: 8×, at or above the threshold 5× (commitments-to-revenue.high)");
    });
  }

  @Test
  void recordsBothTheFiringThresholdAndTheOneThatRaisedTheSeverity() throws Exception {
    Report report = engine.evaluate(FactSet.builder()
        .add(company("openai", Role.AI_LAB))
        .add(financials("openai", "10e9", "-5e9", "300e9"))
        .build(), AS_OF);

    Alert alert = alertsOf(report, "overcommitted-loss-maker").get(0);

    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(alert.explanation().thresholds()).extracting(ThresholdCrossing::threshold)
        .containsExactly("commitments-to-revenue.high", "commitments-to-revenue.critical");
  }

  @Test
  void aLoopAlertExplainsItsPathInMoneyOrderAndEachDealWithItsSources() throws Exception {
    Report report = engine.evaluate(FactSet.builder()
        .add(company("nvidia", Role.CHIP_VENDOR, Role.INVESTOR))
        .add(company("openai", Role.AI_LAB))
        .add(company("oracle", Role.CLOUD_PROVIDER))
        .add(invest("nvidia", "openai", "20e9"))
        .add(buy("openai", "oracle", "300e9"))
        .add(buy("oracle", "nvidia", "40e9"))
        .build(), AS_OF);

    Explanation why = alertsOf(report, "circular-loop").get(0).explanation();

    assertThat(why.path()).extracting(EvidenceStep::from).containsExactly("nvidia", "openai", "oracle");
    assertThat(why.path()).extracting(EvidenceStep::amountUsd)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("20e9"), new BigDecimal("300e9"), new BigDecimal("40e9"));
    assertThat(why.facts()).extracting(FactSummary::kind).containsExactly("investment", "supply-deal", "supply-deal");
    assertThat(why.facts()).allSatisfy(fact -> assertThat(fact.sources()).isNotEmpty());
    assertThat(why.fact("nvidia-invests-openai").orElseThrow().summary())
        .isEqualTo("Nvidia invests in Openai: USD 20 B equity, signed, announced 2026-01-15");
    assertThat(why.thresholds()).extracting(ThresholdCrossing::threshold).containsExactly("loop-usd.high");
  }

  @Test
  void onTheBundledDataEveryAlertIsExplainedWithSourcedFactsAndTheOpenAiCommitmentsAgainstTheirThreshold()
      throws Exception {
    Report report = engine.evaluate(FactFiles.load(Path.of("facts")), AS_OF);

    assertThat(report.alerts()).allSatisfy(alert -> {
      assertThat(alert.explanation().facts()).isNotEmpty();
      assertThat(alert.explanation().facts()).allSatisfy(fact -> {
        assertThat(fact.kind()).isNotEqualTo("unknown");
        assertThat(fact.location()).startsWith(Path.of("facts", "ai-industry-2026-02.yaml").toString());
      });
    });
    ThresholdCrossing commitments = report.alert("overcommitted-loss-maker:openai").orElseThrow()
        .explanation().thresholds().get(0);
    assertThat(commitments.text())
        .isEqualTo("OpenAI's commitments against a year's revenue: 162.8×, at or above the threshold 5× "
            + "(commitments-to-revenue.high)");
  }
}
