package io.loopwatch.stress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs scenarios on one fact set's {@link StressNetworks}: builds each model's input from the
 * shocks, runs the model and reads its outcome as companies hurt, by how much, along which path.
 * Build one per fact set and date; scenarios and sweeps reuse it.
 */
public final class StressTest {
  /** Losses below a dollar are rounding, not contagion. */
  private static final double NOTHING = 1;
  private static final int LONGEST_PATH = 12;

  private final StressNetworks networks;
  private ExposureNetwork exposures;

  public StressTest(StressNetworks networks) {
    this.networks = networks;
  }

  public StressNetworks networks() {
    return networks;
  }

  /** Runs a scenario already checked against the facts ({@link ScenarioCheck}). */
  public StressResult run(Scenario scenario, StressModel model) {
    Outcome outcome = model == StressModel.CLEARING ? clearing(scenario) : debtRank(scenario, model);
    List<CompanyStress> companies = new ArrayList<>();
    double totalLoss = 0;
    double weighted = 0;
    double weights = 0;
    for (int i = 0; i < networks.size(); i++) {
      double revenue = networks.revenue(i);
      weights += revenue;
      weighted += revenue * (outcome.distress[i] - outcome.initial[i]);
      totalLoss += outcome.loss[i];
      if (outcome.shocked[i] || outcome.loss[i] >= NOTHING || outcome.shortfall[i] >= NOTHING) {
        // Without revenue there is no buffer to measure distress against, in either model.
        double distress = revenue > 0 ? outcome.distress[i] : 0;
        companies.add(new CompanyStress(networks.id(i), networks.name(i), outcome.shocked[i], outcome.loss[i], revenue,
            distress, outcome.round[i], networks.payments().nominal(i), outcome.shortfall[i], outcome.forgone[i],
            path(i, outcome)));
      }
    }
    companies.sort(Comparator.comparingDouble(CompanyStress::lossUsd).reversed()
        .thenComparing(CompanyStress::company));
    double impact = weights == 0 ? 0 : Math.max(0, weighted / weights);
    return new StressResult(scenario.name(), scenario.shocks().stream().map(Shock::describe).toList(), model,
        networks.asOf(), networks.rule(), companies, impact, totalLoss, outcome.rounds);
  }

  /** Each company in turn takes {@code shock}'s kind and value alone; the most systemic first. */
  public SweepResult sweep(List<String> companies, Shock.Kind kind, double value, StressModel model) {
    List<SweepResult.Entry> ranking = new ArrayList<>();
    for (String company : companies) {
      StressResult result = run(Scenario.of(Shock.of(company, kind, value)), model);
      List<CompanyStress> hurt = result.hurt();
      ranking.add(new SweepResult.Entry(company, networks.name(networks.indexOf(company)), result.systemicImpact(),
          result.totalLossUsd(), hurt.size(), result.defaults(), hurt.isEmpty() ? null : hurt.get(0).company()));
    }
    ranking.sort(Comparator.comparingDouble(SweepResult.Entry::systemicImpact).reversed()
        .thenComparing(Comparator.comparingDouble(SweepResult.Entry::totalLossUsd).reversed())
        .thenComparing(SweepResult.Entry::company));
    return new SweepResult(model, kind.word() + ":" + Fractions.plain(value), networks.asOf(), ranking);
  }

  /** One model's outcome per company, in the shape both models share. */
  private static final class Outcome {
    final boolean[] shocked;
    final double[] initial;
    final double[] distress;
    final double[] loss;
    final double[] shortfall;
    /** Owed to the company under deals it cancelled itself. */
    final double[] forgone;
    final int[] round;
    final int[] source;
    int rounds;

    Outcome(int n) {
      shocked = new boolean[n];
      initial = new double[n];
      distress = new double[n];
      loss = new double[n];
      shortfall = new double[n];
      forgone = new double[n];
      round = new int[n];
      source = new int[n];
      java.util.Arrays.fill(round, -1);
      java.util.Arrays.fill(source, -1);
    }
  }

  private Outcome clearing(Scenario scenario) {
    int n = networks.size();
    PaymentNetwork baseline = networks.payments();
    double[] caps = new double[n];
    double[] assets = new double[n];
    for (int i = 0; i < n; i++) {
      caps[i] = baseline.nominal(i);
      assets[i] = networks.means(i);
    }
    Outcome outcome = new Outcome(n);
    Set<String> cancelled = new HashSet<>();
    double[] cancelledLoss = new double[n];
    int[] canceller = new int[n];
    for (Shock shock : scenario.shocks()) {
      int i = networks.indexOf(shock.company());
      outcome.shocked[i] = true;
      switch (shock.kind()) {
        case SHORTFALL -> caps[i] = Math.min(caps[i], (1 - shock.fraction()) * baseline.nominal(i));
        case DEFAULT -> caps[i] = Math.min(caps[i], shock.fraction() * baseline.nominal(i));
        case REVENUE_LOSS -> assets[i] = Math.max(0, assets[i] - shock.fraction() * networks.buffer(i));
        case CANCEL -> cancel(shock, cancelled, cancelledLoss, canceller, outcome.forgone);
      }
    }
    PaymentNetwork network = cancelled.isEmpty() && sameAssets(assets) ? baseline : networks.payments(cancelled, assets);
    ClearingVector clearing = FictitiousDefault.clear(network, scenario.defaultCosts(), caps);
    outcome.rounds = clearing.rounds();
    for (int i = 0; i < n; i++) {
      double unpaid = Math.max(0, networks.owedToIt(i) - clearing.inflow(i));
      // What it cancelled owed to itself is its own doing, not a loss through others.
      outcome.loss[i] = Math.max(0, unpaid - outcome.forgone[i]);
      outcome.shortfall[i] = clearing.shortfall(i);
      outcome.round[i] = clearing.defaultRound(i);
      outcome.source[i] = cancelledLoss[i] > clearing.largestLoss(i) ? canceller[i] : clearing.mainSource(i);
      // Distress as DebtRank measures it: the share of its net worth (what it holds and is owed,
      // less what it owes, all paid in full) the scenario took; 1 for a company that defaulted.
      double netWorth = networks.means(i) + networks.owedToIt(i) - baseline.nominal(i);
      double lost = netWorth > 0 ? Math.min(1, unpaid / netWorth) : (unpaid > 0 ? 1 : 0);
      double forgone = netWorth > 0 ? Math.min(1, outcome.forgone[i] / netWorth) : (outcome.forgone[i] > 0 ? 1 : 0);
      double ownShortfall = baseline.nominal(i) > 0 ? outcome.shortfall[i] / baseline.nominal(i) : 0;
      outcome.distress[i] = clearing.defaultRound(i) > 0 ? 1 : Math.max(lost, ownShortfall);
      // The shock's own part, which systemic impact leaves out: its shortfall, or what it gave up.
      outcome.initial[i] = outcome.shocked[i] ? Math.min(outcome.distress[i], Math.max(ownShortfall, forgone)) : 0;
    }
    return outcome;
  }

  private boolean sameAssets(double[] assets) {
    for (int i = 0; i < assets.length; i++) {
      if (assets[i] != networks.means(i)) {
        return false;
      }
    }
    return true;
  }

  private void cancel(Shock shock, Set<String> cancelled, double[] lossTo, int[] canceller, double[] forgone) {
    int company = networks.indexOf(shock.company());
    for (StressNetworks.Link link : networks.obligations()) {
      if (link.dealId().equals(shock.dealId()) && cancelled.add(link.dealId())) {
        int other = link.from() == company ? link.to() : link.from();
        if (link.to() == other) {
          lossTo[other] += link.amount();
          canceller[other] = company;
        } else {
          forgone[company] += link.amount();
        }
      }
    }
  }

  private Outcome debtRank(Scenario scenario, StressModel model) {
    int n = networks.size();
    if (exposures == null) {
      exposures = networks.exposures();
    }
    Outcome outcome = new Outcome(n);
    double[] shock = new double[n];
    double[] cancelled = new double[n];
    for (Shock s : scenario.shocks()) {
      int i = networks.indexOf(s.company());
      outcome.shocked[i] = true;
      switch (s.kind()) {
        case SHORTFALL, REVENUE_LOSS -> shock[i] = Math.min(1, shock[i] + s.fraction());
        case DEFAULT -> shock[i] = Math.min(1, shock[i] + 1 - s.fraction());
        case CANCEL -> cancelDistress(s, shock, cancelled, outcome);
      }
    }
    DebtRank.Variant variant = model == StressModel.DEBTRANK ? DebtRank.Variant.ORIGINAL : DebtRank.Variant.LINEAR;
    DistressVector result = DebtRank.run(exposures, shock, variant);
    outcome.rounds = result.rounds();
    for (int i = 0; i < n; i++) {
      // A cancelled deal's loss starts the spread but is contagion, like clearing's: not the creditor's own shock.
      outcome.initial[i] = Math.max(0, result.initial(i) - cancelled[i]);
      outcome.distress[i] = result.distress(i);
      outcome.loss[i] = (outcome.distress[i] - outcome.initial[i]) * networks.buffer(i);
      outcome.round[i] = result.distress(i) >= 1 ? 0 : -1;
      if (outcome.source[i] < 0) {
        outcome.source[i] = result.mainSource(i);
      }
    }
    return outcome;
  }

  /**
   * A cancelled deal distresses the company it was owed to (the supplier, or the investee of a
   * pledge) by the deal's amount over its buffer, whichever party walks away, as clearing charges it
   * the inflow it loses. {@code cancelled} keeps the part of that start that the canceller's doing.
   */
  private void cancelDistress(Shock s, double[] shock, double[] cancelled, Outcome outcome) {
    int company = networks.indexOf(s.company());
    for (StressNetworks.Link link : networks.obligations()) {
      if (link.dealId().equals(s.dealId())) {
        int creditor = link.to();
        double buffer = networks.buffer(creditor);
        if (buffer > 0) {
          double before = shock[creditor];
          shock[creditor] = Math.min(1, shock[creditor] + link.amount() / buffer);
          if (creditor != company) {
            // Not marked shocked: the loss is the canceller's doing, and the path shows it so.
            cancelled[creditor] += shock[creditor] - before;
            outcome.source[creditor] = company;
          }
        }
        if (creditor == company) {
          outcome.forgone[company] += link.amount();
        }
      }
    }
  }

  /** From a shocked company to {@code i}, following each company's main source back. */
  private List<String> path(int i, Outcome outcome) {
    List<String> path = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int at = i;
    while (at >= 0 && seen.add(at) && path.size() < LONGEST_PATH) {
      path.add(0, networks.id(at));
      if (outcome.shocked[at]) {
        break;
      }
      at = outcome.source[at];
    }
    return path;
  }
}
