package io.loopwatch.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats and sums money for alert messages, the way analysts write it: {@code USD 100 B}. */
public final class Money {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

  private Money() {}

  /** {@code USD 1.4 T}, {@code USD 100 B}, {@code USD 6.3 B}, {@code USD 750 M}; "an undisclosed amount" for null. */
  public static String usd(BigDecimal amount) {
    if (amount == null) {
      return "an undisclosed amount";
    }
    BigDecimal abs = amount.abs();
    String sign = amount.signum() < 0 ? "-" : "";
    if (abs.compareTo(TRILLION) >= 0) {
      return "USD " + sign + scaled(abs, TRILLION) + " T";
    }
    if (abs.compareTo(BILLION) >= 0) {
      return "USD " + sign + scaled(abs, BILLION) + " B";
    }
    if (abs.compareTo(MILLION) >= 0) {
      return "USD " + sign + scaled(abs, MILLION) + " M";
    }
    if (abs.compareTo(THOUSAND) >= 0) {
      return "USD " + sign + scaled(abs, THOUSAND) + " K";
    }
    return "USD " + amount.stripTrailingZeros().toPlainString();
  }

  /**
   * An amount before a noun: {@code USD 100 B} ({@code NVIDIA's USD 100 B pledge}), or {@code
   * undisclosed-amount} where the deal has none ({@code NVIDIA's undisclosed-amount pledge}).
   */
  public static String sized(BigDecimal amount) {
    return amount == null ? "undisclosed-amount" : usd(amount);
  }

  /**
   * A sum of deals some of which have no disclosed amount, never stated as a total: {@code USD 5 B}
   * when every deal is disclosed, {@code at least USD 5 B plus 2 undisclosed} when some are not,
   * {@code an undisclosed amount} or {@code undisclosed amounts (3 deals)} when none is.
   *
   * @param disclosed the sum of the disclosed amounts
   * @param undisclosed how many deals in the sum have no disclosed amount
   */
  public static String atLeast(BigDecimal disclosed, int undisclosed) {
    if (undisclosed == 0) {
      return usd(disclosed);
    }
    if (disclosed.signum() == 0) {
      return undisclosed == 1 ? "an undisclosed amount" : "undisclosed amounts (" + undisclosed + " deals)";
    }
    return "at least " + usd(disclosed) + " plus " + undisclosed + " undisclosed";
  }

  /**
   * A sum of deals with its binding part stated apart, never claiming more binds than does: {@code
   * USD 28.6 B, of which USD 8.6 B binding and up to USD 20 B not yet binding}, {@code USD 5 B, all
   * of it binding}, {@code USD 20 B, none of it binding}.
   *
   * @param binding the part of {@code total} under signed or closed deals
   */
  public static String ofWhichBinding(BigDecimal total, BigDecimal binding) {
    if (binding.signum() <= 0) {
      return usd(total) + ", none of it binding";
    }
    if (binding.compareTo(total) >= 0) {
      return usd(total) + ", all of it binding";
    }
    return usd(total) + ", of which " + usd(binding) + " binding and up to " + usd(total.subtract(binding))
        + " not yet binding";
  }

  /** {@code 23×}, {@code 4.5×}: a multiple, one decimal at most. */
  public static String times(double multiple) {
    if (Double.isInfinite(multiple)) {
      return "∞×";
    }
    return BigDecimal.valueOf(multiple).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "×";
  }

  /** {@code 25 %}: a share of 0 to 1 as a whole percentage. */
  public static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** {@code a / b} as a double, or 0 when b is zero or either is missing. */
  public static double ratio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return 0;
    }
    return a.divide(b, MathContext.DECIMAL64).doubleValue();
  }

  /**
   * {@code a / b} as a multiple: 0 when there is nothing to compare, infinite when {@code b} is
   * zero and {@code a} is not (commitments with no revenue at all are the worst case, not none).
   */
  public static double multiple(BigDecimal a, BigDecimal b) {
    if (a == null || a.signum() == 0) {
      return 0;
    }
    if (b == null || b.signum() == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return ratio(a, b);
  }

  private static String scaled(BigDecimal amount, BigDecimal unit) {
    return amount.divide(unit, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
