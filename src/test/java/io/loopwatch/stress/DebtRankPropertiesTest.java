package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.stress.DebtRank.Variant;
import io.loopwatch.stress.RandomNetworks.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * DebtRank's invariants: distress stays in [0, 1], and a larger shock never leaves anyone less
 * distressed. The linear variant is monotone outright; the original one only among shocks that
 * hit the same companies (see {@link DebtRankTest#originalVariantIsNotMonotoneWhenTheShockReachesANewCompany}).
 */
class DebtRankPropertiesTest {
  private static final double TOLERANCE = 1e-9;

  @Provide
  Arbitrary<Shape> network() {
    return RandomNetworks.shapes(0);
  }

  @Property
  void distressStaysBetweenZeroAndOne(@ForAll("network") Shape shape, @ForAll Variant variant,
      @ForAll @DoubleRange(min = 0, max = 1) double shock) {
    ExposureNetwork network = shape.exposures();

    DistressVector result = DebtRank.run(network, uniform(network.size(), shock), variant);

    for (int i = 0; i < network.size(); i++) {
      assertThat(result.distress(i)).isBetween(0.0, 1.0);
      assertThat(result.distress(i)).isGreaterThanOrEqualTo(result.initial(i));
    }
    assertThat(result.systemicImpact()).isBetween(0.0, 1.0);
  }

  @Property
  void aLargerShockNeverLeavesLessDistress(@ForAll("network") Shape shape, @ForAll Variant variant,
      @ForAll @DoubleRange(min = 0.01, max = 1) double smaller, @ForAll @DoubleRange(min = 0.01, max = 1) double larger) {
    ExposureNetwork network = shape.exposures();
    double[] mild = firstCompany(network.size(), Math.min(smaller, larger));
    double[] severe = firstCompany(network.size(), Math.max(smaller, larger));

    DistressVector low = DebtRank.run(network, mild, variant);
    DistressVector high = DebtRank.run(network, severe, variant);

    for (int i = 0; i < network.size(); i++) {
      assertThat(high.distress(i)).isGreaterThanOrEqualTo(low.distress(i) - TOLERANCE);
    }
  }

  @Property
  void linearVariantIsMonotoneInAnyShock(@ForAll("network") Shape shape,
      @ForAll @DoubleRange(min = 0, max = 1) double first, @ForAll @DoubleRange(min = 0, max = 1) double extra) {
    ExposureNetwork network = shape.exposures();
    double[] mild = firstCompany(network.size(), first);
    double[] severe = mild.clone();
    severe[network.size() - 1] = Math.max(severe[network.size() - 1], extra);

    DistressVector low = DebtRank.run(network, mild, Variant.LINEAR);
    DistressVector high = DebtRank.run(network, severe, Variant.LINEAR);

    for (int i = 0; i < network.size(); i++) {
      assertThat(high.distress(i)).isGreaterThanOrEqualTo(low.distress(i) - TOLERANCE);
    }
  }

  private static double[] uniform(int size, double value) {
    double[] shock = new double[size];
    java.util.Arrays.fill(shock, value);
    return shock;
  }

  private static double[] firstCompany(int size, double value) {
    double[] shock = new double[size];
    shock[0] = value;
    return shock;
  }
}
