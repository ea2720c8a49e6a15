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

/**
 * Eisenberg and Noe's theorems as properties (Management Science 47(2), 2001): the clearing vector
 * is a fixed point of Φ(p) = min(p̄, e + Πᵀp) (Definition 1); it is the only one when every company
 * has positive external assets (Theorem 2's regularity holds: every risk orbit holds some), which
 * the test checks by reaching the least fixed point from below as well; and it is monotone, so a
 * larger shortfall never makes anyone paid more (Lemma 4).
 */
class ClearingPropertiesTest {
  private static final double TOLERANCE = 1e-7;

  @Provide
  Arbitrary<Shape> anyNetwork() {
    return RandomNetworks.shapes(0);
  }

  @Provide
  Arbitrary<Shape> regularNetwork() {
    return RandomNetworks.shapes(0.01);
  }

  @Property
  void clearingVectorIsAFixedPoint(@ForAll("anyNetwork") Shape shape) {
    PaymentNetwork network = shape.payments();

    ClearingVector clearing = FictitiousDefault.clear(network, DefaultCosts.NONE);

    double[] mapped = phi(network, payments(clearing));
    for (int i = 0; i < network.size(); i++) {
      assertThat(clearing.payment(i)).isCloseTo(mapped[i], within(TOLERANCE));
    }
  }

  @Property
  void clearingVectorIsUniqueWhenEveryCompanyHoldsExternalAssets(@ForAll("regularNetwork") Shape shape) {
    PaymentNetwork network = shape.payments();

    ClearingVector clearing = FictitiousDefault.clear(network, DefaultCosts.NONE);

    double[] least = leastFixedPoint(network);
    for (int i = 0; i < network.size(); i++) {
      assertThat(clearing.payment(i)).isCloseTo(least[i], within(1e-6));
    }
  }

  @Property
  void aLargerShortfallNeverPaysAnyoneMore(@ForAll("anyNetwork") Shape shape,
      @ForAll @IntRange(min = 0, max = 6) int shocked,
      @ForAll @DoubleRange(min = 0, max = 1) double smaller, @ForAll @DoubleRange(min = 0, max = 1) double larger) {
    PaymentNetwork network = shape.payments();
    int company = shocked % network.size();
    double low = Math.min(smaller, larger);
    double high = Math.max(smaller, larger);

    ClearingVector mild = FictitiousDefault.clear(network, DefaultCosts.NONE, capped(network, company, low));
    ClearingVector severe = FictitiousDefault.clear(network, DefaultCosts.NONE, capped(network, company, high));

    for (int i = 0; i < network.size(); i++) {
      assertThat(severe.payment(i)).isLessThanOrEqualTo(mild.payment(i) + TOLERANCE);
      assertThat(severe.unpaidToIt(i)).isGreaterThanOrEqualTo(mild.unpaidToIt(i) - TOLERANCE);
    }
  }

  @Property
  void defaultCostsNeverRaiseAPayment(@ForAll("anyNetwork") Shape shape,
      @ForAll @DoubleRange(min = 0, max = 1) double alpha, @ForAll @DoubleRange(min = 0, max = 1) double beta) {
    PaymentNetwork network = shape.payments();

    ClearingVector plain = FictitiousDefault.clear(network, DefaultCosts.NONE);
    ClearingVector costly = FictitiousDefault.clear(network, new DefaultCosts(alpha, beta));

    for (int i = 0; i < network.size(); i++) {
      assertThat(costly.payment(i)).isLessThanOrEqualTo(plain.payment(i) + TOLERANCE);
    }
  }

  private static double[] capped(PaymentNetwork network, int company, double shortfall) {
    double[] caps = new double[network.size()];
    for (int i = 0; i < caps.length; i++) {
      caps[i] = network.nominal(i);
    }
    caps[company] = (1 - shortfall) * network.nominal(company);
    return caps;
  }

  private static double[] payments(ClearingVector clearing) {
    double[] p = new double[clearing.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = clearing.payment(i);
    }
    return p;
  }

  /** Φ from the paper, written densely and apart from the algorithm under test. */
  private static double[] phi(PaymentNetwork network, double[] p) {
    double[] inflow = network.inflows(p);
    double[] next = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      next[i] = Math.min(network.nominal(i), Math.max(0, network.externalAssets(i) + inflow[i]));
    }
    return next;
  }

  /** Iterates Φ from nothing paid: it rises to the least fixed point (Tarski; the paper's Lemma 3). */
  private static double[] leastFixedPoint(PaymentNetwork network) {
    double[] p = new double[network.size()];
    for (int step = 0; step < 1_000_000; step++) {
      double[] next = phi(network, p);
      double moved = 0;
      for (int i = 0; i < p.length; i++) {
        moved = Math.max(moved, Math.abs(next[i] - p[i]));
      }
      p = next;
      if (moved < 1e-13) {
        break;
      }
    }
    return p;
  }
}
