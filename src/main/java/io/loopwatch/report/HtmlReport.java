package io.loopwatch.report;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import io.loopwatch.Alert;
import io.loopwatch.Category;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.graph.DealNetwork;
import io.loopwatch.graph.Highlight;
import io.loopwatch.graph.SvgNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page (no network needed: CSS, script and picture are inline): summary
 * counts, the deal network as SVG with the alerts' loops highlighted, and a table of alerts the
 * reader can sort and filter, each with its explanation. Every fact-supplied string is escaped
 * with the OWASP encoder.
 */
public final class HtmlReport {

  private HtmlReport() {}

  public static void write(Report report, PrintWriter out) {
    CompanyNames names = new CompanyNames(report.facts());
    DealNetwork network = DealNetwork.of(report.facts());
    Optional<Alert> focus = defaultFocus(report);
    Highlight focused = focus.map(a -> Highlight.of(a, network)).orElse(Highlight.NONE);

    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>Loopwatch report, as of " + report.asOf() + "</title>");
    // First in the page, so that it also sees errors in everything after it; the browser test reads the attribute.
    out.println("<script>" + resource("errors.js") + "</script>");
    out.println("<style>" + resource("report.css") + "</style>");
    out.println("</head><body>");
    out.println("<header><h1>Loopwatch report</h1><p>As of " + report.asOf() + ": " + report.factCount() + " facts, "
        + report.ruleCount() + " rules, " + report.loops().size() + " money loop(s), " + report.alerts().size()
        + " alert(s).</p></header>");
    summary(report, out);

    out.println("<section id=\"network\"><h2>Deal network</h2>");
    out.println("<p class=\"hint\">" + focus.map(a -> "In red: " + forHtml(a.message()) + " Click an alert below to"
        + " show its companies and deals; click it again to come back.").orElse("No loop alert to highlight.")
        + " Amber: every loop an alert names.</p>");
    out.println("<div class=\"picture\">");
    SvgNetwork.write(network, focused, alerted(report, network), out);
    out.println("</div></section>");

    alerts(report, network, names, focus.orElse(null), out);
    out.println("<script>" + resource("report.js") + "</script>");
    out.println("</body></html>");
    out.flush();
  }

  /**
   * The alert the picture opens on: the most severe loop alert, and among those the loop moving
   * the most disclosed money. On the bundled data that is Nvidia → OpenAI → Oracle.
   */
  static Optional<Alert> defaultFocus(Report report) {
    return report.alerts().stream()
        .filter(a -> !a.evidence().path().isEmpty())
        .max(Comparator.comparing(Alert::severity).thenComparing(HtmlReport::pathMoney)
            .thenComparing(Alert::key, Comparator.reverseOrder()));
  }

  private static BigDecimal pathMoney(Alert alert) {
    return alert.evidence().path().stream().map(EvidenceStep::amountUsd).filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Everything the loop alerts name, for the amber layer. */
  private static Highlight alerted(Report report, DealNetwork network) {
    Set<String> companies = new HashSet<>();
    Set<String> edges = new HashSet<>();
    report.alerts().stream().filter(a -> !a.evidence().path().isEmpty()).map(a -> Highlight.of(a, network))
        .forEach(h -> {
          companies.addAll(h.companies());
          edges.addAll(h.edgeIds());
        });
    return new Highlight(companies, edges);
  }

  /** Two short tables, one row of names over one row of counts, so the picture starts near the top of the page. */
  private static void summary(Report report, PrintWriter out) {
    out.println("<section id=\"summary\"><div class=\"counts\">");
    StringBuilder names = new StringBuilder();
    StringBuilder counts = new StringBuilder();
    for (int level = Severity.values().length - 1; level >= 0; level--) {
      Severity severity = Severity.values()[level];
      names.append("<th><span class=\"sev ").append(severity).append("\">").append(severity).append("</span></th>");
      counts.append("<td>").append(report.countBySeverity().get(severity)).append("</td>");
    }
    out.println("<table class=\"count\"><caption>Alerts by severity</caption><tr>" + names + "</tr><tr>" + counts
        + "</tr></table>");
    names.setLength(0);
    counts.setLength(0);
    for (Map.Entry<Category, Integer> entry : report.countByCategory().entrySet()) {
      names.append("<th>").append(entry.getKey().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)).append("</th>");
      counts.append("<td>").append(entry.getValue()).append("</td>");
    }
    out.println("<table class=\"count\"><caption>Alerts by category</caption><tr>" + names + "</tr><tr>" + counts
        + "</tr></table>");
    out.println("</div></section>");
  }

  private static void alerts(Report report, DealNetwork network, CompanyNames names, Alert focus, PrintWriter out) {
    HtmlExplanation explanations = new HtmlExplanation(names);
    out.println("<section id=\"alerts\"><h2>Alerts</h2>");
    out.println("<div class=\"filters\"><label>Filter <input type=\"search\" id=\"filter\""
        + " placeholder=\"company, rule, words in the message…\"></label>");
    out.println("<label>Severity <select id=\"severity\"><option value=\"\">all</option>");
    for (int level = Severity.values().length - 1; level >= 0; level--) {
      out.println("<option>" + Severity.values()[level] + "</option>");
    }
    out.println("</select></label><label>Category <select id=\"category\"><option value=\"\">all</option>");
    for (Category category : Category.values()) {
      out.println("<option>" + category + "</option>");
    }
    out.println("</select></label><span id=\"shown\" aria-live=\"polite\"></span></div>");
    out.println("<table id=\"alert-table\"><thead><tr>"
        + "<th data-type=\"number\" aria-sort=\"ascending\">#</th>"
        + "<th data-type=\"number\">Severity</th><th>Category</th><th>Rule</th><th>Companies</th>"
        + "<th>Alert</th></tr></thead><tbody>");
    int number = 1;
    for (Alert alert : report.alerts()) {
      Highlight highlight = Highlight.of(alert, network);
      boolean selected = alert == focus;
      out.println("<tr class=\"alert" + (selected ? " selected" : "") + "\" tabindex=\"0\""
          + " data-key=\"" + forHtmlAttribute(alert.key()) + "\""
          + " data-severity=\"" + alert.severity() + "\" data-category=\"" + alert.category() + "\""
          + " data-nodes=\"" + forHtmlAttribute(String.join(" ", highlight.companies())) + "\""
          + " data-edges=\"" + forHtmlAttribute(String.join(" ", highlight.edgeIds())) + "\">"
          + "<td data-value=\"" + number + "\">" + number + "</td>"
          + "<td data-value=\"" + alert.severity().ordinal() + "\"><span class=\"sev " + alert.severity() + "\">"
          + alert.severity() + "</span></td>"
          + "<td>" + alert.category() + "</td>"
          + "<td><code>" + forHtml(alert.rule()) + "</code></td>"
          + "<td>" + forHtml(alert.subjects().stream().map(names::of).collect(Collectors.joining(", "))) + "</td>"
          + "<td><p>" + forHtml(alert.message()) + "</p><p class=\"key\">key <code>" + forHtml(alert.key())
          + "</code></p>" + explanations.of(alert) + "</td></tr>");
      number++;
    }
    out.println("</tbody></table></section>");
  }

  static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/loopwatch/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as a string, for tests and embedders that do not stream. */
  public static String toHtml(Report report) {
    StringWriter text = new StringWriter();
    write(report, new PrintWriter(text));
    return text.toString();
  }
}
