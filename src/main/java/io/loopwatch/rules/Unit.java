package io.loopwatch.rules;

import io.loopwatch.facts.Labeled;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a threshold measures in, so that an explanation writes {@code USD 20 B} or {@code 163×}, not a bare number. */
public enum Unit implements Labeled {
  /** US dollars: {@code USD 20 B}. */
  USD,
  /** A multiple: {@code 162.8×}. */
  TIMES,
  /** A fraction of 0 to 1 shown as a percentage: {@code 25 %}. */
  SHARE,
  /** Whole days: {@code 45 days}. */
  DAYS,
  /** Gigawatts of power capacity: {@code 16.75 GW}. */
  GW,
  /** A plain number, such as a binding weight: {@code 0.4}. */
  NUMBER;

  /** The value as a person writes it; {@code null} stands for infinity. */
  public String format(BigDecimal value) {
    if (value == null) {
      return this == TIMES ? "∞×" : "∞";
    }
    return switch (this) {
      case USD -> Money.usd(value);
      case TIMES -> Money.times(value.doubleValue());
      case SHARE -> Money.percent(value.doubleValue());
      case DAYS -> value.stripTrailingZeros().toPlainString() + " days";
      case GW -> value.stripTrailingZeros().toPlainString() + " GW";
      case NUMBER -> value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    };
  }
}
