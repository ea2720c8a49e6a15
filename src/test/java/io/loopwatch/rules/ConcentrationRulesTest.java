package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.Facts.replacement;
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

/** rules/concentration.drl: vendors whose revenue rests on customers they fund. */
class ConcentrationRulesTest extends BundledRulesTest {

  @Nested
  class VendorFinancingIntensity {

    /** Nvidia, with USD 100 B of 2025 revenue, sells GPUs to OpenAI and CoreWeave. */
    private FactSet.Builder nvidiaWithTwoCustomers() {
      return FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(company("coreweave", Role.NEOCLOUD))
          .add(financials("nvidia", "100e9", "70e9", null))
          .add(buy("openai", "nvidia", null))
          .add(buy("coreweave", "nvidia", null));
    }

    @Test
    void raisesAlertWhenAVendorsInvestmentsInItsCustomersAreLargeNextToItsRevenue() throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers()
          .add(invest("nvidia", "coreweave", "10e9"))
          .add(invest("nvidia-openai-report", "nvidia", "openai", "20e9", DealStatus.REPORTED)));

      // Graded by the USD 10 B that binds (10 %, medium), not the USD 30 B announced (30 %, high).
      assertThat(alertsOf(report, "vendor-financing-intensity")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("nvidia");
        assertThat(alert.key()).isEqualTo("vendor-financing-intensity:nvidia");
        assertThat(alert.message()).isEqualTo("Nvidia has put, or is bound by signed deals to put, USD 10 B into its own"
            + " customers (stakes, warrants, guarantees): 10 % of its 2025 revenue of USD 100 B (threshold 10 %);"
            + " announced deals not yet binding add up to USD 20 B more.");
        assertThat(alert.evidence().facts())
            .containsExactlyInAnyOrder("nvidia/2025", "nvidia-invests-coreweave", "nvidia-openai-report");
      });
    }

    @ParameterizedTest(name = "{0} invested on 100 B of revenue -> {1}")
    @CsvSource({
        "10e9,        MEDIUM",
        "24999999999, MEDIUM",
        "25e9,        HIGH",
        "49999999999, HIGH",
        "50e9,        CRITICAL"})
    void gradesByTheShareOfAnnualRevenue(String investedUsd, Severity expected) throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers().add(invest("nvidia", "openai", investedUsd)));

      assertThat(alertsOf(report, "vendor-financing-intensity")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void raisesNothingJustUnderTenPercentOfRevenue() throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers().add(invest("nvidia", "openai", "9999999999")));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }

    @Test
    void countsOnlyInvestmentsInCompaniesThatBuyFromTheVendor() throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers()
          .add(company("intel", Role.CHIP_VENDOR))
          .add(invest("nvidia", "intel", "50e9"))
          .add(invest("nvidia", "openai", "5e9")));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheOnlyPurchasesWereCancelled() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(financials("nvidia", "100e9", "70e9", null))
          .add(buy("openai-gpus", "openai", "nvidia", Product.GPU, null, DealStatus.CANCELLED))
          .add(invest("nvidia", "openai", "50e9")));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }

    @Test
    void countsTheSmallerDealInsteadOfThePledgeItReplaced() throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers()
          .add(invest("nvidia-openai-loi", "nvidia", "openai", "100e9", DealStatus.LOI))
          .add(replacement("nvidia-openai-deal", "nvidia-openai-loi", "nvidia", "openai", "5e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }

    @Test
    void measuresAgainstTheLatestFiscalYear() throws Exception {
      Report report = evaluate(nvidiaWithTwoCustomers()
          .add(financials("nvidia", "2024", "10e9", "3e9", null))
          .add(financials("nvidia", "2026", "1000e9", "700e9", null))
          .add(invest("nvidia", "openai", "30e9")));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }

    @Test
    void raisesNothingOnPartYearResultsAlone() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(financials("nvidia", "2025-H1", "10e9", "7e9", null))
          .add(buy("openai", "nvidia", null))
          .add(invest("nvidia", "openai", "30e9")));

      assertThat(alertsOf(report, "vendor-financing-intensity")).isEmpty();
    }
  }

  @Nested
  class FundedCustomerConcentration {

    /** CoreWeave, with USD 100 B of 2025 revenue, funds OpenAI, which rents CoreWeave's cloud. */
    private FactSet.Builder coreWeaveFundingOpenAi(DealStatus stakeStatus) {
      return FactSet.builder()
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(company("openai", Role.AI_LAB))
          .add(financials("coreweave", "100e9", "1e9", null))
          .add(invest("coreweave-openai-stake", "coreweave", "openai", "350e6", stakeStatus));
    }

    private static FactSet.Builder orders(FactSet.Builder facts, String... amountsUsd) {
      for (int i = 0; i < amountsUsd.length; i++) {
        facts.add(buy("openai-cloud-" + (i + 1), "openai", "coreweave", Product.CLOUD, amountsUsd[i],
            DealStatus.SIGNED));
      }
      return facts;
    }

    @Test
    void raisesAlertWhenAFundedCustomerReachesTheDisclosureThreshold() throws Exception {
      Report report = evaluate(orders(coreWeaveFundingOpenAi(DealStatus.CLOSED), "6e9", "4e9"));

      assertThat(alertsOf(report, "funded-customer-concentration")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("coreweave", "openai");
        assertThat(alert.key()).isEqualTo("funded-customer-concentration:coreweave,openai");
        assertThat(alert.message()).isEqualTo("Openai, which Coreweave funds, has ordered USD 10 B from it,"
            + " a backlog equal to 10 % of its 2025 revenue (disclosure threshold 10 %).");
        assertThat(alert.evidence().facts()).containsExactlyInAnyOrder(
            "coreweave/2025", "coreweave-openai-stake", "openai-cloud-1", "openai-cloud-2");
      });
    }

    @ParameterizedTest(name = "orders of {0} on revenue of 100 B are {1}")
    @CsvSource({"49999999999, MEDIUM", "50e9, HIGH", "99999999999, HIGH", "100e9, CRITICAL"})
    void gradesByTheShareOfAYearsRevenueTheOrdersAmountTo(String orders, Severity expected) throws Exception {
      Report report = evaluate(orders(coreWeaveFundingOpenAi(DealStatus.CLOSED), orders));

      assertThat(alertsOf(report, "funded-customer-concentration")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void raisesNothingJustUnderTenPercentOfRevenue() throws Exception {
      Report report = evaluate(orders(coreWeaveFundingOpenAi(DealStatus.CLOSED), "6e9", "3999999999"));

      assertThat(alertsOf(report, "funded-customer-concentration")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheStakeWasCancelled() throws Exception {
      Report report = evaluate(orders(coreWeaveFundingOpenAi(DealStatus.CANCELLED), "60e9"));

      assertThat(alertsOf(report, "funded-customer-concentration")).isEmpty();
    }

    @Test
    void raisesNothingForALargeCustomerTheVendorDoesNotFund() throws Exception {
      Report report = evaluate(orders(FactSet.builder()
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(company("openai", Role.AI_LAB))
          .add(financials("coreweave", "100e9", "1e9", null)), "60e9"));

      assertThat(alertsOf(report, "funded-customer-concentration")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheOrderValueIsUndisclosed() throws Exception {
      Report report = evaluate(orders(coreWeaveFundingOpenAi(DealStatus.CLOSED), (String) null));

      assertThat(alertsOf(report, "funded-customer-concentration")).isEmpty();
    }

    @Test
    void citesTheStakeInForceRatherThanThePledgeItReplaced() throws Exception {
      Report report = evaluate(orders(FactSet.builder()
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(company("openai", Role.AI_LAB))
          .add(financials("coreweave", "100e9", "1e9", null))
          .add(invest("coreweave-openai-loi", "coreweave", "openai", "1e9", DealStatus.LOI))
          .add(replacement("coreweave-openai-stake", "coreweave-openai-loi", "coreweave", "openai", "350e6",
              DealStatus.CLOSED)), "10e9"));

      assertThat(alertsOf(report, "funded-customer-concentration")).singleElement()
          .satisfies(alert -> assertThat(alert.evidence().facts())
              .contains("coreweave-openai-stake")
              .doesNotContain("coreweave-openai-loi"));
    }
  }
}
