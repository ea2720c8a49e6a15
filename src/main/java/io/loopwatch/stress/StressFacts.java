package io.loopwatch.stress;

import io.loopwatch.facts.Supersession;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns a stress result into the facts rules match: one {@link StressImpact} per company hurt. */
public final class StressFacts {
  private StressFacts() {}

  /** @param then the facts the scenario ran on, for the deals along each path */
  public static List<StressImpact> of(StressResult result, Scenario scenario, FactSet then) {
    Map<String, List<Deal>> between = counted(then, result.rule(), result.asOf());
    boolean stakesCarryLoss = result.model() != StressModel.CLEARING;
    Map<String, Financials> latest = new HashMap<>();
    for (Financials record : then.financials()) {
      latest.merge(record.company(), record, (a, b) -> a.periodRank() >= b.periodRank() ? a : b);
    }
    List<StressImpact> impacts = new ArrayList<>();
    for (CompanyStress hurt : result.hurt()) {
      String origin = hurt.path().get(0);
      List<Deal> deals = new ArrayList<>();
      for (int i = 0; i + 1 < hurt.path().size(); i++) {
        String from = hurt.path().get(i);
        String to = hurt.path().get(i + 1);
        // What the first owes the second carries a loss; under DebtRank so does the second's stake in the first.
        for (Deal deal : between.getOrDefault(pair(from, to), List.of())) {
          boolean owed = deal.from().equals(from) && counts(deal, result.rule(), result.asOf());
          boolean stake = stakesCarryLoss && deal.to().equals(from) && deal instanceof Investment investment
              && !result.rule().counts(investment, result.asOf()) && result.rule().isStake(investment);
          if (owed || stake) {
            deals.add(deal);
          }
        }
      }
      impacts.add(new StressImpact(result.scenario(), result.model().word(), origin, shockAt(origin, scenario),
          hurt.company(), hurt.lossUsd(), hurt.revenueUsd(), hurt.distress(), hurt.defaulted(), hurt.path(), deals,
          latest.containsKey(hurt.company()) ? List.of(latest.get(hurt.company())) : List.of()));
    }
    return impacts;
  }

  /** What the scenario did to a company, in words for a message: {@code a 50 % shortfall}. */
  static String shockAt(String company, Scenario scenario) {
    List<String> words = scenario.shocks().stream().filter(s -> s.company().equals(company)).map(StressFacts::words)
        .toList();
    return words.isEmpty() ? "a shock" : String.join(" and ", words);
  }

  private static String words(Shock shock) {
    String percent = Fractions.plain(shock.fraction() * 100) + " %";
    return switch (shock.kind()) {
      case SHORTFALL -> "a " + percent + " shortfall";
      case DEFAULT -> "a default paying " + percent;
      case REVENUE_LOSS -> "a " + percent + " revenue loss";
      case CANCEL -> "cancelling " + shock.dealId();
    };
  }

  /**
   * The deals either model counts (the rule's obligations and stakes, none superseded), by the
   * unordered pair of their parties: a loss may travel either way along one.
   */
  private static Map<String, List<Deal>> counted(FactSet facts, ObligationRule rule, java.time.LocalDate asOf) {
    java.util.Set<String> superseded = Supersession.replaced(facts);
    Map<String, List<Deal>> byPair = new HashMap<>();
    Stream.concat(facts.supplyDeals().stream(), facts.investments().stream())
        .filter(d -> !superseded.contains(d.id()))
        .filter(d -> counts(d, rule, asOf) || d instanceof Investment i && rule.isStake(i))
        .forEach(d -> byPair.computeIfAbsent(pair(d.from(), d.to()), k -> new ArrayList<>()).add(d));
    return byPair;
  }

  private static boolean counts(Deal deal, ObligationRule rule, java.time.LocalDate asOf) {
    return deal instanceof SupplyDeal supply ? rule.counts(supply, asOf) : rule.counts((Investment) deal, asOf);
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
