package io.loopwatch.stress;

import java.util.Arrays;

/**
 * Who owes whom how much, and what each company holds besides: the input of Eisenberg–Noe
 * clearing. Companies are numbered 0 to {@code size() - 1}. Obligations are kept per debtor
 * (compressed rows), so a change in one debtor's payment reaches its creditors without a pass over
 * every obligation, which is what keeps a million obligations cheap to clear.
 */
public final class PaymentNetwork {
  private final int size;
  private final double[] externalAssets;
  private final double[] nominal;
  private final int[] rowStart;
  private final int[] creditor;
  private final double[] share;
  /** What each company receives when everyone pays in full: where every clearing starts. */
  private final double[] fullInflow;

  private PaymentNetwork(int size, double[] externalAssets, double[] nominal, int[] rowStart, int[] creditor,
      double[] share) {
    this.size = size;
    this.externalAssets = externalAssets;
    this.nominal = nominal;
    this.rowStart = rowStart;
    this.creditor = creditor;
    this.share = share;
    this.fullInflow = inflows(nominal);
  }

  public static Builder builder(int size) {
    return new Builder(size);
  }

  public int size() {
    return size;
  }

  /** What company {@code i} holds besides its claims on the others ({@code e_i} in the paper). */
  public double externalAssets(int i) {
    return externalAssets[i];
  }

  /** Everything company {@code i} owes ({@code p̄_i}). */
  public double nominal(int i) {
    return nominal[i];
  }

  /** The number of obligations. */
  public int obligations() {
    return creditor.length;
  }

  int rowStart(int debtor) {
    return rowStart[debtor];
  }

  int rowEnd(int debtor) {
    return rowStart[debtor + 1];
  }

  int creditorAt(int k) {
    return creditor[k];
  }

  /** The part of its debtor's payments obligation {@code k} receives ({@code Π_ij}). */
  double shareAt(int k) {
    return share[k];
  }

  /** {@link #inflows} of everyone paying in full, computed once: a fresh copy. */
  double[] fullInflows() {
    return fullInflow.clone();
  }

  /**
   * What each company receives when every debtor pays {@code payments}: {@code Πᵀp}.
   */
  double[] inflows(double[] payments) {
    double[] inflow = new double[size];
    for (int debtor = 0; debtor < size; debtor++) {
      double paid = payments[debtor];
      if (paid == 0) {
        continue;
      }
      for (int k = rowStart[debtor]; k < rowStart[debtor + 1]; k++) {
        inflow[creditor[k]] += share[k] * paid;
      }
    }
    return inflow;
  }

  /** Collects obligations; several between the same two companies add up. */
  public static final class Builder {
    private final int size;
    private final double[] externalAssets;
    private int count;
    private int[] debtors = new int[16];
    private int[] creditors = new int[16];
    private double[] amounts = new double[16];

    private Builder(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must not be negative, was " + size);
      }
      this.size = size;
      this.externalAssets = new double[size];
    }

    public Builder externalAssets(int company, double amount) {
      requireIndex(company);
      requireNonNegative(amount, "external assets");
      externalAssets[company] = amount;
      return this;
    }

    /** {@code debtor} owes {@code creditor} {@code amount}; a company never owes itself. */
    public Builder obligation(int debtor, int creditor, double amount) {
      requireIndex(debtor);
      requireIndex(creditor);
      requireNonNegative(amount, "an obligation");
      if (debtor == creditor) {
        throw new IllegalArgumentException("company " + debtor + " cannot owe itself");
      }
      if (count == debtors.length) {
        debtors = Arrays.copyOf(debtors, count * 2);
        creditors = Arrays.copyOf(creditors, count * 2);
        amounts = Arrays.copyOf(amounts, count * 2);
      }
      debtors[count] = debtor;
      creditors[count] = creditor;
      amounts[count] = amount;
      count++;
      return this;
    }

    public PaymentNetwork build() {
      int[] rowStart = new int[size + 1];
      for (int k = 0; k < count; k++) {
        rowStart[debtors[k] + 1]++;
      }
      for (int i = 0; i < size; i++) {
        rowStart[i + 1] += rowStart[i];
      }
      int[] next = Arrays.copyOf(rowStart, size);
      int[] creditor = new int[count];
      double[] owed = new double[count];
      double[] nominal = new double[size];
      for (int k = 0; k < count; k++) {
        int slot = next[debtors[k]]++;
        creditor[slot] = creditors[k];
        owed[slot] = amounts[k];
        nominal[debtors[k]] += amounts[k];
      }
      double[] share = new double[count];
      for (int debtor = 0; debtor < size; debtor++) {
        for (int k = rowStart[debtor]; k < rowStart[debtor + 1]; k++) {
          share[k] = nominal[debtor] == 0 ? 0 : owed[k] / nominal[debtor];
        }
      }
      return new PaymentNetwork(size, externalAssets.clone(), nominal, rowStart, creditor, share);
    }

    private void requireIndex(int company) {
      if (company < 0 || company >= size) {
        throw new IndexOutOfBoundsException("company " + company + " outside 0.." + (size - 1));
      }
    }
  }

  static void requireNonNegative(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite amount of at least 0, was " + value);
    }
  }
}
