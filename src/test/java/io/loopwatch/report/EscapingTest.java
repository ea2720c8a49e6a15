package io.loopwatch.report;

import static io.loopwatch.report.ReportFormatsTest.count;
import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Report;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.graph.DealNetwork;
import io.loopwatch.graph.DotNetwork;
import io.loopwatch.graph.Highlight;
import io.loopwatch.graph.MermaidNetwork;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A company named like markup shows as text in every format, never as markup. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {

  private static final String EVIL = "<script>alert(1)</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

  private Report report;

  /** A vendor funds the evil-named lab, which buys from it: a loop, so the name reaches every part of the report. */
  @BeforeAll
  void evaluate() throws Exception {
    FactSet facts = FactSet.builder()
        .add(new Company("nvidia", "NVIDIA", List.of(Role.CHIP_VENDOR), "US", null, List.of()))
        .add(new Company("evil", EVIL, List.of(Role.AI_LAB), "US", null,
            List.of(new Source("\"Quotes\" & <b>bold</b>", LocalDate.parse("2026-01-01"), "javascript:alert(2)"))))
        .add(invest("nvidia", "evil", "20e9"))
        .add(buy("evil", "nvidia", "30e9"))
        .build();
    report = bundledRules().evaluate(facts, AS_OF);
    assertThat(report.alerts()).isNotEmpty();
  }

  @Test
  void htmlShowsTheNameAsTextInTheTableTheExplanationAndThePicture() {
    String html = HtmlReport.toHtml(report);

    assertThat(html).doesNotContain(EVIL).doesNotContain("<b>bold</b>").doesNotContain("href=\"javascript:");
    String table = between(html, "<table id=\"alert-table\"", "</table>");
    String explanation = between(table, "<details class=\"why\">", "</details>");
    String svg = between(html, "<svg", "</svg>");
    assertThat(between(table, "<tr class=\"alert", "<details")).contains(ESCAPED);
    assertThat(explanation).contains(ESCAPED);
    assertThat(svg).contains(">" + ESCAPED + "</tspan>");
    // The only scripts are the report's own two.
    assertThat(count(html, "<script>")).isEqualTo(2);
  }

  @Test
  void markdownEscapesTheNameAndMermaidEncodesIt() {
    StringWriter text = new StringWriter();
    MarkdownReport.write(report, new PrintWriter(text));
    String markdown = text.toString();

    assertThat(markdown).doesNotContain(EVIL).contains("\\<script\\>alert(1)\\</script\\>");
    assertThat(markdown).contains("[\"#60;script#62;alert#40;1#41;#60;/script#62;\"]");
  }

  @Test
  void dotAndMermaidPicturesQuoteTheName() {
    DealNetwork network = DealNetwork.of(report.facts());
    StringWriter mermaid = new StringWriter();
    StringWriter dot = new StringWriter();
    MermaidNetwork.write(network, Highlight.NONE, new PrintWriter(mermaid));
    DotNetwork.write(network, Highlight.NONE, new PrintWriter(dot));

    assertThat(mermaid.toString()).doesNotContain("<script>");
    assertThat(dot.toString()).contains("label=\"" + EVIL + "\"");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("'%s' is present", start).isNotNegative();
    int to = text.indexOf(end, from);
    return text.substring(from, to + end.length());
  }
}
