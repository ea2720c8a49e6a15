package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FictitiousDefaultTest {
  private static final double EXACT = 1e-9;

  /**
   * The three-node system of NetworkValuation's Eisenberg–Noe demonstration (Siebenbrunner,
   * github.com/siebenbrunner/NetworkValuation, "Algorithms/Eisenberg and Noe 2001/Example"):
   * external assets 10, 10, 10 and liabilities [0 20 10; 5 0 24; 10 0 0]. Its published output:
   * before clearing only node 1 defaults; after clearing the equities are −5.4545, −2.6364 and 30
   * and nodes 1 and 2 default.
   *
   * <p>The payments in closed form: with nodes 1 and 2 defaulting and node 3 paying its 10,
   * p1 = 10 + 10 + (5/29) p2 and p2 = 10 + (20/30) p1, so p1 = 270/11 and p2 = 290/11.
   */
  private static PaymentNetwork networkValuationExample() {
    return PaymentNetwork.builder(3)
        .externalAssets(0, 10).externalAssets(1, 10).externalAssets(2, 10)
        .obligation(0, 1, 20).obligation(0, 2, 10)
        .obligation(1, 0, 5).obligation(1, 2, 24)
        .obligation(2, 0, 10)
        .build();
  }

  @Test
  void reproducesNetworkValuationsEisenbergNoeExample() {
    ClearingVector clearing = FictitiousDefault.clear(networkValuationExample(), DefaultCosts.NONE);

    assertThat(clearing.payment(0)).isCloseTo(270.0 / 11, within(EXACT));
    assertThat(clearing.payment(1)).isCloseTo(290.0 / 11, within(EXACT));
    assertThat(clearing.payment(2)).isCloseTo(10, within(EXACT));
    assertThat(clearing.netWorth(0)).isCloseTo(-5.4545, within(1e-4));
    assertThat(clearing.netWorth(1)).isCloseTo(-2.6364, within(1e-4));
    assertThat(clearing.netWorth(2)).isCloseTo(30, within(EXACT));
  }

  @Test
  void recordsWhoDefaultsInWhichRound() {
    ClearingVector clearing = FictitiousDefault.clear(networkValuationExample(), DefaultCosts.NONE);

    assertThat(clearing.defaultRound(0)).isEqualTo(1);
    assertThat(clearing.defaultRound(1)).isEqualTo(2);
    assertThat(clearing.defaultRound(2)).isEqualTo(ClearingVector.NEVER);
    assertThat(clearing.rounds()).isEqualTo(2);
    assertThat(clearing.shortfall(0)).isCloseTo(30 - 270.0 / 11, within(EXACT));
    assertThat(clearing.mainSource(1)).isEqualTo(0);
  }

  /**
   * Rogers and Veraart's costs on the same system, α = β = 1/2, derived by hand as their
   * algorithm runs (Management Science 59(4), 2013, section 3.2, greatest clearing vector).
   * Round 1: node 1 has 10 + 5 + 10 = 25 < 30 and defaults. Round 2, node 1 paying
   * ½·10 + ½(5 + 10) = 12.5, node 2 has 10 + (2/3)·12.5 < 29 and defaults too. Then
   * p1 = 5 + ½(10 + (5/29) p2) and p2 = 5 + ½(2/3) p1 give p1 = 1815/169 and p2 = 1450/169; node 3
   * has 10 + 605/169 + 1200/169 ≥ 10 and pays in full.
   */
  @Test
  void appliesRogersVeraartDefaultCosts() {
    ClearingVector clearing = FictitiousDefault.clear(networkValuationExample(), new DefaultCosts(0.5, 0.5));

    assertThat(clearing.payment(0)).isCloseTo(1815.0 / 169, within(EXACT));
    assertThat(clearing.payment(1)).isCloseTo(1450.0 / 169, within(EXACT));
    assertThat(clearing.payment(2)).isCloseTo(10, within(EXACT));
    assertThat(clearing.defaultRound(1)).isEqualTo(2);
  }

  /**
   * A cap is a scenario's shortfall: node 3 pays 4 of its 10. By hand: node 1 then has
   * 10 + 5 + 4 = 19 < 30 and defaults in round 1; with p3 = 4 node 1 pays 14 + (5/29) p2 and node 2
   * has 10 + (2/3) p1 < 29, defaulting in round 2, so p1 = 14 + (5/29)(10 + (2/3) p1), which is
   * p1 = (14 + 50/29) · 87/77 = 1368/77, and p2 = 10 + 912/77 = 1682/77.
   */
  @Test
  void capsACompanysPaymentsAsAShortfallDoes() {
    double[] caps = {30, 29, 4};

    ClearingVector clearing = FictitiousDefault.clear(networkValuationExample(), DefaultCosts.NONE, caps);

    assertThat(clearing.defaultRound(2)).isZero();
    assertThat(clearing.payment(2)).isEqualTo(4);
    assertThat(clearing.payment(0)).isCloseTo(1368.0 / 77, within(EXACT));
    assertThat(clearing.payment(1)).isCloseTo(1682.0 / 77, within(EXACT));
  }

  @Test
  void paysInFullWhenEveryoneCan() {
    PaymentNetwork network = PaymentNetwork.builder(2)
        .externalAssets(0, 5).obligation(0, 1, 3).obligation(1, 0, 3).build();

    ClearingVector clearing = FictitiousDefault.clear(network, DefaultCosts.NONE);

    assertThat(clearing.payment(0)).isEqualTo(3);
    assertThat(clearing.payment(1)).isEqualTo(3);
    assertThat(clearing.rounds()).isZero();
    assertThat(clearing.mainSource(0)).isEqualTo(-1);
  }
}
