package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/counterparty-health.drl: loss-makers whose commitments depend on fresh funding. */
class CounterpartyHealthRulesTest extends BundledRulesTest {

  private static FactSet.Builder openAi() {
    return FactSet.builder().add(company("openai", Role.AI_LAB));
  }

  @Nested
  class OvercommittedLossMaker {

    @Test
    void raisesCriticalAlertForALabCommittingHundredsOfTimesItsRevenue() throws Exception {
      Report report = evaluate(openAi()
          .add(financials("openai", "2025-H1", "4.3e9", "-13.5e9", "1.4e12")));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.subjects()).containsExactly("openai");
        assertThat(alert.key()).isEqualTo("overcommitted-loss-maker:openai");
        assertThat(alert.message()).isEqualTo("Openai lost USD 13.5 B on revenue of USD 4.3 B in 2025-H1"
            + " (USD 8.6 B a year) while committing USD 1.4 T, 162.8× a year's revenue (threshold 5×).");
        assertThat(alert.evidence().facts()).containsExactly("openai/2025-H1");
      });
    }

    @ParameterizedTest(name = "commitments of {0} on revenue of 1 B -> {1}")
    @CsvSource({
        "5e9,         HIGH",
        "19999999999, HIGH",
        "20e9,        CRITICAL"})
    void gradesByCommitmentsAsAMultipleOfRevenue(String commitmentsUsd, Severity expected) throws Exception {
      Report report = evaluate(openAi().add(financials("openai", "1e9", "-1", commitmentsUsd)));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void raisesNothingJustUnderFiveTimesRevenue() throws Exception {
      Report report = evaluate(openAi().add(financials("openai", "1e9", "-5e9", "4999999999")));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).isEmpty();
    }

    @ParameterizedTest(name = "net income {0}")
    @CsvSource({"0", "2e9"})
    void raisesNothingForACompanyThatDoesNotLoseMoney(String netIncomeUsd) throws Exception {
      Report report = evaluate(openAi().add(financials("openai", "1e9", netIncomeUsd, "100e9")));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).isEmpty();
    }

    @Test
    void judgesByTheLatestPeriodWithDisclosedCommitments() throws Exception {
      Report report = evaluate(openAi()
          .add(financials("openai", "2024", "1e9", "-5e9", "100e9"))
          .add(financials("openai", "2025", "10e9", "-5e9", "20e9")));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).isEmpty();
    }

    @Test
    void raisesNothingWhenNoCommitmentsAreDisclosed() throws Exception {
      Report report = evaluate(openAi().add(financials("openai", "1e9", "-5e9", null)));

      assertThat(alertsOf(report, "overcommitted-loss-maker")).isEmpty();
    }
  }

  @Nested
  class LossMakerPurchaseCommitments {

    /** Anthropic loses money, discloses no commitments, and has bought cloud and chips. */
    private FactSet.Builder anthropicBuying(String cloudUsd, String chipsUsd, DealStatus chipStatus) {
      return FactSet.builder()
          .add(company("anthropic", Role.AI_LAB))
          .add(company("microsoft", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
          .add(company("broadcom", Role.CHIP_VENDOR))
          .add(financials("anthropic", "1e9", "-500e6", null))
          .add(buy("anthropic-azure", "anthropic", "microsoft", Product.CLOUD, cloudUsd, DealStatus.SIGNED))
          .add(buy("anthropic-tpu-racks", "anthropic", "broadcom", Product.ASIC, chipsUsd, chipStatus));
    }

    @Test
    void raisesAlertWhenSignedPurchasesReachFiveTimesRevenue() throws Exception {
      Report report = evaluate(anthropicBuying("3e9", "2e9", DealStatus.SIGNED));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("anthropic");
        assertThat(alert.key()).isEqualTo("loss-maker-purchase-commitments:anthropic");
        assertThat(alert.message()).isEqualTo("Anthropic lost USD 500 M in 2025 and has signed purchases worth"
            + " USD 5 B, 5× a year's revenue (USD 1 B).");
        assertThat(alert.evidence().facts())
            .containsExactlyInAnyOrder("anthropic/2025", "anthropic-azure", "anthropic-tpu-racks");
      });
    }

    @ParameterizedTest(name = "purchases of 3 B + {0} -> {1}")
    @CsvSource({"17e9, CRITICAL", "16999999999, HIGH"})
    void gradesByPurchasesAsAMultipleOfRevenue(String chipsUsd, Severity expected) throws Exception {
      Report report = evaluate(anthropicBuying("3e9", chipsUsd, DealStatus.SIGNED));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void raisesNothingJustUnderFiveTimesRevenue() throws Exception {
      Report report = evaluate(anthropicBuying("3e9", "1999999999", DealStatus.SIGNED));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).isEmpty();
    }

    @Test
    void leavesNothingToCountWhenThePurchasesAreCancelled() throws Exception {
      Report report = evaluate(anthropicBuying("3e9", "2e9", DealStatus.CANCELLED));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).isEmpty();
    }

    @Test
    void countsOnlySignedPurchasesAsTheMessageSays() throws Exception {
      Report report = evaluate(anthropicBuying("3e9", "2e9", DealStatus.LOI));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).isEmpty();
    }

    @Test
    void leavesCompaniesWithDisclosedCommitmentsToOvercommittedLossMaker() throws Exception {
      Report report = evaluate(anthropicBuying("30e9", "20e9", DealStatus.SIGNED)
          .add(financials("anthropic", "2024", "500e6", "-1e9", "1e9")));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).isEmpty();
    }

    @Test
    void raisesNothingForAProfitableBuyer() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("anthropic", Role.AI_LAB))
          .add(company("microsoft", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
          .add(financials("anthropic", "1e9", "1e6", null))
          .add(buy("anthropic", "microsoft", "30e9")));

      assertThat(alertsOf(report, "loss-maker-purchase-commitments")).isEmpty();
    }
  }

  @Nested
  class LossMakerOnLoop {

    /** Nvidia invests in CoreWeave, which buys Nvidia's GPUs. */
    private FactSet.Builder nvidiaCoreWeaveLoop() {
      return FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(invest("nvidia", "coreweave", "2e9"))
          .add(buy("coreweave", "nvidia", null));
    }

    @Test
    void raisesContagionAlertForALossMakerOnACircularLoop() throws Exception {
      Report report = evaluate(nvidiaCoreWeaveLoop()
          .add(financials("coreweave", "2024", "1.9154e9", "-863.4e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("coreweave", "nvidia");
        assertThat(alert.key()).isEqualTo("loss-maker-on-loop:coreweave");
        assertThat(alert.message()).isEqualTo("Coreweave is loss-making (net loss of USD 863.4 M in 2024) and sits"
            + " on 1 circular loop(s) with Nvidia: a gap in its funding would reach them all.");
        assertThat(alert.evidence().facts())
            .containsExactlyInAnyOrder("coreweave/2024", "nvidia-invests-coreweave", "coreweave-buys-from-nvidia");
      });
    }

    @Test
    void namesEveryCompanyOnEveryLoopItSitsOn() throws Exception {
      Report report = evaluate(nvidiaCoreWeaveLoop()
          .add(company("openai", Role.AI_LAB))
          .add(invest("coreweave", "openai", "350e6"))
          .add(buy("openai", "coreweave", "22.4e9"))
          .add(financials("coreweave", "2024", "1.9154e9", "-863.4e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).singleElement().satisfies(alert -> {
        assertThat(alert.subjects()).first().isEqualTo("coreweave");
        assertThat(alert.subjects()).containsExactlyInAnyOrder("coreweave", "nvidia", "openai");
        assertThat(alert.message()).contains("sits on 2 circular loop(s)");
      });
    }

    @Test
    void raisesNothingForAProfitableCompanyOnALoop() throws Exception {
      Report report = evaluate(nvidiaCoreWeaveLoop()
          .add(financials("coreweave", "2024", "1.9154e9", "100e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).isEmpty();
    }

    @Test
    void judgesByTheLatestPeriod() throws Exception {
      Report report = evaluate(nvidiaCoreWeaveLoop()
          .add(financials("coreweave", "2023", "228.9e6", "-593.7e6", null))
          .add(financials("coreweave", "2024", "1.9154e9", "100e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).isEmpty();
    }

    @Test
    void treatsTheFullYearAsLaterThanItsFirstHalf() throws Exception {
      Report report = evaluate(nvidiaCoreWeaveLoop()
          .add(financials("coreweave", "2025-H1", "2e9", "-300e6", null))
          .add(financials("coreweave", "2025", "5e9", "100e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).isEmpty();
    }

    @Test
    void raisesNothingForALossMakerOffEveryLoop() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(buy("coreweave", "nvidia", null))
          .add(financials("coreweave", "2024", "1.9154e9", "-863.4e6", null)));

      assertThat(alertsOf(report, "loss-maker-on-loop")).isEmpty();
    }

    @Test
    void raisesNothingForALossMakerOnALoopThatNobodyFinances() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(buy("coreweave", "nvidia", null))
          .add(buy("nvidia", "coreweave", "6.3e9"))
          .add(financials("coreweave", "2024", "1.9154e9", "-863.4e6", null)));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "loss-maker-on-loop")).isEmpty();
    }
  }
}
