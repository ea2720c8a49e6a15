package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loopwatch.stress.DebtRank.Variant;
import org.junit.jupiter.api.Test;

class DebtRankTest {
  private static final double EXACT = 1e-12;

  /**
   * The three-bank example of NetworkRiskMeasures' {@code debt_rank} documentation (Cinelli,
   * github.com/carloscinelli/NetworkRiskMeasures, R/DebtRank.R, {@code @examples}): assets matrix
   * {@code matrix(c(0, 10, 3, 1, 0, 2, 0, 3, 0), ncol = 3)} (column-major, row i's claim on column
   * j), buffers a = 2, b = 5, c = 2, weights 10, 100, 30. So b holds 10 on a, c holds 3 on a, a
   * holds 1 on b, c holds 2 on b and b holds 3 on c, and the impacts min(1, claim / buffer) are
   * W_ba = 1, W_ca = 1, W_ab = 0.5, W_cb = 1, W_bc = 0.6.
   */
  private static ExposureNetwork networkRiskMeasuresExample() {
    return ExposureNetwork.builder(3)
        .buffer(0, 2).buffer(1, 5).buffer(2, 2)
        .weight(0, 10).weight(1, 100).weight(2, 30)
        .exposure(1, 0, 10).exposure(2, 0, 3)
        .exposure(0, 1, 1).exposure(2, 1, 2)
        .exposure(1, 2, 3)
        .build();
  }

  /**
   * The documentation's arbitrary shock, 10 % at every bank, derived by hand with Battiston's
   * rule: all three are distressed at t = 0 and pass 0.1 each once, so h_a = 0.1 + 0.5·0.1 = 0.15,
   * h_b = 0.1 + 1·0.1 + 0.6·0.1 = 0.26, h_c = 0.1 + 1·0.1 + 1·0.1 = 0.3; all are then inactive.
   * Added stress, weighted: (0.05·10 + 0.16·100 + 0.2·30) / 140 = 22.5 / 140.
   */
  @Test
  void reproducesTheUniformTenPercentShockByHand() {
    DistressVector result = DebtRank.run(networkRiskMeasuresExample(), new double[] {0.1, 0.1, 0.1}, Variant.ORIGINAL);

    assertThat(result.distress(0)).isCloseTo(0.15, within(EXACT));
    assertThat(result.distress(1)).isCloseTo(0.26, within(EXACT));
    assertThat(result.distress(2)).isCloseTo(0.30, within(EXACT));
    assertThat(result.systemicImpact()).isCloseTo(22.5 / 140, within(EXACT));
    assertThat(result.rounds()).isEqualTo(1);
  }

  /**
   * {@code debt_rank}'s own scenario for bank a (its default, shock 1): b and c are hit in full
   * (W_ba = W_ca = 1) in round 1 and pass 1 each in round 2, which leaves everyone at 1 (a stays at
   * its cap). Added stress (100 + 30) / 140.
   */
  @Test
  void reproducesTheDefaultOfBankAByHand() {
    DistressVector result = DebtRank.run(networkRiskMeasuresExample(), new double[] {1, 0, 0}, Variant.ORIGINAL);

    assertThat(result.distress(1)).isEqualTo(1);
    assertThat(result.distress(2)).isEqualTo(1);
    assertThat(result.systemicImpact()).isCloseTo(130.0 / 140, within(EXACT));
    assertThat(result.rounds()).isEqualTo(2);
    assertThat(result.mainSource(1)).isEqualTo(0);
  }

  /**
   * Linear DebtRank without the cap is the Neumann series of Bardoscia et al. (2015, eq. 7):
   * h(∞) = (I − W)⁻¹ h(0). Two companies each losing half their buffer if the other fails, 0.2 at
   * the first: (I − W)⁻¹ = (4/3)[1 ½; ½ 1], so h = (0.8/3, 0.4/3).
   */
  @Test
  void linearVariantSumsTheSeriesRoundTheLoop() {
    ExposureNetwork pair = ExposureNetwork.builder(2)
        .buffer(0, 10).buffer(1, 10).weight(0, 1).weight(1, 1)
        .exposure(0, 1, 5).exposure(1, 0, 5)
        .build();

    DistressVector result = DebtRank.run(pair, new double[] {0.2, 0}, Variant.LINEAR);

    assertThat(result.distress(0)).isCloseTo(0.8 / 3, within(1e-11));
    assertThat(result.distress(1)).isCloseTo(0.4 / 3, within(1e-11));
  }

  /** The original variant passes distress once, so on the same pair the loop adds nothing back. */
  @Test
  void originalVariantPassesDistressOnlyOnce() {
    ExposureNetwork pair = ExposureNetwork.builder(2)
        .buffer(0, 10).buffer(1, 10).exposure(0, 1, 5).exposure(1, 0, 5).build();

    DistressVector result = DebtRank.run(pair, new double[] {0.2, 0}, Variant.ORIGINAL);

    assertThat(result.distress(1)).isCloseTo(0.1, within(EXACT));
    assertThat(result.distress(0)).isCloseTo(0.25, within(EXACT));
  }

  /**
   * Why the monotonicity property holds for the original variant only on a fixed support: a
   * small extra shock at k makes k pass its distress in round 1, before j's larger distress reaches
   * it, and an inactive company never passes again. Chain j → k → i, all impacts 1.
   */
  @Test
  void originalVariantIsNotMonotoneWhenTheShockReachesANewCompany() {
    ExposureNetwork chain = ExposureNetwork.builder(3)
        .buffer(0, 1).buffer(1, 1).buffer(2, 1)
        .exposure(1, 0, 1).exposure(2, 1, 1)
        .build();

    double alone = DebtRank.run(chain, new double[] {0.5, 0, 0}, Variant.ORIGINAL).distress(2);
    double more = DebtRank.run(chain, new double[] {0.5, 0.01, 0}, Variant.ORIGINAL).distress(2);
    double linear = DebtRank.run(chain, new double[] {0.5, 0.01, 0}, Variant.LINEAR).distress(2);

    assertThat(alone).isCloseTo(0.5, within(EXACT));
    assertThat(more).isCloseTo(0.01, within(EXACT));
    assertThat(linear).isCloseTo(0.51, within(EXACT));
  }

  @Test
  void addsUpExposuresToTheSameCompanyBeforeCapping() {
    ExposureNetwork network = ExposureNetwork.builder(2)
        .buffer(0, 10).exposure(0, 1, 3).exposure(0, 1, 4).build();

    DistressVector result = DebtRank.run(network, new double[] {0, 1}, Variant.ORIGINAL);

    assertThat(result.distress(0)).isCloseTo(0.7, within(EXACT));
  }
}
