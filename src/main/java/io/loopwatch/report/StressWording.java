package io.loopwatch.report;

import io.loopwatch.rules.Money;
import io.loopwatch.stress.CompanyStress;
import io.loopwatch.stress.ObligationRule;
import io.loopwatch.stress.StressModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Phrases every stress report shares, so that text, JSON and HTML say the same thing. */
final class StressWording {
  private StressWording() {}

  static String model(StressModel model) {
    return switch (model) {
      case CLEARING -> "Eisenberg–Noe clearing (fictitious default)";
      case DEBTRANK -> "DebtRank (Battiston et al. 2012)";
      case DEBTRANK_LINEAR -> "linear DebtRank (Bardoscia et al. 2015)";
    };
  }

  static String rule(ObligationRule rule) {
    return "obligations: binding supply deals with an amount and signed, unpaid investments due within "
        + rule.horizonYears() + " years; means: revenue over " + rule.horizonYears() + " years, at least what"
        + " paying in full needs";
  }

  static String usd(double amount) {
    return Money.usd(BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP));
  }

  static String percent(double share) {
    return Money.percent(share);
  }

  /** {@code 261 % of a year's revenue}, or {@code no revenue on file}. */
  static String ofRevenue(CompanyStress company) {
    return company.hasRevenue() ? percent(company.lossToRevenue()) + " of a year's revenue" : "no revenue on file";
  }

  /** {@code distress 26 %}, or {@code distress not measured} for a company without revenue. */
  static String distress(CompanyStress company) {
    return "distress " + distressFigure(company);
  }

  /** {@code 26 %}, or {@code not measured}. */
  static String distressFigure(CompanyStress company) {
    return company.distressMeasured() ? percent(company.distress()) : "not measured";
  }

  /** {@code gives up USD 300 B owed to it by cancelling}: its own doing, not a loss through others. */
  static String forgone(CompanyStress company) {
    return "gives up " + usd(company.forgoneUsd()) + " owed to it by cancelling";
  }

  static String path(CompanyStress company) {
    return String.join(" → ", company.path());
  }

  static String status(CompanyStress company) {
    if (!company.defaulted()) {
      return "";
    }
    if (company.shocked() && company.defaultRound() == 0) {
      return "defaults (shock)";
    }
    // DebtRank gives no rounds: a company it pushes to distress 1 defaults, but not by the shock.
    return company.defaultRound() > 0 ? "defaults in round " + company.defaultRound() : "defaults";
  }
}
