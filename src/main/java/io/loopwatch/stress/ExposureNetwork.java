package io.loopwatch.stress;

import java.util.Arrays;

/**
 * Who would lose how much if whom failed, relative to what each can absorb: the input of DebtRank.
 * The impact of {@code j} on {@code i} is {@code W_ij = min(1, A_ij / E_i)} (Battiston et al.
 * 2012): the exposure of {@code i} to {@code j} over {@code i}'s buffer. A company without a buffer
 * cannot be measured and is never distressed by others. Impacts are kept per source {@code j}, so
 * distress travels from a company to those exposed to it without a pass over every exposure.
 */
public final class ExposureNetwork {
  private final int size;
  private final double[] weight;
  private final double[] buffer;
  private final int[] rowStart;
  private final int[] exposed;
  private final double[] impact;

  private ExposureNetwork(int size, double[] weight, double[] buffer, int[] rowStart, int[] exposed, double[] impact) {
    this.size = size;
    this.weight = weight;
    this.buffer = buffer;
    this.rowStart = rowStart;
    this.exposed = exposed;
    this.impact = impact;
  }

  public static Builder builder(int size) {
    return new Builder(size);
  }

  public int size() {
    return size;
  }

  /** Company {@code i}'s economic value, its weight in the systemic impact ({@code v_i}). */
  public double weight(int i) {
    return weight[i];
  }

  /** What company {@code i} can lose before it fails ({@code E_i}); 0 when unknown. */
  public double buffer(int i) {
    return buffer[i];
  }

  int rowStart(int source) {
    return rowStart[source];
  }

  int rowEnd(int source) {
    return rowStart[source + 1];
  }

  int exposedAt(int k) {
    return exposed[k];
  }

  double impactAt(int k) {
    return impact[k];
  }

  /** Collects exposures; several of one company to another add up before the cap at 1. */
  public static final class Builder {
    private final int size;
    private final double[] weight;
    private final double[] buffer;
    private final WeightedLinks exposures;

    private Builder(int size) {
      this.exposures = new WeightedLinks(size);
      this.size = size;
      this.weight = new double[size];
      this.buffer = new double[size];
    }

    public Builder weight(int company, double value) {
      java.util.Objects.checkIndex(company, size);
      PaymentNetwork.requireNonNegative(value, "a weight");
      weight[company] = value;
      return this;
    }

    public Builder buffer(int company, double value) {
      java.util.Objects.checkIndex(company, size);
      PaymentNetwork.requireNonNegative(value, "a buffer");
      buffer[company] = value;
      return this;
    }

    /** Company {@code exposed} loses {@code amount} if {@code source} fails outright. */
    public Builder exposure(int exposed, int source, double amount) {
      exposures.add(source, exposed, amount, "an exposure", "be exposed to itself");
      return this;
    }

    public ExposureNetwork build() {
      WeightedLinks.Rows rows = exposures.rows();
      return merged(rows.start(), rows.to(), rows.amount());
    }

    /** Adds up each source's exposures to the same company, then turns them into impacts. */
    private ExposureNetwork merged(int[] start, int[] grouped, double[] groupedAmount) {
      double[] sum = new double[size];
      int[] seenFrom = new int[size];
      int[] rowStart = new int[size + 1];
      int[] exposed = new int[grouped.length];
      double[] impact = new double[grouped.length];
      int written = 0;
      for (int source = 0; source < size; source++) {
        rowStart[source] = written;
        int first = written;
        for (int k = start[source]; k < start[source + 1]; k++) {
          int target = grouped[k];
          if (seenFrom[target] != source + 1) {
            seenFrom[target] = source + 1;
            exposed[written++] = target;
          }
          sum[target] += groupedAmount[k];
        }
        for (int k = first; k < written; k++) {
          int target = exposed[k];
          impact[k] = buffer[target] > 0 ? Math.min(1, sum[target] / buffer[target]) : 0;
          sum[target] = 0;
        }
      }
      rowStart[size] = written;
      return new ExposureNetwork(size, weight.clone(), buffer.clone(), rowStart,
          Arrays.copyOf(exposed, written), Arrays.copyOf(impact, written));
    }
  }
}
