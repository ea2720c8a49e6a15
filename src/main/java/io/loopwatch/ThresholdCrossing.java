package io.loopwatch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold an alert crossed: what was measured, its value, and the threshold's value.
 *
 * @param threshold the threshold's name in {@code thresholds.yaml}, e.g. {@code
 *     commitments-to-revenue-high}
 * @param measured what the value is, e.g. {@code OpenAI's commitments against a year's revenue}
 * @param value the measured value; {@code null} when it is infinite (commitments with no revenue)
 * @param limit the threshold's value
 * @param unit {@code usd}, {@code times}, {@code share}, {@code days}, {@code gw} or {@code number}
 * @param valueText the value as a person writes it ({@code 162.8×}, {@code USD 20 B})
 * @param limitText the threshold the same way
 */
public record ThresholdCrossing(
    String threshold,
    String measured,
    BigDecimal value,
    BigDecimal limit,
    String unit,
    String valueText,
    String limitText) {

  public ThresholdCrossing {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(valueText, "valueText");
    Objects.requireNonNull(limitText, "limitText");
  }

  /** True when the value reached the threshold from below; false for a floor it fell under. */
  public boolean atOrAbove() {
    return value == null || value.compareTo(limit) >= 0;
  }

  /** {@code OpenAI's commitments against a year's revenue: 162.8×, at or above the threshold 5× (commitments-to-revenue-high)}. */
  public String text() {
    return measured + ": " + valueText + ", " + (atOrAbove() ? "at or above" : "below") + " the threshold "
        + limitText + " (" + threshold + ")";
  }
}
