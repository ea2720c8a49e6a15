package io.loopwatch.report;

import io.loopwatch.stress.CompanyStress;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.SweepResult;
import java.io.PrintWriter;
import java.util.List;

/** A stress test or a sweep for a terminal: who is hurt, most first, by how much, along which path. */
public final class StressTextReport {
  private StressTextReport() {}

  public static void write(StressResult result, PrintWriter out) {
    out.println("Stress test as of " + result.asOf() + ": " + StressWording.model(result.model()));
    out.println("Scenario: " + result.scenario());
    if (!result.scenario().equals(String.join(", ", result.shocks()))) {
      out.println("Shocks: " + String.join(", ", result.shocks()));
    }
    out.println("Rule: " + StressWording.rule(result.rule()));
    List<CompanyStress> shocked = result.companies().stream().filter(CompanyStress::shocked).toList();
    out.println();
    out.println("Shocked:");
    for (CompanyStress company : shocked) {
      out.println("  " + company.name() + " (" + company.company() + ")" + shockedLine(company));
    }
    List<CompanyStress> hurt = result.hurt();
    out.println();
    if (hurt.isEmpty()) {
      out.println("Nobody else is hurt.");
    } else {
      out.println("Hurt, most first:");
      int width = hurt.stream().mapToInt(c -> label(c).length()).max().orElse(0);
      for (int i = 0; i < hurt.size(); i++) {
        CompanyStress company = hurt.get(i);
        String status = StressWording.status(company);
        out.printf("  %3d. %-" + width + "s  loses %s (%s), %s%s%n       via %s%n", i + 1, label(company),
            StressWording.usd(company.lossUsd()), StressWording.ofRevenue(company),
            StressWording.distress(company), status.isEmpty() ? "" : ", " + status,
            StressWording.path(company));
      }
    }
    out.println();
    out.println("Systemic impact " + StressWording.percent(result.systemicImpact())
        + " (distress added, weighted by revenue); losses through others " + StressWording.usd(result.totalLossUsd())
        + "; " + result.defaults() + " default(s) beyond the shocked; " + result.rounds() + " round(s).");
    out.flush();
  }

  public static void write(SweepResult sweep, PrintWriter out) {
    out.println("Sweep as of " + sweep.asOf() + ": " + StressWording.model(sweep.model()) + "; each company on a loop"
        + " takes " + sweep.shock() + " alone");
    out.println();
    if (sweep.ranking().isEmpty()) {
      out.println("No company is on a loop.");
    }
    int rank = 1;
    for (SweepResult.Entry entry : sweep.ranking()) {
      out.printf("  %3d. %s (%s): systemic impact %s, losses through others %s, %d hurt, %d default(s)%s%n", rank++,
          entry.name(), entry.company(), StressWording.percent(entry.systemicImpact()),
          StressWording.usd(entry.totalLossUsd()), entry.companiesHurt(), entry.defaults(),
          entry.mostHurt() == null ? "" : "; most hurt: " + entry.mostHurt());
    }
    out.flush();
  }

  private static String shockedLine(CompanyStress company) {
    StringBuilder line = new StringBuilder();
    if (company.shortfallUsd() > 0) {
      line.append(": leaves ").append(StressWording.usd(company.shortfallUsd())).append(" of the ")
          .append(StressWording.usd(company.owesUsd())).append(" it owes unpaid");
    }
    if (company.forgoneUsd() > 0) {
      line.append(line.length() == 0 ? ": " : "; ").append(StressWording.forgone(company));
    }
    if (company.lossUsd() > 0) {
      line.append(line.length() == 0 ? ": " : "; ").append("loses ").append(StressWording.usd(company.lossUsd()))
          .append(" through others");
    }
    if (company.defaultRound() > 0) {
      line.append(" (").append(StressWording.status(company)).append(")");
    }
    return line.toString();
  }

  private static String label(CompanyStress company) {
    return company.name() + " (" + company.company() + ")";
  }
}
