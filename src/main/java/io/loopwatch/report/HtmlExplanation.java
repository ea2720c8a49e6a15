package io.loopwatch.report;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Explanation;
import io.loopwatch.FactSummary;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.Source;
import io.loopwatch.rules.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One alert's explanation as an HTML fragment: a {@code <details>} the reader opens. Every fact-supplied string is escaped. */
final class HtmlExplanation {

  private final CompanyNames names;

  HtmlExplanation(CompanyNames names) {
    this.names = names;
  }

  String of(Alert alert) {
    Explanation why = alert.explanation();
    StringBuilder html = new StringBuilder("<details class=\"why\"><summary>Why</summary>");
    html.append("<p><b>Rule</b> <code>").append(forHtml(why.rule())).append("</code>");
    if (!why.ruleSource().isEmpty()) {
      html.append(" <span class=\"muted\">(").append(forHtml(why.ruleSource())).append(")</span>");
    }
    html.append(": ").append(forHtml(why.description())).append("</p>");
    if (!why.path().isEmpty()) {
      html.append("<p><b>Path</b>, in the order money travels:</p><ol class=\"path\">");
      for (EvidenceStep step : why.path()) {
        html.append("<li>").append(forHtml(names.of(step.from()) + " → " + names.of(step.to()))).append(": ")
            .append(forHtml(step.kind() + " " + step.fact() + " (" + step.detail() + "), " + Money.usd(step.amountUsd())
                + ", " + step.status() + (step.announced() == null ? "" : ", " + step.announced())))
            .append(why.fact(step.fact()).map(f -> " <span class=\"muted\">— " + sources(f.sources()) + "</span>").orElse(""))
            .append("</li>");
      }
      html.append("</ol>");
    }
    if (!why.thresholds().isEmpty()) {
      html.append("<p><b>Thresholds crossed</b></p><ul class=\"thresholds\">");
      for (ThresholdCrossing crossing : why.thresholds()) {
        html.append("<li>").append(forHtml(crossing.text())).append("</li>");
      }
      html.append("</ul>");
    }
    html.append("<p><b>Facts</b></p><ul class=\"facts\">");
    for (FactSummary fact : why.facts()) {
      html.append("<li><code>").append(forHtml(fact.id())).append("</code> <span class=\"muted\">")
          .append(forHtml(fact.kind())).append("</span>: ").append(forHtml(fact.summary()));
      html.append("<dl>");
      for (Map.Entry<String, String> field : fact.fields().entrySet()) {
        html.append("<dt>").append(forHtml(field.getKey())).append("</dt><dd>").append(forHtml(field.getValue())).append("</dd>");
      }
      if (!fact.sources().isEmpty()) {
        html.append("<dt>sources</dt><dd>").append(sources(fact.sources())).append("</dd>");
      }
      if (!fact.location().isEmpty()) {
        html.append("<dt>written at</dt><dd>").append(forHtml(fact.location())).append("</dd>");
      }
      html.append("</dl></li>");
    }
    return html.append("</ul></details>").toString();
  }

  /** Sources as text, with a link only for http and https addresses: a {@code javascript:} URL must not become one. */
  static String sources(List<Source> sources) {
    StringBuilder html = new StringBuilder();
    for (Source source : sources) {
      if (html.length() > 0) {
        html.append("; ");
      }
      String url = source.url();
      String scheme = url == null ? "" : url.toLowerCase(Locale.ROOT);
      if (scheme.startsWith("https://") || scheme.startsWith("http://")) {
        html.append("<a href=\"").append(forHtmlAttribute(url)).append("\" rel=\"noopener noreferrer\">")
            .append(forHtml(source.cite())).append("</a>");
      } else {
        html.append(forHtml(source.cite()));
      }
    }
    return html.toString();
  }
}
