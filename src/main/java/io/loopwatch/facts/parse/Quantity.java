package io.loopwatch.facts.parse;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The kinds of number facts hold, each with the range a real value falls in. The bounds are there
 * so that no number in a fact can make arithmetic unbounded: {@code 1e100000000} is seventeen
 * characters, and adding it to a dollar amount builds a hundred-million-digit number.
 *
 * <p>Ceilings are far above anything real (world GDP is about USD 110 T a year; the world's
 * generating capacity is about 9,000 GW) so that they refuse mistakes, never facts. At most
 * {@value #MAX_DECIMALS} digits after the decimal point, trailing zeros aside.
 *
 * @param unit what the number counts, for messages: {@code US dollars, e.g. 20000000000}
 * @param ceilingText the ceiling as a person writes it, for messages
 */
record Quantity(String name, String unit, boolean signed, BigDecimal ceiling, String ceilingText) {

  static final int MAX_DECIMALS = 6;

  /**
   * Beyond this many bits the unscaled digits alone are too many to be a real figure, whatever the
   * scale; checked first, since it costs nothing however large the number.
   */
  private static final int MAX_UNSCALED_BITS = 400;

  static final Quantity USD = new Quantity("amount", "US dollars, e.g. 20000000000", false,
      new BigDecimal("1e14"), "USD 100 T");
  /** Net income is the one amount that is negative when things go wrong, which is the point. */
  static final Quantity SIGNED_USD = new Quantity("amount", "US dollars, e.g. -5000000000", true,
      new BigDecimal("1e14"), "USD 100 T");
  /** A share of a company: no one holds more than all of it. */
  static final Quantity PERCENT = new Quantity("stake", "percent of the company, e.g. 27", false,
      new BigDecimal("100"), "100 %");
  static final Quantity GIGAWATTS = new Quantity("capacity", "gigawatts, e.g. 10", false,
      new BigDecimal("1e5"), "100,000 GW");

  /** What is wrong with a value of this kind, if anything; bounded work for any BigDecimal. */
  Optional<String> problem(BigDecimal value) {
    if (!signed && value.signum() < 0) {
      return Optional.of("must not be negative; found " + display(value));
    }
    if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
      return Optional.of(name + " has too many digits to be a real figure (" + display(value)
          + "); expected " + unit);
    }
    // compareTo looks at the exponents first: cheap even for 1e2147483647.
    if (value.abs().compareTo(ceiling) > 0) {
      return Optional.of(value.signum() < 0
          ? name + " " + display(value) + " is below the floor of -" + ceilingText
          : name + " " + display(value) + " is above the ceiling of " + ceilingText);
    }
    // Only now, with the magnitude bounded, is stripping trailing zeros bounded work.
    if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      return Optional.of(name + " " + display(value) + " has more than " + MAX_DECIMALS
          + " digits after the decimal point");
    }
    return Optional.empty();
  }

  /**
   * The value as short as it can be written without unbounded work: {@code 1e400} rather than
   * four hundred digits, {@code 20000000000} for a plain amount.
   */
  static String display(BigDecimal value) {
    boolean plainIsShort = value.scale() >= -20 && value.scale() <= 20
        && value.unscaledValue().bitLength() <= MAX_UNSCALED_BITS;
    return plainIsShort
        ? value.toPlainString()
        : value.toString().replace("E+", "e").replace("E", "e");
  }
}
