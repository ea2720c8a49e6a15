package io.loopwatch.facts.parse;

import java.math.BigDecimal;

/**
 * The quantities facts are measured in, as {@link Fields} conversions with an example each. They
 * read the number only; its range is checked by {@link FieldCheck}, the same for facts from files
 * and facts built in code.
 */
final class Units {

  private Units() {}

  static BigDecimal usd(Node node) throws BadValue {
    return Values.number(node, Quantity.USD.unit());
  }

  static BigDecimal signedUsd(Node node) throws BadValue {
    return Values.number(node, Quantity.SIGNED_USD.unit());
  }

  static BigDecimal percent(Node node) throws BadValue {
    return Values.number(node, Quantity.PERCENT.unit());
  }

  static BigDecimal gigawatts(Node node) throws BadValue {
    return Values.number(node, Quantity.GIGAWATTS.unit());
  }
}
