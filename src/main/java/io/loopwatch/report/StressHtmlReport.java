package io.loopwatch.report;

import static org.owasp.encoder.Encode.forHtml;

import io.loopwatch.facts.FactSet;
import io.loopwatch.graph.DealNetwork;
import io.loopwatch.graph.Highlight;
import io.loopwatch.graph.SvgNetwork;
import io.loopwatch.stress.CompanyStress;
import io.loopwatch.stress.StressResult;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A stress test as a self-contained page: the deal network coloured by distress (the shocked
 * companies outlined), then the companies hurt, most first, with amounts and paths. Every string
 * from the facts is escaped.
 */
public final class StressHtmlReport {
  /** More companies than this make an unreadable picture; the most hurt are drawn. */
  static final int MOST_DRAWN = 60;

  private StressHtmlReport() {}

  /** @param facts the facts the test ran on, as of its date, for the picture */
  public static void write(StressResult result, FactSet facts, PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>Loopwatch stress test, as of " + result.asOf() + "</title>");
    out.println("<style>" + HtmlReport.resource("report.css") + "</style>");
    out.println("</head><body>");
    out.println("<header><h1>Stress test: " + forHtml(result.scenario()) + "</h1><p>As of " + result.asOf() + "; "
        + forHtml(StressWording.model(result.model())) + "; " + forHtml(StressWording.rule(result.rule())) + ".</p>"
        + "<p>Systemic impact " + StressWording.percent(result.systemicImpact()) + " (distress added, weighted by"
        + " revenue); losses through others " + forHtml(StressWording.usd(result.totalLossUsd())) + "; "
        + result.defaults() + " default(s) beyond the shocked.</p></header>");

    out.println("<section id=\"network\"><h2>Deal network by distress</h2>");
    out.println("<p class=\"hint\">The redder a company, the more of its net worth the scenario takes; outlined in"
        + " red: the shocked companies.</p><div class=\"picture\">");
    Map<String, Double> distress = new HashMap<>();
    Set<String> drawn = new LinkedHashSet<>();
    Set<String> shocked = new LinkedHashSet<>();
    for (CompanyStress company : result.companies()) {
      if (company.distressMeasured()) {
        distress.put(company.company(), company.distress());
      }
      if (company.shocked()) {
        shocked.add(company.company());
      }
      if (drawn.size() < MOST_DRAWN) {
        drawn.add(company.company());
      }
    }
    DealNetwork network = DealNetwork.of(facts);
    if (network.nodes().size() > MOST_DRAWN) {
      network = network.restrictedTo(drawn);
    }
    SvgNetwork.writeByDistress(network, distress, new Highlight(shocked, Set.of()), out);
    out.println("</div></section>");

    out.println("<section id=\"hurt\"><h2>Companies hurt, most first</h2>");
    out.println("<table class=\"alerts\"><thead><tr><th>#</th><th>Company</th><th>Loss</th><th>Distress</th>"
        + "<th>Path the loss took</th></tr></thead><tbody>");
    int number = 1;
    for (CompanyStress company : result.companies()) {
      String status = StressWording.status(company);
      out.println("<tr><td>" + number++ + "</td><td>" + forHtml(company.name()) + " <code>" + forHtml(company.company())
          + "</code>" + (company.shocked() ? " (shocked)" : "") + "</td><td>" + forHtml(StressWording.usd(company.lossUsd()))
          + "<br><small>" + forHtml(StressWording.ofRevenue(company)) + "</small>"
          + (company.shortfallUsd() > 0 ? "<br><small>leaves " + forHtml(StressWording.usd(company.shortfallUsd()))
              + " of " + forHtml(StressWording.usd(company.owesUsd())) + " unpaid</small>" : "")
          + (company.forgoneUsd() > 0 ? "<br><small>" + forHtml(StressWording.forgone(company)) + "</small>" : "")
          + "</td><td>" + StressWording.distressFigure(company)
          + (company.distressMeasured() ? "" : "<br><small>no revenue on file</small>")
          + (status.isEmpty() ? "" : "<br><small>" + status + "</small>")
          + "</td><td>" + forHtml(StressWording.path(company)) + "</td></tr>");
    }
    out.println("</tbody></table></section>");
    out.println("</body></html>");
    out.flush();
  }
}
