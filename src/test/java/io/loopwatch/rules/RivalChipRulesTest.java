package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.chip;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Workload;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/rival-chips.drl: rival and in-house chips aimed at the workloads of a loop's hub vendor. */
class RivalChipRulesTest extends BundledRulesTest {

  private static FactSet.Builder nvidiaWithInferenceGpu() {
    return FactSet.builder()
        .add(company("nvidia", Role.CHIP_VENDOR))
        .add(chip("nvidia-gb200", "nvidia", ChipKind.GPU, ChipStatus.SHIPPING, Workload.TRAINING, Workload.INFERENCE));
  }

  /** Nvidia invests in OpenAI, which buys Nvidia's GPUs: Nvidia's chips close the loop. */
  private static FactSet.Builder nvidiaChipLoop() {
    return nvidiaWithInferenceGpu()
        .add(company("openai", Role.AI_LAB))
        .add(invest("nvidia", "openai", "20e9"))
        .add(buy("openai", "nvidia", "30e9"));
  }

  private static FactSet.Builder withIntelChip(FactSet.Builder facts, ChipStatus status, Workload... workloads) {
    return facts
        .add(company("intel", Role.CHIP_VENDOR, Role.FOUNDRY))
        .add(chip("crescent-island", "intel", ChipKind.GPU, status, workloads));
  }

  private static FactSet.Builder withGoogleTpu(FactSet.Builder facts, ChipStatus status, Workload... workloads) {
    return facts
        .add(company("google", Role.HYPERSCALER, Role.CLOUD_PROVIDER, Role.CHIP_VENDOR))
        .add(chip("ironwood", "google", ChipKind.TPU, status, workloads));
  }

  @Nested
  class RivalChip {

    @Test
    void raisesAlertWhenANewEntrantTargetsTheWorkloadsOfTheLoopsHub() throws Exception {
      Report report = evaluate(withIntelChip(nvidiaChipLoop(), ChipStatus.ANNOUNCED, Workload.INFERENCE));

      assertThat(alertsOf(report, "rival-chip")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.LOW);
        assertThat(alert.subjects()).containsExactly("nvidia", "intel");
        assertThat(alert.key()).isEqualTo("rival-chip:nvidia,intel");
        assertThat(alert.message()).isEqualTo("Intel competes with Nvidia, whose chips close a circular loop: "
            + "crescent-island (gpu, announced, for inference).");
        assertThat(alert.evidence().facts()).containsExactly("crescent-island");
      });
    }

    @ParameterizedTest(name = "rival chip {0} -> {1}")
    @CsvSource({"PLANNED, LOW", "ANNOUNCED, LOW", "SAMPLING, MEDIUM", "SHIPPING, MEDIUM"})
    void gradesByWhetherCustomersCanAlreadyGetTheChip(ChipStatus status, Severity expected) throws Exception {
      Report report = evaluate(withIntelChip(nvidiaChipLoop(), status, Workload.INFERENCE));

      assertThat(alertsOf(report, "rival-chip")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void takesTheNearestThreatAmongARivalsChips() throws Exception {
      Report report = evaluate(withIntelChip(nvidiaChipLoop(), ChipStatus.PLANNED, Workload.TRAINING)
          .add(chip("gaudi", "intel", ChipKind.ASIC, ChipStatus.SHIPPING, Workload.INFERENCE)));

      assertThat(alertsOf(report, "rival-chip")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.message()).contains("crescent-island (gpu, planned, for training)")
            .contains("gaudi (asic, shipping, for inference)");
        assertThat(alert.evidence().facts()).containsExactlyInAnyOrder("crescent-island", "gaudi");
      });
    }

    @Test
    void raisesAlertForAHyperscalersChipUnitThatIsNotItselfAHyperscaler() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("alibaba", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
          .add(company("t-head", Role.CHIP_VENDOR))
          .add(chip("zhenwu", "t-head", ChipKind.GPU, ChipStatus.SHIPPING, Workload.TRAINING, Workload.INFERENCE)));

      assertThat(alertsOf(report, "rival-chip")).singleElement().satisfies(alert -> {
        assertThat(alert.subjects()).containsExactly("nvidia", "t-head");
        assertThat(alert.message()).contains("zhenwu (gpu, shipping, for training and inference)");
      });
    }

    @Test
    void raisesNothingWhenTheRivalChipRunsOtherWorkloads() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(chip("nvidia-cpx", "nvidia", ChipKind.GPU, ChipStatus.SHIPPING, Workload.INFERENCE))
          .add(invest("nvidia", "openai", "20e9"))
          .add(buy("openai", "nvidia", "30e9"))
          .add(company("intel", Role.CHIP_VENDOR))
          .add(chip("trainer", "intel", ChipKind.GPU, ChipStatus.SHIPPING, Workload.TRAINING)));

      assertThat(alertsOf(report, "rival-chip")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheHubsChipsCloseNoLoop() throws Exception {
      Report report = evaluate(withIntelChip(nvidiaWithInferenceGpu()
          .add(company("openai", Role.AI_LAB))
          .add(buy("openai", "nvidia", "30e9")), ChipStatus.SHIPPING, Workload.INFERENCE));

      assertThat(alertsOf(report, "rival-chip")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheLoopReturnsAsCloudRentRatherThanChipSales() throws Exception {
      Report report = evaluate(withIntelChip(nvidiaWithInferenceGpu()
          .add(company("openai", Role.AI_LAB))
          .add(invest("nvidia", "openai", "20e9"))
          .add(buy("openai-rents-dgx-cloud", "openai", "nvidia", Product.CLOUD, "30e9", DealStatus.SIGNED)),
          ChipStatus.SHIPPING, Workload.INFERENCE));

      assertThat(report.loops()).hasSize(1);
      assertThat(alertsOf(report, "rival-chip")).isEmpty();
    }

    @Test
    void leavesHyperscalersToHyperscalerOwnSilicon() throws Exception {
      Report report = evaluate(withGoogleTpu(nvidiaChipLoop(), ChipStatus.SHIPPING, Workload.INFERENCE));

      assertThat(alertsOf(report, "rival-chip")).isEmpty();
      assertThat(alertsOf(report, "hyperscaler-own-silicon")).hasSize(1);
    }
  }

  @Nested
  class HyperscalerOwnSilicon {

    @Test
    void raisesAlertWhenAHyperscalerBuildsAcceleratorsForTheHubsWorkloads() throws Exception {
      Report report = evaluate(withGoogleTpu(nvidiaChipLoop(), ChipStatus.SHIPPING,
          Workload.INFERENCE, Workload.TRAINING));

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("nvidia", "google");
        assertThat(alert.key()).isEqualTo("hyperscaler-own-silicon:nvidia,google");
        assertThat(alert.message()).isEqualTo("Google builds its own accelerators: "
            + "ironwood (tpu, shipping, for inference and training); "
            + "demand that can leave Nvidia, whose chips close a circular loop.");
        assertThat(alert.evidence().facts()).containsExactly("ironwood");
      });
    }

    @Test
    void warnsSharperWhenTheHyperscalerStillBuysFromTheHub() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("microsoft", Role.HYPERSCALER, Role.CLOUD_PROVIDER, Role.CHIP_VENDOR))
          .add(chip("maia", "microsoft", ChipKind.ASIC, ChipStatus.SHIPPING, Workload.INFERENCE))
          .add(buy("microsoft", "nvidia", null)));

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "microsoft");
        assertThat(alert.message()).isEqualTo("Microsoft builds its own accelerators: "
            + "maia (asic, shipping, for inference), while still buying from Nvidia; "
            + "demand that can leave Nvidia, whose chips close a circular loop.");
        assertThat(alert.evidence().facts()).containsExactly("maia", "microsoft-buys-from-nvidia");
      });
    }

    @ParameterizedTest(name = "own chip {0}, purchase from hub {1} -> {2}")
    @CsvSource({
        "PLANNED,   ,          LOW",
        "ANNOUNCED, ,          LOW",
        "SAMPLING,  ,          MEDIUM",
        "SHIPPING,  ,          MEDIUM",
        "ANNOUNCED, SIGNED,    MEDIUM",
        "SAMPLING,  LOI,       HIGH",
        "SHIPPING,  CANCELLED, MEDIUM"})
    void gradesByChipAvailabilityAndWhetherTheHyperscalerStillBuysFromTheHub(
        ChipStatus chipStatus, DealStatus purchaseStatus, Severity expected) throws Exception {
      FactSet.Builder facts = withGoogleTpu(nvidiaChipLoop(), chipStatus, Workload.INFERENCE);
      if (purchaseStatus != null) {
        facts.add(buy("google-buys-gpus", "google", "nvidia", Product.GPU, "5e9", purchaseStatus));
      }

      Report report = evaluate(facts);

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void raisesNothingWhenTheHyperscalersChipRunsOtherWorkloads() throws Exception {
      Report report = evaluate(FactSet.builder()
          .add(company("nvidia", Role.CHIP_VENDOR))
          .add(company("openai", Role.AI_LAB))
          .add(chip("nvidia-cpx", "nvidia", ChipKind.GPU, ChipStatus.SHIPPING, Workload.INFERENCE))
          .add(invest("nvidia", "openai", "20e9"))
          .add(buy("openai", "nvidia", "30e9"))
          .add(company("amazon", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
          .add(chip("trainium", "amazon", ChipKind.ASIC, ChipStatus.SHIPPING, Workload.TRAINING)));

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheHubsChipsCloseNoLoop() throws Exception {
      Report report = evaluate(withGoogleTpu(nvidiaWithInferenceGpu(), ChipStatus.SHIPPING, Workload.INFERENCE));

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).isEmpty();
    }

    @Test
    void raisesNothingForAHyperscalerWithoutChipsOfItsOwn() throws Exception {
      Report report = evaluate(nvidiaChipLoop()
          .add(company("oracle", Role.HYPERSCALER, Role.CLOUD_PROVIDER))
          .add(buy("oracle", "nvidia", "40e9")));

      assertThat(alertsOf(report, "hyperscaler-own-silicon")).isEmpty();
    }
  }
}
