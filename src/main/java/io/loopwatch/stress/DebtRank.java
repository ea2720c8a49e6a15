package io.loopwatch.stress;

import java.util.Arrays;

/**
 * DebtRank: how far an initial distress spreads along exposures. {@code h_i} in [0, 1] is the
 * share of its buffer company {@code i} has lost; 1 is failure.
 */
public final class DebtRank {
  /** Below this a change of distress is not a change. */
  static final double TOLERANCE = 1e-12;

  /** Stops the linear variant on a network whose distress never settles; far above what converging needs. */
  static final int MAX_ROUNDS = 10_000;

  /** Which of the two published dynamics to run. */
  public enum Variant {
    /**
     * Battiston et al., Scientific Reports 2:541 (2012), "Methods": a distressed company passes its
     * distress on once, in the round after it became distressed, and is inactive afterwards, so
     * distress never goes round a loop twice: {@code h_i(t) = min(1, h_i(t−1) + Σ_{j distressed}
     * W_ij h_j(t−1))}.
     */
    ORIGINAL,
    /**
     * Bardoscia et al., "DebtRank: a microscopic foundation for shock propagation", PLoS ONE
     * 10(6) e0130406 (2015), eq. 6: every company passes on each increase of its distress, as
     * often as it grows: {@code h_i(t+1) = min(1, h_i(t) + Σ_j W_ij (h_j(t) − h_j(t−1)))}. Losses
     * that return round a loop count again.
     */
    LINEAR
  }

  private DebtRank() {}

  /** Spreads the initial distress {@code shock} (each entry clamped to [0, 1]). */
  public static DistressVector run(ExposureNetwork network, double[] shock, Variant variant) {
    int n = network.size();
    if (shock.length != n) {
      throw new IllegalArgumentException("shock has " + shock.length + " entries for " + n + " companies");
    }
    double[] initial = new double[n];
    for (int i = 0; i < n; i++) {
      initial[i] = Math.max(0, Math.min(1, shock[i]));
    }
    Spread spread = new Spread(network, initial);
    int rounds = variant == Variant.ORIGINAL ? spread.original() : spread.linear();
    return new DistressVector(network, initial, spread.distress, spread.source, rounds);
  }

  /** One run's state: the distress so far and, per company, the source of its largest increase. */
  private static final class Spread {
    private final ExposureNetwork network;
    private final double[] distress;
    private final int[] source;
    private final double[] largest;
    private final double[] received;
    private final boolean[] touched;
    private int[] touchedList;
    private int touchedCount;

    Spread(ExposureNetwork network, double[] initial) {
      int n = initial.length;
      this.network = network;
      this.distress = initial.clone();
      this.source = new int[n];
      this.largest = new double[n];
      this.received = new double[n];
      this.touched = new boolean[n];
      this.touchedList = new int[n];
      Arrays.fill(source, -1);
    }

    /** Each distressed company passes its whole distress once, then is inactive. */
    int original() {
      boolean[] inactive = new boolean[distress.length];
      int[] active = positive(distress);
      int rounds = 0;
      while (active.length > 0) {
        rounds++;
        double[] passing = new double[active.length];
        for (int a = 0; a < active.length; a++) {
          passing[a] = distress[active[a]];
          inactive[active[a]] = true;
        }
        spread(active, passing);
        active = applyReceived(i -> !inactive[i] && distress[i] > 0);
      }
      return rounds;
    }

    /** Each company passes every increase of its distress, until none is left to pass. */
    int linear() {
      int[] moving = positive(distress);
      double[] passing = new double[moving.length];
      for (int m = 0; m < moving.length; m++) {
        passing[m] = distress[moving[m]];
      }
      int rounds = 0;
      while (moving.length > 0 && rounds < MAX_ROUNDS) {
        rounds++;
        spread(moving, passing);
        double[] before = new double[touchedCount];
        for (int t = 0; t < touchedCount; t++) {
          before[t] = distress[touchedList[t]];
        }
        int[] listed = Arrays.copyOf(touchedList, touchedCount);
        applyReceived(i -> true);
        int count = 0;
        int[] next = new int[listed.length];
        double[] grew = new double[listed.length];
        for (int t = 0; t < listed.length; t++) {
          double increase = distress[listed[t]] - before[t];
          if (increase > TOLERANCE) {
            next[count] = listed[t];
            grew[count++] = increase;
          }
        }
        moving = Arrays.copyOf(next, count);
        passing = Arrays.copyOf(grew, count);
      }
      return rounds;
    }

    /** Collects, for one round, what each company receives from the passing ones. */
    private void spread(int[] from, double[] amounts) {
      for (int a = 0; a < from.length; a++) {
        int j = from[a];
        for (int k = network.rowStart(j); k < network.rowEnd(j); k++) {
          int i = network.exposedAt(k);
          double add = network.impactAt(k) * amounts[a];
          if (add <= 0) {
            continue;
          }
          received[i] += add;
          if (!touched[i]) {
            touched[i] = true;
            touchedList[touchedCount++] = i;
          }
          if (add > largest[i]) {
            largest[i] = add;
            source[i] = j;
          }
        }
      }
    }

    /** Adds the round's receipts at once (capped at 1); returns the touched companies that pass on next. */
    private int[] applyReceived(java.util.function.IntPredicate next) {
      int[] chosen = new int[touchedCount];
      int count = 0;
      for (int t = 0; t < touchedCount; t++) {
        int i = touchedList[t];
        distress[i] = Math.min(1, distress[i] + received[i]);
        received[i] = 0;
        touched[i] = false;
        if (next.test(i)) {
          chosen[count++] = i;
        }
      }
      touchedCount = 0;
      return Arrays.copyOf(chosen, count);
    }

    private static int[] positive(double[] values) {
      return java.util.stream.IntStream.range(0, values.length).filter(i -> values[i] > 0).toArray();
    }
  }
}
