package io.loopwatch.stress;

import io.loopwatch.facts.Supersession;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.facts.parse.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a scenario against the facts it will run on: every company exists, every cancelled deal
 * exists, has a disclosed amount, is the named company's own and is an obligation the models count
 * on that date (cancelling anything else would move nothing, silently), and no company takes two
 * shocks of one kind, nor both a shortfall and a default (the models would read them differently:
 * clearing keeps the harsher cap, DebtRank adds distress up). Problems point at the shock's line
 * and column in its file, or name the command-line shock.
 */
public final class ScenarioCheck {
  /** Where a shock given as {@code --shock} is said to be written. */
  static final java.nio.file.Path COMMAND_LINE = java.nio.file.Path.of("command line");

  private ScenarioCheck() {}

  /** As {@link #problems}, thrown. */
  public static void requireValid(Scenario scenario, FactSet facts, LocalDate asOf) throws InvalidInputException {
    List<Diagnostic> problems = problems(scenario, facts, asOf);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * @param facts the facts as they stood on {@code asOf}
   * @param asOf the date the scenario runs on, which decides which deals are obligations
   */
  public static List<Diagnostic> problems(Scenario scenario, FactSet facts, LocalDate asOf) {
    Set<String> companies = facts.companies().stream().map(Company::id).collect(Collectors.toSet());
    Map<String, Deal> deals = new HashMap<>();
    Stream.concat(facts.investments().stream(), facts.supplyDeals().stream()).forEach(d -> deals.put(d.id(), d));
    Map<String, String> superseders = Supersession.replacedBy(facts);
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    Map<String, Shock.Kind> limiting = new HashMap<>();
    for (Shock shock : scenario.shocks()) {
      if (!seen.add(shock.company() + "\u0000" + shock.kind() + "\u0000" + shock.dealId())) {
        problems.add(at(shock, shock.kind().field(), shock.kind() == Shock.Kind.CANCEL
            ? "deal '" + shock.dealId() + "' is cancelled twice"
            : "a second " + shock.kind().word() + " at '" + shock.company() + "'; a company takes one shock of each"
                + " kind, so give one " + shock.kind().word() + " with the fraction meant"));
        continue;
      }
      if (!companies.contains(shock.company())) {
        problems.add(at(shock, "company", "unknown company '" + shock.company() + "'"
            + Messages.didYouMean(shock.company(), companies)));
        continue;
      }
      if (limitsPayment(shock.kind())) {
        Shock.Kind other = limiting.putIfAbsent(shock.company(), shock.kind());
        if (other != null) {
          problems.add(at(shock, shock.kind().field(), "a " + shock.kind().word() + " and a " + other.word() + " at '"
              + shock.company() + "' both limit what it pays; give one: a default paying RECOVERY, or a shortfall"
              + " of 1 - RECOVERY"));
        }
      }
      if (shock.kind() == Shock.Kind.CANCEL) {
        checkCancel(shock, deals, problems, superseders, asOf);
      }
    }
    return problems;
  }

  private static void checkCancel(Shock shock, Map<String, Deal> deals, List<Diagnostic> problems,
      Map<String, String> superseders, LocalDate asOf) {
    Deal deal = deals.get(shock.dealId());
    if (deal == null) {
      problems.add(at(shock, "cancel", "unknown deal '" + shock.dealId() + "'"
          + Messages.didYouMean(shock.dealId(), deals.keySet())));
    } else if (!deal.from().equals(shock.company()) && !deal.to().equals(shock.company())) {
      problems.add(at(shock, "cancel", "deal '" + deal.id() + "' is between " + deal.from() + " and " + deal.to()
          + ", not " + shock.company() + "'s; a company cancels only its own deals"));
    } else if (amount(deal) == null) {
      problems.add(at(shock, "cancel", "deal '" + deal.id() + "' has no disclosed amount, so cancelling it moves no"
          + " known money; expected a deal with amountUsd"));
    } else {
      ObligationRule rule = ObligationRule.DEFAULT;
      String why = superseders.containsKey(deal.id())
          ? "deal '" + superseders.get(deal.id()) + "' supersedes it"
          : rule.whyNotAnObligation(deal, asOf);
      if (why != null) {
        problems.add(at(shock, "cancel", "deal '" + deal.id() + "' is no obligation the models count: " + why
            + "; expected " + rule.describe()));
      }
    }
  }

  /**
   * A shortfall and a default both cap what the company pays. The models would combine two caps
   * differently (clearing keeps the harsher, DebtRank adds the distress up), so a company takes one.
   */
  private static boolean limitsPayment(Shock.Kind kind) {
    return kind == Shock.Kind.SHORTFALL || kind == Shock.Kind.DEFAULT;
  }

  static java.math.BigDecimal amount(Deal deal) {
    return deal instanceof SupplyDeal s ? s.amountUsd() : ((Investment) deal).amountUsd();
  }

  private static Diagnostic at(Shock shock, String field, String message) {
    if (shock.origin() == null) {
      // Not "<facts>", as a diagnostic without a file reads: the shock came from the command line.
      return new Diagnostic(COMMAND_LINE, 0, 0, "--shock " + shock.describe(), message);
    }
    return new Diagnostic(shock.origin().file(), shock.origin().line(), shock.origin().column(), field, message);
  }
}
