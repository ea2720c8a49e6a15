package io.loopwatch.stress;

/**
 * The outcome of clearing: what each company pays and receives, in which round it defaulted, and
 * which debtor's unpaid obligations cost it most (the step back along the path the loss took).
 */
public final class ClearingVector {
  /** The round of a company that never defaulted. */
  public static final int NEVER = -1;

  private final PaymentNetwork network;
  private final double[] payment;
  private final double[] inflow;
  private final int[] round;
  private final int rounds;
  private final int[] mainSource;
  private final double[] unpaidToIt;
  private final double[] largestLoss;

  ClearingVector(PaymentNetwork network, double[] payment, double[] inflow, int[] round, int rounds) {
    this.network = network;
    this.payment = payment;
    this.inflow = inflow;
    this.round = round;
    this.rounds = rounds;
    this.mainSource = new int[network.size()];
    this.unpaidToIt = new double[network.size()];
    this.largestLoss = new double[network.size()];
    traceSources();
  }

  public int size() {
    return payment.length;
  }

  /** What company {@code i} pays in all ({@code p_i}). */
  public double payment(int i) {
    return payment[i];
  }

  /** What company {@code i} receives from the others ({@code (Πᵀp)_i}). */
  public double inflow(int i) {
    return inflow[i];
  }

  /** What company {@code i} owes and does not pay. */
  public double shortfall(int i) {
    return network.nominal(i) - payment[i];
  }

  /** What company {@code i} was owed and is not paid: its loss from the others. */
  public double unpaidToIt(int i) {
    return unpaidToIt[i];
  }

  /**
   * Net worth after clearing, measured against what it owes in full: {@code e + Πᵀp − p̄}; below
   * zero for a company that defaulted on its own means.
   */
  public double netWorth(int i) {
    return network.externalAssets(i) + inflow[i] - network.nominal(i);
  }

  /** The round company {@code i} defaulted in: 0 when a scenario capped it, {@link #NEVER} if never. */
  public int defaultRound(int i) {
    return round[i];
  }

  public boolean defaulted(int i) {
    return round[i] != NEVER;
  }

  /** How many rounds of fictitious default it took. */
  public int rounds() {
    return rounds;
  }

  /** The debtor whose unpaid obligations cost company {@code i} most, or -1 if none did. */
  public int mainSource(int i) {
    return mainSource[i];
  }

  /** What the unpaid obligations of {@link #mainSource(int)} cost company {@code i}; 0 if none. */
  public double largestLoss(int i) {
    return largestLoss[i];
  }

  private void traceSources() {
    java.util.Arrays.fill(mainSource, -1);
    double[] largest = largestLoss;
    for (int debtor = 0; debtor < size(); debtor++) {
      double unpaid = shortfall(debtor);
      if (unpaid <= 0) {
        continue;
      }
      for (int k = network.rowStart(debtor); k < network.rowEnd(debtor); k++) {
        int creditor = network.creditorAt(k);
        double lost = network.shareAt(k) * unpaid;
        unpaidToIt[creditor] += lost;
        if (lost > largest[creditor]) {
          largest[creditor] = lost;
          mainSource[creditor] = debtor;
        }
      }
    }
  }
}
