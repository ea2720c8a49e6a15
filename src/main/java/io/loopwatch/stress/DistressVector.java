package io.loopwatch.stress;

/** The outcome of DebtRank: each company's distress before and after, and where it came from. */
public final class DistressVector {
  private final ExposureNetwork network;
  private final double[] initial;
  private final double[] distress;
  private final int[] source;
  private final int rounds;

  DistressVector(ExposureNetwork network, double[] initial, double[] distress, int[] source, int rounds) {
    this.network = network;
    this.initial = initial;
    this.distress = distress;
    this.source = source;
    this.rounds = rounds;
  }

  public int size() {
    return distress.length;
  }

  /** Company {@code i}'s distress as the shock left it, before any spreading. */
  public double initial(int i) {
    return initial[i];
  }

  /** Company {@code i}'s distress when spreading stopped ({@code h_i(T)}), in [0, 1]. */
  public double distress(int i) {
    return distress[i];
  }

  /** What spreading added to company {@code i}'s distress. */
  public double added(int i) {
    return distress[i] - initial[i];
  }

  /** The company whose distress added most to company {@code i}'s, or -1 if none did. */
  public int mainSource(int i) {
    return source[i];
  }

  public int rounds() {
    return rounds;
  }

  /**
   * DebtRank proper: the distress spreading added, each company weighted by its share of the
   * total weight ({@code Σ (h_i(T) − h_i(0)) v_i / Σ v}); 0 when no company has a weight.
   */
  public double systemicImpact() {
    double total = 0;
    double added = 0;
    for (int i = 0; i < distress.length; i++) {
      total += network.weight(i);
      added += (distress[i] - initial[i]) * network.weight(i);
    }
    return total == 0 ? 0 : added / total;
  }
}
