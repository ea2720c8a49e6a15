package io.loopwatch.stress;

import java.util.Arrays;

/**
 * Eisenberg and Noe's fictitious-default algorithm (Management Science 47(2), 2001, section 3),
 * with Rogers and Veraart's default costs (2013, section 3.2) where they are given.
 *
 * <p>Round 0: every company pays what it owes, except those a scenario caps (a funding shortfall
 * pays only part). Each later round adds to the defaulters every company whose assets, given what
 * the others pay, fall short of what it owes, and then finds what the defaulters pay when each
 * pays what it has ({@code α·e + β·Πᵀp}, never more than it owes or its cap), the others paying in
 * full. The rounds stop when no company joins; at most one round per company.
 *
 * <p>Inside a round the defaulters' payments are found by propagating changes along obligations
 * from a work list (Gauss–Seidel from above), which reaches the same greatest fixed point as the
 * paper's linear solve without a dense matrix. It stops when no payment moves by more than a
 * millionth of a millionth of the largest obligation.
 */
public final class FictitiousDefault {
  /** Relative to the largest amount owed; below it a change of payment is not a change. */
  static final double TOLERANCE = 1e-12;

  private FictitiousDefault() {}

  /** Clears the network with nobody capped. */
  public static ClearingVector clear(PaymentNetwork network, DefaultCosts costs) {
    double[] caps = new double[network.size()];
    for (int i = 0; i < caps.length; i++) {
      caps[i] = network.nominal(i);
    }
    return clear(network, costs, caps);
  }

  /**
   * Clears the network when company {@code i} pays at most {@code caps[i]} whatever it has: a
   * scenario's shortfall or recovery rate. Companies capped below what they owe count as defaulting
   * in round 0.
   */
  public static ClearingVector clear(PaymentNetwork network, DefaultCosts costs, double[] caps) {
    int n = network.size();
    if (caps.length != n) {
      throw new IllegalArgumentException("caps has " + caps.length + " entries for " + n + " companies");
    }
    double scale = 1;
    double[] cap = new double[n];
    double[] payment = new double[n];
    int[] round = new int[n];
    Arrays.fill(round, ClearingVector.NEVER);
    for (int i = 0; i < n; i++) {
      PaymentNetwork.requireNonNegative(caps[i], "a cap");
      scale = Math.max(scale, network.nominal(i));
      cap[i] = Math.min(caps[i], network.nominal(i));
      payment[i] = cap[i];
      if (cap[i] < network.nominal(i)) {
        round[i] = 0;
      }
    }
    double tolerance = TOLERANCE * scale;
    // Everyone paying in full is where clearing starts; a capped company's shortfall is passed on
    // from there, so a scenario costs the obligations it reaches rather than all of them.
    double[] inflow = network.fullInflows();
    IntList touched = new IntList(n);
    for (int i = 0; i < n; i++) {
      double change = payment[i] - network.nominal(i);
      if (change != 0) {
        passOn(network, i, change, inflow, touched);
      }
    }
    boolean[] defaulted = new boolean[n];
    int rounds = 0;
    IntQueue work = new IntQueue(n);
    boolean everyone = true;
    while (true) {
      boolean joined = false;
      int[] candidates = everyone ? null : touched.drain();
      int count = everyone ? n : candidates.length;
      for (int c = 0; c < count; c++) {
        int i = everyone ? c : candidates[c];
        if (!defaulted[i] && network.externalAssets(i) + inflow[i] < network.nominal(i) - tolerance) {
          defaulted[i] = true;
          joined = true;
          if (round[i] == ClearingVector.NEVER) {
            round[i] = rounds + 1;
          }
          work.offer(i);
        }
      }
      if (everyone) {
        // The first round looks at every company, since one may fall short without any shock;
        // later ones only at those whose inflow fell since.
        touched.drain();
        everyone = false;
      }
      if (!joined) {
        break;
      }
      rounds++;
      settle(network, costs, cap, payment, inflow, defaulted, work, tolerance, touched);
    }
    return new ClearingVector(network, payment, inflow, round, rounds);
  }

  /** Finds what the defaulters pay, the others' payments held, by propagating each change. */
  private static void settle(PaymentNetwork network, DefaultCosts costs, double[] cap, double[] payment,
      double[] inflow, boolean[] defaulted, IntQueue work, double tolerance, IntList touched) {
    while (!work.isEmpty()) {
      int debtor = work.poll();
      double has = costs.alpha() * network.externalAssets(debtor) + costs.beta() * inflow[debtor];
      double pays = Math.max(0, Math.min(cap[debtor], has));
      double change = pays - payment[debtor];
      if (Math.abs(change) <= tolerance) {
        continue;
      }
      payment[debtor] = pays;
      for (int k = network.rowStart(debtor); k < network.rowEnd(debtor); k++) {
        int creditor = network.creditorAt(k);
        inflow[creditor] += network.shareAt(k) * change;
        if (defaulted[creditor]) {
          work.offer(creditor);
        } else {
          touched.add(creditor);
        }
      }
    }
  }

  private static void passOn(PaymentNetwork network, int debtor, double change, double[] inflow, IntList touched) {
    for (int k = network.rowStart(debtor); k < network.rowEnd(debtor); k++) {
      int creditor = network.creditorAt(k);
      inflow[creditor] += network.shareAt(k) * change;
      touched.add(creditor);
    }
  }
}
