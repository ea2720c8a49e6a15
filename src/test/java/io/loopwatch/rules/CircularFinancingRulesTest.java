package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.Facts.replacementPurchase;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/circular-financing.drl: a vendor's money comes back to it as revenue. */
class CircularFinancingRulesTest extends BundledRulesTest {

  private static FactSet.Builder nvidiaOpenAiOracle() {
    return FactSet.builder()
        .add(company("nvidia", Role.CHIP_VENDOR))
        .add(company("openai", Role.AI_LAB))
        .add(company("oracle", Role.CLOUD_PROVIDER));
  }

  /** Nvidia invests in OpenAI, OpenAI rents Oracle's cloud, Oracle buys Nvidia's GPUs for it. */
  private static FactSet.Builder threeWayLoop(String chipOrderUsd, DealStatus chipOrderStatus) {
    return nvidiaOpenAiOracle()
        .add(invest("nvidia", "openai", "100e9"))
        .add(buy("openai-rents-oracle", "openai", "oracle", Product.CLOUD, "300e9", DealStatus.SIGNED))
        .add(buy("oracle-buys-nvidia", "oracle", "nvidia", Product.GPU, chipOrderUsd, chipOrderStatus));
  }

  @Nested
  class CircularLoop {

    @Test
    void raisesLoopAlertWhenVendorMoneyReturnsThroughACloudProvider() throws Exception {
      Report report = evaluate(threeWayLoop("40e9", DealStatus.SIGNED));

      assertThat(alertsOf(report, "circular-loop")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai", "oracle");
        assertThat(alert.key()).isEqualTo("circular-loop:loop:nvidia>openai>oracle");
        assertThat(alert.message())
            .contains("Nvidia sees its money return through 2 intermediaries (nvidia → openai → oracle → nvidia)")
            .contains("USD 40 B can go all the way round, all of it binding (3 of 3 links binding)")
            .endsWith("it closes in date order: money can leave Nvidia on 2026-01-15 and be back by 2026-01-15 (0 days).");
        assertThat(alert.evidence().facts())
            .containsExactly("nvidia-invests-openai", "openai-rents-oracle", "oracle-buys-nvidia");
        assertThat(alert.evidence().path())
            .extracting(EvidenceStep::from, EvidenceStep::to, EvidenceStep::kind)
            .containsExactly(
                tuple("nvidia", "openai", "investment"),
                tuple("openai", "oracle", "supply"),
                tuple("oracle", "nvidia", "supply"));
      });
    }

    @ParameterizedTest(name = "smallest link {0} -> {1}")
    @CsvSource({
        "50e9,        CRITICAL",
        "49999999999, HIGH",
        "10e9,        HIGH",
        "9999999999,  MEDIUM",
        "1e9,         MEDIUM",
        "999999999,   LOW"})
    void gradesByTheMoneyThatCanGoAllTheWayRound(String smallestLinkUsd, Severity expected) throws Exception {
      Report report = evaluate(threeWayLoop(smallestLinkUsd, DealStatus.SIGNED));

      assertThat(alertsOf(report, "circular-loop")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    /** Nothing binds all the way round: what can at most go round grades a level lower (loop-unbound-usd). */
    @ParameterizedTest(name = "{1} chip order of {0} -> {2}")
    @CsvSource({
        "40e9,       REPORTED,   MEDIUM",
        "40e9,       LOI,        MEDIUM",
        "50e9,       TERM_SHEET, HIGH",
        "60e9,       RUMORED,    HIGH",
        "10e9,       RUMORED,    MEDIUM",
        "9999999999, RUMORED,    LOW"})
    void gradesMoneyThatDoesNotBindALevelLower(
        String chipOrderUsd, DealStatus status, Severity expected) throws Exception {
      Report report = evaluate(threeWayLoop(chipOrderUsd, status));

      assertThat(alertsOf(report, "circular-loop")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void measuresTheLoopByItsDisclosedLinksAndCountsTheUndisclosedOnes() throws Exception {
      Report report = evaluate(threeWayLoop(null, DealStatus.SIGNED));

      assertThat(alertsOf(report, "circular-loop")).singleElement().satisfies(alert -> {
        // At most USD 100 B, but the chip order's size is unknown: nothing is known to bind all the way round.
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.message()).contains("at most USD 100 B can go all the way round, none of it known to be"
            + " binding (2 of 3 links binding, 1 undisclosed; 1 more has a binding deal of undisclosed size)");
      });
    }

    @ParameterizedTest(name = "cancelled: {0}")
    @ValueSource(strings = {"nvidia-invests-openai", "openai-rents-oracle", "oracle-buys-nvidia"})
    void raisesNothingWhenAnyLinkIsCancelled(String cancelled) throws Exception {
      Report report = evaluate(nvidiaOpenAiOracle()
          .add(invest("nvidia-invests-openai", "nvidia", "openai", "100e9", status(cancelled, "nvidia-invests-openai")))
          .add(buy("openai-rents-oracle", "openai", "oracle", Product.CLOUD, "300e9",
              status(cancelled, "openai-rents-oracle")))
          .add(buy("oracle-buys-nvidia", "oracle", "nvidia", Product.GPU, "40e9",
              status(cancelled, "oracle-buys-nvidia"))));

      assertThat(alertsOf(report, "circular-loop")).isEmpty();
    }

    @Test
    void raisesNothingWhenEveryLinkIsCancelled() throws Exception {
      Report report = evaluate(nvidiaOpenAiOracle()
          .add(invest("nvidia-invests-openai", "nvidia", "openai", "100e9", DealStatus.CANCELLED))
          .add(buy("openai-rents-oracle", "openai", "oracle", Product.CLOUD, "300e9", DealStatus.CANCELLED))
          .add(buy("oracle-buys-nvidia", "oracle", "nvidia", Product.GPU, "40e9", DealStatus.CANCELLED)));

      assertThat(alertsOf(report, "circular-loop")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheChipOrderWasReplacedByOneFromARival() throws Exception {
      Report report = evaluate(threeWayLoop("40e9", DealStatus.SIGNED)
          .add(company("amd", Role.CHIP_VENDOR))
          .add(replacementPurchase("oracle-buys-amd", "oracle-buys-nvidia", "oracle", "amd", "40e9")));

      assertThat(alertsOf(report, "circular-loop")).isEmpty();
    }

    @Test
    void raisesNothingForARingOfPurchasesThatNobodyFinances() throws Exception {
      Report report = evaluate(nvidiaOpenAiOracle()
          .add(buy("nvidia", "openai", "100e9"))
          .add(buy("openai", "oracle", "300e9"))
          .add(buy("oracle", "nvidia", "40e9")));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "circular-loop")).isEmpty();
    }

    @Test
    void leavesTwoPartyLoopsToVendorFundsCustomer() throws Exception {
      Report report = evaluate(nvidiaOpenAiOracle()
          .add(invest("nvidia", "openai", "100e9"))
          .add(buy("openai", "nvidia", "40e9")));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "circular-loop")).isEmpty();
    }

    private static DealStatus status(String cancelled, String deal) {
      return cancelled.equals(deal) ? DealStatus.CANCELLED : DealStatus.SIGNED;
    }
  }

  @Nested
  class VendorFundsCustomer {

    /** Nvidia invests in a customer that buys Nvidia's GPUs. */
    private FactSet.Builder nvidiaFundsCustomer(String customer, String investmentUsd, DealStatus purchaseStatus) {
      return FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company(customer, Role.AI_LAB))
          .add(invest("nvidia", customer, investmentUsd))
          .add(buy(customer + "-buys-gpus", customer, "nvidia", Product.GPU, "100e9", purchaseStatus));
    }

    @Test
    void raisesLoopAlertWhenVendorFundsItsOwnCustomer() throws Exception {
      Report report = evaluate(nvidiaFundsCustomer("openai", "20e9", DealStatus.SIGNED));

      assertThat(alertsOf(report, "vendor-funds-customer")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("vendor-funds-customer:nvidia@loop:nvidia>openai");
        assertThat(alert.message()).isEqualTo("Nvidia funds its own customer Openai, which buys from it: "
            + "USD 20 B can go all the way round, all of it binding (2 of 2 links binding); it closes in date order:"
            + " money can leave Nvidia on 2026-01-15 and be back by 2026-01-15 (0 days).");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-invests-openai", "openai-buys-gpus");
        assertThat(alert.evidence().path())
            .extracting(EvidenceStep::from, EvidenceStep::to)
            .containsExactly(tuple("nvidia", "openai"), tuple("openai", "nvidia"));
      });
    }

    @Test
    void namesTheVendorFirstWhateverTheLoopOrder() throws Exception {
      Report report = evaluate(nvidiaFundsCustomer("anthropic", "20e9", DealStatus.SIGNED));

      assertThat(alertsOf(report, "vendor-funds-customer")).singleElement().satisfies(alert -> {
        assertThat(alert.subjects()).containsExactly("nvidia", "anthropic");
        assertThat(alert.message()).startsWith("Nvidia funds its own customer Anthropic");
      });
    }

    @ParameterizedTest(name = "{0} invested, purchase {1} -> {2}")
    @CsvSource({
        "50e9,      SIGNED,  CRITICAL",
        "20e9,      REPORTED, MEDIUM",
        "60e9,      RUMORED, HIGH",
        "999999999, SIGNED,  LOW"})
    void gradesLikeEveryOtherLoop(String investmentUsd, DealStatus purchaseStatus, Severity expected)
        throws Exception {
      Report report = evaluate(nvidiaFundsCustomer("openai", investmentUsd, purchaseStatus));

      assertThat(alertsOf(report, "vendor-funds-customer")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void warnsAboutEachVendorWhenTwoCompaniesFundAndBuyFromEachOther() throws Exception {
      // Nvidia funds CoreWeave, which buys its GPUs; CoreWeave funds Nvidia, which rents its cloud.
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("coreweave", Role.NEOCLOUD, Role.CLOUD_PROVIDER))
          .add(invest("nvidia", "coreweave", "2e9"))
          .add(buy("coreweave", "nvidia", "20e9"))
          .add(invest("coreweave", "nvidia", "1e9"))
          .add(buy("nvidia-rents-coreweave", "nvidia", "coreweave", Product.CLOUD, "6e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "vendor-funds-customer"))
          .extracting(Alert::subjects)
          .containsExactlyInAnyOrder(List.of("nvidia", "coreweave"), List.of("coreweave", "nvidia"));
    }

    @Test
    void raisesNothingWhenTheCustomersPurchasesAreCancelled() throws Exception {
      Report report = evaluate(nvidiaFundsCustomer("openai", "20e9", DealStatus.CANCELLED));

      assertThat(alertsOf(report, "vendor-funds-customer")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheInvestmentIsCancelled() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(invest("nvidia-invests-openai", "nvidia", "openai", "20e9", DealStatus.CANCELLED))
          .add(buy("openai", "nvidia", "30e9")));

      assertThat(alertsOf(report, "vendor-funds-customer")).isEmpty();
    }

    @Test
    void raisesNothingWhenTwoCompaniesOnlyBuyFromEachOther() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(buy("openai", "nvidia", "30e9"))
          .add(buy("nvidia", "openai", "1e9")));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "vendor-funds-customer")).isEmpty();
    }
  }

  @Nested
  class EquityPaidToCustomer {

    private FactSet.Builder amdAndOpenAi() {
      return FactSet.builder()
          .add(company("amd", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB));
    }

    @Test
    void raisesAlertWhenVendorGrantsWarrantsToACustomer() throws Exception {
      Report report = evaluate(amdAndOpenAi()
          .add(invest("amd-warrant", "amd", "openai", "26.3472e9", DealStatus.SIGNED, Instrument.WARRANT))
          .add(buy("openai-buys-mi450", "openai", "amd", Product.GPU, null, DealStatus.SIGNED))
          .add(buy("openai-buys-mi500", "openai", "amd", Product.GPU, null, DealStatus.CANCELLED)));

      assertThat(alertsOf(report, "equity-paid-to-customer")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("amd", "openai");
        assertThat(alert.key()).isEqualTo("equity-paid-to-customer:amd,openai,amd-warrant");
        assertThat(alert.message())
            .startsWith("Amd grants Openai warrants worth USD 26.3 B while selling to it (1 supply deal(s))")
            .contains("reduces the revenue");
        assertThat(alert.evidence().facts()).containsExactly("amd-warrant", "openai-buys-mi450");
      });
    }

    @Test
    void raisesNothingForPlainEquityInACustomer() throws Exception {
      Report report = evaluate(amdAndOpenAi()
          .add(invest("amd-equity", "amd", "openai", "26e9", DealStatus.SIGNED, Instrument.EQUITY))
          .add(buy("openai", "amd", null)));

      assertThat(alertsOf(report, "equity-paid-to-customer")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheWarrantIsCancelled() throws Exception {
      Report report = evaluate(amdAndOpenAi()
          .add(invest("amd-warrant", "amd", "openai", "26e9", DealStatus.CANCELLED, Instrument.WARRANT))
          .add(buy("openai", "amd", null)));

      assertThat(alertsOf(report, "equity-paid-to-customer")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheHolderBuysNothingFromTheVendor() throws Exception {
      Report report = evaluate(amdAndOpenAi()
          .add(invest("amd-warrant", "amd", "openai", "26e9", DealStatus.SIGNED, Instrument.WARRANT))
          .add(buy("openai-buys-mi450", "openai", "amd", Product.GPU, null, DealStatus.CANCELLED))
          // money the other way: AMD is the buyer here, not the seller
          .add(buy("amd", "openai", "1e9")));

      assertThat(alertsOf(report, "equity-paid-to-customer")).isEmpty();
    }
  }
}
