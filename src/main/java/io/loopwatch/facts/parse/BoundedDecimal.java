package io.loopwatch.facts.parse;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Parses the text of a number without unbounded work. {@code new BigDecimal(text)} is linear for
 * short text but not for a million digits, and quoted numbers are strings, which Jackson lets run
 * to millions of characters; a number longer than any real figure is refused before it is parsed.
 * The range of the result is for {@link Quantity} to judge.
 */
final class BoundedDecimal {

  /** Digits, sign, point and exponent of the longest number that is plausibly a real figure. */
  static final int MAX_LENGTH = 100;

  private BoundedDecimal() {}

  /** Empty when the text is not a decimal number, or is too long to be a real one. */
  static Optional<BigDecimal> parse(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      // The exponent is read as an int; an exponent beyond it is refused here, not overflowed.
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException | ArithmeticException notADecimal) {
      return Optional.empty();
    }
  }
}
