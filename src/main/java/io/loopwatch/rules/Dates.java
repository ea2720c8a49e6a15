package io.loopwatch.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for rules. */
public final class Dates {

  private Dates() {}

  /** True for the 90 days that end on {@code today}, both ends included: one quarter. */
  public static boolean inLastQuarter(LocalDate day, LocalDate today) {
    return !day.isBefore(today.minusDays(89)) && !day.isAfter(today);
  }

  /** Whole days from {@code from} to {@code to}; negative when {@code to} comes first. */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
