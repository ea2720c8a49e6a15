package io.loopwatch;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time limits as people write them: {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h}, or ISO-8601
 * ({@code PT20S}); what {@code --timeout} accepts and how limits are shown in messages.
 */
public final class TimeLimits {

  /** What {@link #parse} accepts, for error messages. */
  public static final String EXPECTED = "a positive duration such as 500ms, 20s, 5m, 1h or ISO-8601 PT20S";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,18})(ms|s|m|h)");

  private TimeLimits() {}

  /**
   * Reads a positive duration.
   *
   * @throws IllegalArgumentException naming what was found and what is expected
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    Duration parsed = null;
    Matcher shortForm = SHORT.matcher(trimmed.toLowerCase(Locale.ROOT));
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      try {
        parsed = switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      } catch (ArithmeticException tooLong) {
        throw new IllegalArgumentException("'" + text + "' is too long; expected " + EXPECTED);
      }
    } else if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        parsed = Duration.parse(trimmed);
      } catch (RuntimeException notIso) {
        // Reported below with the forms that are accepted.
      }
    }
    if (parsed == null) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; expected " + EXPECTED);
    }
    return requirePositive(parsed);
  }

  /** The limit itself, if it is more than zero. */
  public static Duration requirePositive(Duration limit) {
    if (limit.isZero() || limit.isNegative()) {
      throw new IllegalArgumentException("the time limit must be positive, was " + format(limit) + "; expected " + EXPECTED);
    }
    return limit;
  }

  /** The shortest of the accepted forms that says exactly this duration: {@code 5m}, {@code 1500ms}. */
  public static String format(Duration limit) {
    if (limit.isNegative() || limit.isZero() || limit.getNano() % 1_000_000 != 0) {
      return limit.toString();
    }
    long millis = limit.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }
}
