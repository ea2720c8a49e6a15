package io.loopwatch.stress;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small random networks for the models' property tests. */
final class RandomNetworks {
  private RandomNetworks() {}

  /** A network's shape as data, so that a failing case prints readably and can be rebuilt. */
  record Shape(int size, double[] assets, int[][] links, double[] amounts) {
    PaymentNetwork payments() {
      PaymentNetwork.Builder builder = PaymentNetwork.builder(size);
      for (int i = 0; i < size; i++) {
        builder.externalAssets(i, assets[i]);
      }
      for (int k = 0; k < links.length; k++) {
        builder.obligation(links[k][0], links[k][1], amounts[k]);
      }
      return builder.build();
    }

    /** The same links read as exposures: the creditor is exposed to its debtor; assets are buffers. */
    ExposureNetwork exposures() {
      ExposureNetwork.Builder builder = ExposureNetwork.builder(size);
      for (int i = 0; i < size; i++) {
        builder.buffer(i, assets[i]).weight(i, 1 + i);
      }
      for (int k = 0; k < links.length; k++) {
        builder.exposure(links[k][1], links[k][0], amounts[k]);
      }
      return builder.build();
    }
  }

  /** Between 2 and 7 companies, up to 20 obligations; external assets at least {@code minAssets}. */
  static Arbitrary<Shape> shapes(double minAssets) {
    return Arbitraries.integers().between(2, 7).flatMap(size -> {
      Arbitrary<double[]> assets = Arbitraries.doubles().between(minAssets, 50).ofScale(2)
          .array(double[].class).ofSize(size);
      Arbitrary<int[]> link = Arbitraries.integers().between(0, size - 1).array(int[].class).ofSize(2)
          .filter(pair -> pair[0] != pair[1]);
      Arbitrary<int[][]> links = link.array(int[][].class).ofMaxSize(20);
      return Combinators.combine(assets, links).flatAs((a, l) ->
          Arbitraries.doubles().between(0.5, 40).ofScale(2).array(double[].class).ofSize(l.length)
              .map(amounts -> new Shape(size, a, l, amounts)));
    });
  }
}
