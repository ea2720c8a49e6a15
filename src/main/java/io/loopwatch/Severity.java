package io.loopwatch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How urgently an analyst should look at an alert, from least to most. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** True when this severity is the other or more urgent. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** This severity moved up (positive) or down (negative) by some steps, clamped to the range. */
  public Severity shift(int steps) {
    Severity[] all = values();
    return all[Math.max(0, Math.min(all.length - 1, ordinal() + steps))];
  }

  /** Case-insensitive lookup, for command-line options and rule metadata. */
  public static Optional<Severity> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
  }

  public static String choices() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
