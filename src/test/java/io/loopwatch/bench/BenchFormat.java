package io.loopwatch.bench;

import java.util.Locale;

/** How the benchmark report writes times, sizes, ratios and what was not measured. */
final class BenchFormat {

  private BenchFormat() {}

  static String time(double seconds) {
    if (Double.isNaN(seconds)) {
      return "n/a";
    }
    double a = Math.abs(seconds);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f s", seconds);
    } else if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    } else if (a >= 1e-3) {
      return String.format(Locale.ROOT, a >= 0.1 ? "%.0f ms" : "%.1f ms", seconds * 1e3);
    }
    return String.format(Locale.ROOT, a >= 1e-4 ? "%.0f µs" : "%.1f µs", seconds * 1e6);
  }

  /** 1 GB = 10⁹ bytes. */
  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    return bytes >= 1e9 ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9) : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  /** Baseline ÷ Loopwatch; below 0.1 as a fraction, 1/N: Loopwatch takes N times as long (or as much). */
  static String ratio(double r) {
    if (r >= 10) {
      return String.format(Locale.ROOT, "%,.0f", r);
    }
    if (r >= 0.1) {
      return String.format(Locale.ROOT, "%.2f", r);
    }
    return String.format(Locale.ROOT, "1/%,.0f", 1 / r);
  }

  /** A measurement that has no figure, by its status: over the cap, not run, out of memory, skipped. */
  static String missing(String status, String whenCapped) {
    if (status.equals("capped")) {
      return whenCapped;
    }
    if (status.startsWith("capped (")) {
      return whenCapped + " " + status.substring("capped ".length());
    }
    return status;
  }
}
