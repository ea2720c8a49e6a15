package io.loopwatch.stress;

import java.util.Arrays;

/**
 * Weighted links between numbered companies as the models' builders collect them, and the same
 * links grouped by their first company (compressed rows), which is how both models walk them: from
 * a company to those its change reaches.
 */
final class WeightedLinks {
  private final int size;
  private int count;
  private int[] from = new int[16];
  private int[] to = new int[16];
  private double[] amount = new double[16];

  /** Links grouped by {@code from}: row {@code i} is {@code start[i]} up to {@code start[i + 1]}. */
  record Rows(int[] start, int[] to, double[] amount) {}

  WeightedLinks(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
    this.size = size;
  }

  int size() {
    return size;
  }

  /** Adds a link after checking both ends, the amount and that a company does not link to itself. */
  void add(int first, int second, double value, String what, String toItself) {
    java.util.Objects.checkIndex(first, size);
    java.util.Objects.checkIndex(second, size);
    PaymentNetwork.requireNonNegative(value, what);
    if (first == second) {
      throw new IllegalArgumentException("company " + first + " cannot " + toItself);
    }
    if (count == from.length) {
      from = Arrays.copyOf(from, count * 2);
      to = Arrays.copyOf(to, count * 2);
      amount = Arrays.copyOf(amount, count * 2);
    }
    from[count] = first;
    to[count] = second;
    amount[count] = value;
    count++;
  }

  /** The links grouped by their first company (a counting sort), in the order added within a row. */
  Rows rows() {
    int[] start = new int[size + 1];
    for (int k = 0; k < count; k++) {
      start[from[k] + 1]++;
    }
    for (int i = 0; i < size; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, size);
    int[] groupedTo = new int[count];
    double[] groupedAmount = new double[count];
    for (int k = 0; k < count; k++) {
      int slot = next[from[k]]++;
      groupedTo[slot] = to[k];
      groupedAmount[slot] = amount[k];
    }
    return new Rows(start, groupedTo, groupedAmount);
  }
}
