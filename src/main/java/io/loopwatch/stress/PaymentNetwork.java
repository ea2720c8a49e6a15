package io.loopwatch.stress;

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
    private final double[] externalAssets;
    private final WeightedLinks obligations;

    private Builder(int size) {
      this.obligations = new WeightedLinks(size);
      this.externalAssets = new double[size];
    }

    public Builder externalAssets(int company, double amount) {
      java.util.Objects.checkIndex(company, externalAssets.length);
      requireNonNegative(amount, "external assets");
      externalAssets[company] = amount;
      return this;
    }

    /** {@code debtor} owes {@code creditor} {@code amount}; a company never owes itself. */
    public Builder obligation(int debtor, int creditor, double amount) {
      obligations.add(debtor, creditor, amount, "an obligation", "owe itself");
      return this;
    }

    public PaymentNetwork build() {
      int size = obligations.size();
      WeightedLinks.Rows rows = obligations.rows();
      double[] nominal = new double[size];
      double[] share = new double[rows.to().length];
      for (int debtor = 0; debtor < size; debtor++) {
        for (int k = rows.start()[debtor]; k < rows.start()[debtor + 1]; k++) {
          nominal[debtor] += rows.amount()[k];
        }
        for (int k = rows.start()[debtor]; k < rows.start()[debtor + 1]; k++) {
          share[k] = nominal[debtor] == 0 ? 0 : rows.amount()[k] / nominal[debtor];
        }
      }
      return new PaymentNetwork(size, externalAssets.clone(), nominal, rows.start(), rows.to(), share);
    }
  }

  static void requireNonNegative(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite amount of at least 0, was " + value);
    }
  }
}
