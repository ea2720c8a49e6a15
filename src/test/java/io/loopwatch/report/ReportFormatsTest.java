package io.loopwatch.report;

import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.Report;
import io.loopwatch.facts.FactFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shape of each report format, on the bundled data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormatsTest {

  private Report report;

  @BeforeAll
  void evaluateBundledData() throws Exception {
    report = bundledRules().evaluate(FactFiles.load(Path.of("facts")), AS_OF);
  }

  private String render(BiConsumer<Report, PrintWriter> format) {
    StringWriter text = new StringWriter();
    format.accept(report, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void jsonCarriesEachAlertsExplanationWithFactsSourcesPathAndThresholds() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render(JsonReport::write));

    JsonNode loop = alert(json.get("alerts"), "circular-loop:loop:nvidia>openai>oracle").get("explanation");
    assertThat(loop.fieldNames()).toIterable()
        .containsExactly("rule", "description", "ruleSource", "facts", "path", "thresholds");
    assertThat(loop.get("path")).hasSize(3);
    assertThat(loop.get("path").get(0).get("sources").get(0).get("publisher").asText()).isEqualTo("Kukmin Ilbo");
    JsonNode fact = loop.get("facts").get(0);
    assertThat(fact.get("id").asText()).isEqualTo("nvidia-openai-2026-02");
    assertThat(fact.get("fields").get("announced").asText()).isEqualTo("2026-02-04");
    assertThat(fact.get("sources")).isNotEmpty();
    // Nvidia's USD 20 B is only reported: it grades a level lower, as money not yet binding.
    JsonNode threshold = loop.get("thresholds").get(0);
    assertThat(threshold.get("threshold").asText()).isEqualTo("loop-unbound-usd.medium");
    assertThat(threshold.get("value").decimalValue()).isEqualByComparingTo("20000000000");
    assertThat(threshold.get("limit").decimalValue()).isEqualByComparingTo("10000000000");
    assertThat(threshold.get("unit").asText()).isEqualTo("usd");
  }

  @Test
  void jsonLinesHoldsOneCompleteAlertPerLine() throws Exception {
    List<String> lines = render(JsonLinesReport::write).lines().toList();

    assertThat(lines).hasSize(report.alerts().size());
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode alert = mapper.readTree(lines.get(i));
      assertThat(alert.get("key").asText()).isEqualTo(report.alerts().get(i).key());
      assertThat(alert.has("explanation")).isTrue();
    }
  }

  @Test
  void markdownHasTheSummaryEveryAlertAndAMermaidFlowchartPerLoopAlert() {
    String markdown = render(MarkdownReport::write);

    long loopAlerts = report.alerts().stream().filter(a -> !a.evidence().path().isEmpty()).count();
    assertThat(markdown).startsWith("# Loopwatch report, as of 2026-02-05\n")
        .contains("| CRITICAL | 4 |", "| CIRCULAR_FINANCING |", "**Thresholds crossed:**", "**Facts:**");
    assertThat(count(markdown, "\n### ")).isEqualTo(report.alerts().size());
    assertThat(count(markdown, "```mermaid\nflowchart LR\n")).isEqualTo(loopAlerts).isPositive();
    assertThat(markdown).contains("c0[\"NVIDIA\"]", "-.->|\"investment: USD 20 B · reported\"|");
  }

  @Test
  void htmlIsOneSelfContainedPageWithSummaryTableExplanationsAndANodePerCompany() {
    String html = HtmlReport.toHtml(report);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(html).doesNotContain("<script src", "<link ", "http://cdn", "https://cdn", "@import");
    assertThat(count(html, "<tr class=\"alert")).isEqualTo(report.alerts().size());
    assertThat(count(html, "<details class=\"why\">")).isEqualTo(report.alerts().size());
    assertThat(count(html, " data-node=\"")).isEqualTo(report.facts().companies().size());
    assertThat(html).contains("id=\"filter\"", "id=\"severity\"", "id=\"category\"", "Alerts by severity", "Alerts by category");
  }

  @Test
  void htmlOpensOnTheMostSevereLoopHighlighted() {
    String html = HtmlReport.toHtml(report);

    // Microsoft's USD 13 B binds both ways; the Nvidia, OpenAI and Oracle loop binds nothing all
    // the way round and is structural, so it is no longer the most severe.
    assertThat(HtmlReport.defaultFocus(report)).hasValueSatisfying(
        a -> assertThat(a.key()).isEqualTo("vendor-funds-customer:microsoft@loop:microsoft>openai"));
    assertThat(html).contains("class=\"edge investment loop focus\" data-edge=\"microsoft&gt;openai:investment\"",
        "class=\"edge supply loop focus\" data-edge=\"openai&gt;microsoft:supply\"");
    assertThat(count(html, "focus\" data-edge=")).isEqualTo(2);
  }

  static JsonNode alert(JsonNode alerts, String key) {
    for (JsonNode alert : alerts) {
      if (alert.get("key").asText().equals(key)) {
        return alert;
      }
    }
    throw new AssertionError("no alert " + key);
  }

  static long count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    long n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
