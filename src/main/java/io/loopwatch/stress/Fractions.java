package io.loopwatch.stress;

import java.math.BigDecimal;

/** Fractions as people write them: 0.5, not 0.50000. */
final class Fractions {
  private Fractions() {}

  static String plain(double fraction) {
    return BigDecimal.valueOf(fraction).stripTrailingZeros().toPlainString();
  }
}
