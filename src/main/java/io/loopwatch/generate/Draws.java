package io.loopwatch.generate;

import io.loopwatch.facts.DealStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * The random values of a deal: amounts, statuses, dates and sources. Only {@link Random} (whose
 * sequence Java specifies) and {@link StrictMath} are used, so a seed gives the same values on every
 * JVM.
 */
final class Draws {

  /** Announcements fall in this window, before the bundled data's as-of date (2026-02-05). */
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

  static final String[] PUBLISHERS = {
      "Synthetic Wire", "Example Business Daily", "Sample Markets Journal", "Mock Tech Ledger",
      "Placeholder Capital Review", "Specimen Semiconductor Weekly", "Fixture Financial Times",
      "Demo Cloud Report"};

  private static final DealStatus[] STATUSES = {
      DealStatus.CLOSED, DealStatus.SIGNED, DealStatus.REPORTED, DealStatus.RUMORED, DealStatus.LOI,
      DealStatus.TERM_SHEET, DealStatus.CANCELLED};
  /** Mostly binding, some pledges, a few cancelled; per mille. */
  private static final int[] STATUS_WEIGHTS = {360, 310, 100, 50, 80, 70, 30};

  private static final BigDecimal[] CAPACITIES_GW = {
      new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.75"),
      BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("5")};

  private static final double LOG10_MIN = 6.0; // USD 1 M
  private static final double LOG10_MAX = 10.8; // about USD 63 B

  private final Random random;
  private final long windowDays = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();

  Draws(Random random) {
    this.random = random;
  }

  Random random() {
    return random;
  }

  /**
   * Log-normal around {@code 10^log10Median} dollars, clipped to USD 1 M .. 63 B, rounded to three
   * significant figures as reported amounts are; exact whole dollars.
   */
  long amount(double log10Median, double log10Spread) {
    double log10 = log10Median + random.nextGaussian() * log10Spread;
    log10 = Math.max(LOG10_MIN, Math.min(LOG10_MAX, log10));
    return roundToThreeFigures((long) StrictMath.pow(10, log10));
  }

  /** A share of an amount (a pledge re-cut to 40 to 90 % of itself), rounded like the original. */
  long shareOf(long amount) {
    return roundToThreeFigures(amount / 100 * (40 + random.nextInt(51)));
  }

  /** An amount within {@code percent} % of another, either way, rounded like it: the other side of a swap. */
  long near(long amount, int percent) {
    return roundToThreeFigures(amount / 100 * (100 - percent + random.nextInt(2 * percent + 1)));
  }

  private static long roundToThreeFigures(long raw) {
    long unit = 1;
    while (raw / unit >= 1000) {
      unit *= 10;
    }
    return Math.max(1, Math.round((double) raw / unit)) * unit;
  }

  DealStatus status() {
    int draw = random.nextInt(1000);
    for (int i = 0; i < STATUSES.length; i++) {
      draw -= STATUS_WEIGHTS[i];
      if (draw < 0) {
        return STATUSES[i];
      }
    }
    return DealStatus.CLOSED;
  }

  /** A status that keeps the link: planted loops must be really present. */
  DealStatus liveStatus() {
    DealStatus status;
    do {
      status = status();
    } while (!status.isLive());
    return status;
  }

  /** A pledge: announced, not yet binding. */
  DealStatus pledgeStatus() {
    DealStatus[] pledges = {DealStatus.RUMORED, DealStatus.REPORTED, DealStatus.LOI, DealStatus.TERM_SHEET};
    return pledges[random.nextInt(pledges.length)];
  }

  DealStatus bindingStatus() {
    return random.nextBoolean() ? DealStatus.SIGNED : DealStatus.CLOSED;
  }

  LocalDate announced() {
    return FIRST_DAY.plusDays(random.nextInt((int) windowDays + 1));
  }

  /** A later day in the window (or the last day, when {@code after} is near its end). */
  LocalDate laterThan(LocalDate after, int minDays, int maxDays) {
    LocalDate later = after.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
    return later.isAfter(LAST_DAY) ? (after.isAfter(LAST_DAY) ? after : LAST_DAY) : later;
  }

  /** Half of the pledges say when they are expected to bind. */
  LocalDate expectedClose(DealStatus status, LocalDate announced) {
    if (!status.isPledge() || random.nextBoolean()) {
      return null;
    }
    return announced.plusDays(60 + random.nextInt(480));
  }

  BigDecimal capacityGw() {
    return CAPACITIES_GW[random.nextInt(CAPACITIES_GW.length)];
  }

  int publisher() {
    return random.nextInt(PUBLISHERS.length);
  }

  /** One deal in seven is reported by a second outlet too. */
  int secondPublisher(int first) {
    if (random.nextInt(7) != 0) {
      return -1;
    }
    return (first + 1 + random.nextInt(PUBLISHERS.length - 1)) % PUBLISHERS.length;
  }

  /** Days between the announcement and the report. */
  int sourceLag() {
    return random.nextInt(4);
  }

  boolean chance(int perMille) {
    return random.nextInt(1000) < perMille;
  }
}
