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
    private int count;
    private int[] exposedTo = new int[16];
    private int[] sources = new int[16];
    private double[] amounts = new double[16];

    private Builder(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must not be negative, was " + size);
      }
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
      java.util.Objects.checkIndex(exposed, size);
      java.util.Objects.checkIndex(source, size);
      PaymentNetwork.requireNonNegative(amount, "an exposure");
      if (exposed == source) {
        throw new IllegalArgumentException("company " + exposed + " cannot be exposed to itself");
      }
      if (count == sources.length) {
        exposedTo = Arrays.copyOf(exposedTo, count * 2);
        sources = Arrays.copyOf(sources, count * 2);
        amounts = Arrays.copyOf(amounts, count * 2);
      }
      exposedTo[count] = exposed;
      sources[count] = source;
      amounts[count] = amount;
      count++;
      return this;
    }

    public ExposureNetwork build() {
      int[] start = new int[size + 1];
      for (int k = 0; k < count; k++) {
        start[sources[k] + 1]++;
      }
      for (int i = 0; i < size; i++) {
        start[i + 1] += start[i];
      }
      int[] next = Arrays.copyOf(start, size);
      int[] grouped = new int[count];
      double[] groupedAmount = new double[count];
      for (int k = 0; k < count; k++) {
        int slot = next[sources[k]]++;
        grouped[slot] = exposedTo[k];
        groupedAmount[slot] = amounts[k];
      }
      return merged(start, grouped, groupedAmount);
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
