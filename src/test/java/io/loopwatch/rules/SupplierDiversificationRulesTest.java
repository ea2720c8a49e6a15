package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.DAY;
import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.buyGw;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.event;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/supplier-diversification.drl: a customer inside a chip vendor's loop turns to its rivals. */
class SupplierDiversificationRulesTest extends BundledRulesTest {

  /** Nvidia invests in OpenAI, which buys Nvidia's GPUs: the money returns to Nvidia as chip sales. */
  private static FactSet.Builder nvidiaChipLoop() {
    return FactSet.builder()
        .add(company("nvidia", Role.CHIP_VENDOR))
        .add(company("openai", Role.AI_LAB))
        .add(invest("nvidia", "openai", "20e9"))
        .add(buy("openai", "nvidia", "30e9"));
  }

  /** Microsoft invests in OpenAI, which rents Azure: a loop, but Microsoft is paid in cloud, not chips. */
  private static FactSet.Builder microsoftCloudLoop() {
    return FactSet.builder()
        .add(company("microsoft", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
        .add(company("openai", Role.AI_LAB))
        .add(invest("microsoft", "openai", "13e9"))
        .add(buy("openai-rents-azure", "openai", "microsoft", Product.CLOUD, "250e9", DealStatus.SIGNED));
  }

  @Nested
  class SupplierDiversification {

    @Test
    void warnsThatDiversificationThreatensCircularRevenueWhenLoopCustomerBuysFromRivals() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(company("broadcom", Role.CHIP_VENDOR, Role.NETWORKING_VENDOR))
          .add(company("cerebras", Role.CHIP_VENDOR, Role.CLOUD_PROVIDER))
          .add(buyGw("openai-amd", "openai", "amd", Product.GPU, null, "6", DealStatus.SIGNED))
          .add(buyGw("openai-broadcom", "openai", "broadcom", Product.ASIC, null, "10", DealStatus.TERM_SHEET))
          .add(buyGw("openai-cerebras", "openai", "cerebras", Product.CAPACITY, "10e9", "0.75", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("supplier-diversification:nvidia,openai");
        assertThat(alert.message())
            .startsWith("Supplier diversification threatens circular revenue: Openai, inside Nvidia's loop, "
                + "buys from its rivals Amd, Broadcom, and Cerebras (at least USD 10 B plus 2 undisclosed, 16.75 GW).");
        assertThat(alert.evidence().facts())
            .containsExactlyInAnyOrder("openai-amd", "openai-broadcom", "openai-cerebras");
      });
    }

    @ParameterizedTest(name = "rival deal of {0} USD, {1} GW -> {2}")
    @CsvSource({
        "10e9,       ,     HIGH",
        "9999999999, ,     MEDIUM",
        "1e9,        ,     MEDIUM",
        "999999999,  ,     LOW",
        "999999999,  5,    HIGH",
        ",           5,    HIGH",
        ",           4.99, LOW"})
    void gradesByDivertedSpendOrGigawatts(String amountUsd, String gw, Severity expected) throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(buyGw("openai-amd", "openai", "amd", Product.GPU, amountUsd, gw, DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void saysSoWhenNoAmountWasDisclosed() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(buy("openai-amd", "openai", "amd", Product.GPU, null, DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).singleElement()
          .extracting(Alert::message).asString()
          .endsWith("buys from its rivals Amd (amounts undisclosed).");
    }

    @Test
    void namesTwoRivalsWithAnAndAndNoComma() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(company("broadcom", Role.CHIP_VENDOR))
          .add(buy("openai-amd", "openai", "amd", Product.GPU, null, DealStatus.SIGNED))
          .add(buy("openai-broadcom", "openai", "broadcom", Product.ASIC, null, DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).singleElement()
          .extracting(Alert::message).asString()
          .endsWith("buys from its rivals Amd and Broadcom (amounts undisclosed).");
    }

    @Test
    void raisesNothingWhenTheRivalDealIsCancelled() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(buy("openai-amd", "openai", "amd", Product.GPU, "10e9", DealStatus.CANCELLED)));

      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheRivalSellsSomethingOtherThanCompute() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("broadcom", Role.CHIP_VENDOR, Role.NETWORKING_VENDOR))
          .add(buy("openai-switches", "openai", "broadcom", Product.NETWORKING, "10e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheSupplierIsNotAChipVendor() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(buy("openai-coreweave", "openai", "coreweave", Product.CAPACITY, "10e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheCustomerBuysMoreFromTheHubItself() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(buy("openai-more-nvidia", "openai", "nvidia", Product.GPU, "50e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }

    @Test
    void raisesNothingAgainstAHubPaidInCloudRatherThanChips() throws Exception {
      Report report = evaluate(microsoftCloudLoop()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(buy("openai-amd", "openai", "amd", Product.GPU, "10e9", DealStatus.SIGNED)));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }

    @Test
    void raisesNothingForABuyerOutsideTheHubsLoops() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("anthropic", Role.AI_LAB))
          .add(company("amd", Role.CHIP_VENDOR))
          .add(buy("anthropic", "nvidia", "5e9"))
          .add(buy("anthropic-amd", "anthropic", "amd", Product.GPU, "10e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "supplier-diversification")).isEmpty();
    }
  }

  @Nested
  class CustomerSeeksAlternatives {

    @Test
    void raisesAlertWhenALoopCustomerIsReportedLookingForAlternatives() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(event("openai-looks-elsewhere", EventKind.EXPLORING_ALTERNATIVES, "openai", AS_OF.minusDays(3))));

      assertThat(alertsOf(report, "customer-seeks-alternatives")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.message()).isEqualTo(
            "Openai, inside Nvidia's loop, is reported to be looking for alternatives (Test Wire, " + DAY + ").");
        assertThat(alert.evidence().facts()).containsExactly("openai-looks-elsewhere");
      });
    }

    @Test
    void raisesNothingForOtherKindsOfNews() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(event("openai-short-of-chips", EventKind.SUPPLY_SHORTAGE, "openai", AS_OF.minusDays(3))));

      assertThat(alertsOf(report, "customer-seeks-alternatives")).isEmpty();
    }

    @Test
    void raisesNothingForACompanyOutsideAnyChipLoop() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("anthropic", Role.AI_LAB))
          .add(buy("anthropic", "nvidia", "5e9"))
          .add(event("anthropic-looks-elsewhere", EventKind.EXPLORING_ALTERNATIVES, "anthropic", AS_OF)));

      assertThat(alertsOf(report, "customer-seeks-alternatives")).isEmpty();
    }

    @Test
    void raisesNothingAgainstAHubPaidInCloudRatherThanChips() throws Exception {
      Report report = evaluate(microsoftCloudLoop()
          .add(event("openai-looks-elsewhere", EventKind.EXPLORING_ALTERNATIVES, "openai", AS_OF)));

      assertThat(alertsOf(report, "customer-seeks-alternatives")).isEmpty();
    }

    @Test
    void doesNotWarnAHubAboutItsOwnSearchForAlternatives() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(event("nvidia-looks-elsewhere", EventKind.EXPLORING_ALTERNATIVES, "nvidia", AS_OF)));

      assertThat(alertsOf(report, "customer-seeks-alternatives")).isEmpty();
    }
  }
}
