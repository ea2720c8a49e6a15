package io.loopwatch.facts.parse;

import java.math.BigDecimal;

/** The quantities facts are measured in, as {@link Fields} conversions with an example each. */
final class Units {

  private Units() {}

  static BigDecimal usd(Node node) throws BadValue {
    return Values.quantity(node, "US dollars, e.g. 20000000000");
  }

  /** Net income is the one amount that is negative when things go wrong, which is the point. */
  static BigDecimal signedUsd(Node node) throws BadValue {
    return Values.signedQuantity(node, "US dollars, e.g. -5000000000");
  }

  static BigDecimal gigawatts(Node node) throws BadValue {
    return Values.quantity(node, "gigawatts, e.g. 10");
  }
}
