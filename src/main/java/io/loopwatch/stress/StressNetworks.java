package io.loopwatch.stress;

import io.loopwatch.facts.Supersession;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The deal web as the two models see it, built once per fact set under an {@link ObligationRule}:
 * companies numbered, obligations (debtor owes creditor), stakes (investor exposed to investee),
 * each company's annual revenue and its means over the horizon. Scenarios then vary what this
 * holds without reading the facts again.
 */
public final class StressNetworks {
  private final List<String> ids;
  private final Map<String, Integer> index;
  private final String[] names;
  private final double[] revenue;
  private final ObligationRule rule;
  private final LocalDate asOf;
  private final List<Link> obligations;
  private final List<Link> stakes;
  private final double[] means;
  private final double[] owedToIt;
  private final PaymentNetwork payments;

  /** A counted deal: money {@code from} owes or put into {@code to}. */
  record Link(String dealId, int from, int to, double amount) {}

  private StressNetworks(FactSet facts, LocalDate asOf, ObligationRule rule) {
    this.rule = rule;
    this.asOf = asOf;
    this.ids = facts.companies().stream().map(Company::id).toList();
    this.index = new HashMap<>(ids.size() * 2);
    this.names = new String[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
      names[i] = facts.companies().get(i).name();
    }
    this.revenue = latestRevenue(facts);
    Set<String> superseded = Supersession.replaced(facts);
    this.obligations = new ArrayList<>();
    this.stakes = new ArrayList<>();
    for (SupplyDeal deal : facts.supplyDeals()) {
      if (!superseded.contains(deal.id()) && rule.counts(deal, asOf)) {
        obligations.add(link(deal, deal.amountUsd().doubleValue()));
      }
    }
    for (Investment investment : facts.investments()) {
      if (superseded.contains(investment.id())) {
        continue;
      }
      if (rule.counts(investment, asOf)) {
        obligations.add(link(investment, investment.amountUsd().doubleValue()));
      } else if (rule.isStake(investment)) {
        stakes.add(link(investment, investment.amountUsd().doubleValue()));
      }
    }
    double[] nominal = new double[ids.size()];
    this.owedToIt = new double[ids.size()];
    for (Link link : obligations) {
      nominal[link.from()] += link.amount();
      owedToIt[link.to()] += link.amount();
    }
    this.means = new double[ids.size()];
    for (int i = 0; i < means.length; i++) {
      means[i] = Math.max(buffer(i), nominal[i] - owedToIt[i]);
    }
    this.payments = payments(Set.of(), means);
  }

  /**
   * The networks of facts as they stood on {@code asOf}; the facts must already be filtered to that
   * date (as {@link io.loopwatch.facts.AsOfFilter} does) and valid.
   */
  public static StressNetworks of(FactSet facts, LocalDate asOf, ObligationRule rule) {
    return new StressNetworks(facts, asOf, rule);
  }

  public int size() {
    return ids.size();
  }

  public ObligationRule rule() {
    return rule;
  }

  public LocalDate asOf() {
    return asOf;
  }

  String id(int i) {
    return ids.get(i);
  }

  String name(int i) {
    return names[i];
  }

  /** The company's number, or -1 for an unknown id. */
  int indexOf(String company) {
    return index.getOrDefault(company, -1);
  }

  double revenue(int i) {
    return revenue[i];
  }

  /** What the company can lose before it fails: its revenue over the horizon (0 without financials). */
  double buffer(int i) {
    return revenue[i] * rule.horizonYears();
  }

  double means(int i) {
    return means[i];
  }

  /** All obligations to the company, which it receives in full when no scenario interferes. */
  double owedToIt(int i) {
    return owedToIt[i];
  }

  List<Link> obligations() {
    return obligations;
  }

  /** The baseline payment network, every counted obligation in it. */
  PaymentNetwork payments() {
    return payments;
  }

  /** The payment network without the cancelled deals, each company holding {@code assets}. */
  PaymentNetwork payments(Set<String> cancelled, double[] assets) {
    PaymentNetwork.Builder builder = PaymentNetwork.builder(size());
    for (int i = 0; i < size(); i++) {
      builder.externalAssets(i, assets[i]);
    }
    for (Link link : obligations) {
      if (!cancelled.contains(link.dealId())) {
        builder.obligation(link.from(), link.to(), link.amount());
      }
    }
    return builder.build();
  }

  /**
   * Exposures for DebtRank: a creditor to its debtor by what it is owed, an investor to its
   * investee by its stake; buffers are revenue over the horizon, weights a year's revenue.
   */
  ExposureNetwork exposures() {
    ExposureNetwork.Builder builder = ExposureNetwork.builder(size());
    for (int i = 0; i < size(); i++) {
      builder.buffer(i, buffer(i)).weight(i, revenue[i]);
    }
    Stream.concat(obligations.stream(), stakes.stream())
        .forEach(link -> builder.exposure(link.to(), link.from(), link.amount()));
    return builder.build();
  }

  private Link link(Deal deal, double amount) {
    return new Link(deal.id(), index.get(deal.from()), index.get(deal.to()), amount);
  }

  private double[] latestRevenue(FactSet facts) {
    double[] annual = new double[ids.size()];
    int[] rank = new int[ids.size()];
    for (Financials record : facts.financials()) {
      Integer i = index.get(record.company());
      if (i != null && record.periodRank() > rank[i]) {
        rank[i] = record.periodRank();
        annual[i] = Math.max(0, record.annualRevenueUsd().doubleValue());
      }
    }
    return annual;
  }

}
