package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's worked scenario, on the bundled facts of 2026-02-05. */
class BundledFactsStressTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static StressTest stress;

  @BeforeAll
  static void loadFacts() throws Exception {
    FactSet facts = AsOfFilter.apply(FactFiles.load(Path.of("facts")), AS_OF);
    stress = new StressTest(StressNetworks.of(facts, AS_OF, ObligationRule.DEFAULT));
  }

  @Test
  void halfAShortfallAtOpenAiLeavesOracleHalfItsContractUnpaid() {
    StressResult result = stress.run(Scenario.of(Shock.parse("openai=shortfall:0.5")), StressModel.CLEARING);

    CompanyStress oracle = company(result, "oracle");
    assertThat(oracle.lossUsd()).isCloseTo(150e9, within(1.0));
    assertThat(oracle.lossToRevenue()).isCloseTo(150e9 / 57.399e9, within(1e-9));
    assertThat(oracle.path()).containsExactly("openai", "oracle");
    assertThat(oracle.defaulted()).isFalse();
    assertThat(result.hurt().get(0).company()).isEqualTo("oracle");
    CompanyStress openai = company(result, "openai");
    assertThat(openai.shocked()).isTrue();
    assertThat(openai.defaultRound()).isZero();
  }

  @Test
  void everyModelFindsOracleHurtMostAlongTheSamePath() {
    for (StressModel model : StressModel.values()) {
      StressResult result = stress.run(Scenario.of(Shock.parse("openai=shortfall:0.5")), model);

      assertThat(result.hurt().get(0).company()).as(model.word()).isEqualTo("oracle");
      assertThat(result.hurt().get(0).path()).as(model.word()).containsExactly("openai", "oracle");
      assertThat(result.systemicImpact()).as(model.word()).isBetween(0.0, 1.0);
    }
  }

  /**
   * Microsoft has no revenue on file: clearing leaves it money unpaid, but neither model has a
   * buffer to measure its distress against, so both report it unmeasured (0) rather than a share
   * of its net claims.
   */
  @Test
  void aCompanyWithoutRevenueIsLeftUnpaidButItsDistressIsNotMeasuredInEitherModel() {
    for (StressModel model : StressModel.values()) {
      StressResult result = stress.run(Scenario.of(Shock.parse("openai=shortfall:0.5")), model);

      result.companies().stream().filter(c -> !c.hasRevenue()).forEach(c -> {
        assertThat(c.distressMeasured()).as(model.word() + " " + c.company()).isFalse();
        assertThat(c.distress()).as(model.word() + " " + c.company()).isZero();
      });
    }
    CompanyStress microsoft = company(stress.run(Scenario.of(Shock.parse("openai=shortfall:0.5")), StressModel.CLEARING),
        "microsoft");
    assertThat(microsoft.lossUsd()).isCloseTo(125e9, within(1.0));
  }

  @Test
  void cancellingTheOracleContractCostsOracleItsWholeValue() {
    StressResult result = stress.run(Scenario.of(Shock.parse("openai=cancel:openai-oracle-cloud-2025-09")),
        StressModel.CLEARING);

    assertThat(company(result, "oracle").lossUsd()).isCloseTo(300e9, within(1.0));
    assertThat(company(result, "oracle").path()).containsExactly("openai", "oracle");
    assertThat(result.hurt()).extracting(CompanyStress::company).containsExactly("oracle");
  }

  private static CompanyStress company(StressResult result, String id) {
    return result.companies().stream().filter(c -> c.company().equals(id)).findFirst().orElseThrow();
  }
}
