package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loopwatch.stress.RandomNetworks.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * FictitiousDefault against an implementation written apart from it: plain Picard iteration of the
 * clearing map from the top, which falls to the greatest clearing vector (Eisenberg and Noe 2001,
 * Lemma 3; Rogers and Veraart 2013, Theorem 3.3), with and without caps and default costs.
 */
class GreatestClearingVectorTest {
  private static final double TOLERANCE = 1e-6;

  @Provide
  Arbitrary<Shape> anyNetwork() {
    return RandomNetworks.shapes(0);
  }

  /**
   * The Rogers–Veraart example of NetworkValuation (Siebenbrunner,
   * github.com/siebenbrunner/NetworkValuation, "Algorithms/Rogers and Veraart 2013/Example.mlx"):
   * external assets 10, 5, 5, liabilities [0 30 0; 5 0 20; 10 0 0], a 60 % haircut on external
   * assets (α = 0.4, β = 1). Its published output: equities after clearing −6, −2 and 11, nodes 1
   * and 2 defaulting; without costs −5, 5 and 15, only node 1 defaulting.
   */
  @Test
  void reproducesNetworkValuationsRogersVeraartExample() {
    PaymentNetwork network = PaymentNetwork.builder(3)
        .externalAssets(0, 10).externalAssets(1, 5).externalAssets(2, 5)
        .obligation(0, 1, 30).obligation(1, 0, 5).obligation(1, 2, 20).obligation(2, 0, 10)
        .build();

    ClearingVector plain = FictitiousDefault.clear(network, DefaultCosts.NONE);
    ClearingVector costly = FictitiousDefault.clear(network, new DefaultCosts(0.4, 1));

    assertThat(plain.netWorth(0)).isCloseTo(-5, within(1e-9));
    assertThat(plain.netWorth(1)).isCloseTo(5, within(1e-9));
    assertThat(plain.netWorth(2)).isCloseTo(15, within(1e-9));
    assertThat(plain.defaulted(1)).isFalse();
    assertThat(costly.netWorth(0)).isCloseTo(-6, within(1e-9));
    assertThat(costly.netWorth(1)).isCloseTo(-2, within(1e-9));
    assertThat(costly.netWorth(2)).isCloseTo(11, within(1e-9));
    assertThat(costly.defaulted(1)).isTrue();
    assertThat(costly.defaulted(2)).isFalse();
  }

  @Property
  void matchesPicardIterationFromTheTop(@ForAll("anyNetwork") Shape shape,
      @ForAll @IntRange(min = 0, max = 6) int shocked, @ForAll @DoubleRange(min = 0, max = 1) double shortfall,
      @ForAll @DoubleRange(min = 0, max = 1) double alpha, @ForAll @DoubleRange(min = 0, max = 1) double beta) {
    PaymentNetwork network = shape.payments();
    double[] caps = new double[network.size()];
    for (int i = 0; i < caps.length; i++) {
      caps[i] = network.nominal(i);
    }
    caps[shocked % caps.length] *= 1 - shortfall;
    DefaultCosts costs = new DefaultCosts(alpha, beta);

    ClearingVector clearing = FictitiousDefault.clear(network, costs, caps);

    double[] expected = picard(network, costs, caps);
    for (int i = 0; i < network.size(); i++) {
      assertThat(clearing.payment(i)).as("payment of %d", i).isCloseTo(expected[i], within(TOLERANCE));
    }
    assertThat(clearing.rounds()).isLessThanOrEqualTo(network.size());
  }

  /**
   * The clearing map with caps and costs: a company whose assets cover what it owes pays its cap;
   * one whose do not pays what it realises, {@code α·e + β·Πᵀp}, never more than its cap.
   */
  private static double[] picard(PaymentNetwork network, DefaultCosts costs, double[] caps) {
    int n = network.size();
    double[] p = caps.clone();
    for (int step = 0; step < 2_000_000; step++) {
      double[] inflow = network.inflows(p);
      double moved = 0;
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        boolean solvent = network.externalAssets(i) + inflow[i] >= network.nominal(i) - 1e-9;
        next[i] = solvent ? caps[i]
            : Math.max(0, Math.min(caps[i], costs.alpha() * network.externalAssets(i) + costs.beta() * inflow[i]));
        moved = Math.max(moved, Math.abs(next[i] - p[i]));
      }
      p = next;
      if (moved < 1e-14) {
        break;
      }
    }
    return p;
  }
}
