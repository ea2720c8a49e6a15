package io.loopwatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Explanation;
import io.loopwatch.FactSummary;
import io.loopwatch.Report;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.Source;
import io.loopwatch.loops.DateOrder;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopEdge;
import io.loopwatch.loops.LoopLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: {@code {"asOf", "summary", "alerts": [...], "loops": [...]}}. The
 * field names are a documented contract (README, "JSON output"), so they are written out here one
 * by one rather than derived from the Java types.
 */
public final class JsonReport {

  private JsonReport() {}

  public static void write(Report report, Writer out) {
    write(report, new Additions() {}, out);
  }

  /**
   * What a command adds to the report it writes (a count in the summary, a field on each alert,
   * sections after the loops), without the report being built whole first.
   */
  public interface Additions {
    default void toSummary(ObjectNode summary) {}

    default void toAlert(Alert alert, ObjectNode node) {}

    /** Sections written after {@code loops}, in order, by field name. */
    default Map<String, JsonNode> after() {
      return Map.of();
    }
  }

  /**
   * Writes the report as {@link #toJson} builds it, one alert and one loop at a time: on a million
   * deals the whole tree would hold hundreds of megabytes at once.
   */
  public static void write(Report report, Additions additions, Writer out) {
    try {
      JsonGenerator json = JsonOutput.generator(out);
      json.writeStartObject();
      json.writeStringField("asOf", report.asOf().toString());
      ObjectNode summary = summary(report);
      additions.toSummary(summary);
      json.writeFieldName("summary");
      json.writeTree(summary);
      json.writeArrayFieldStart("alerts");
      for (Alert alert : report.alerts()) {
        ObjectNode node = alert(alert);
        additions.toAlert(alert, node);
        json.writeTree(node);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("loops");
      for (Loop loop : report.loops()) {
        json.writeTree(loop(loop));
      }
      json.writeEndArray();
      for (Map.Entry<String, JsonNode> section : additions.after().entrySet()) {
        json.writeFieldName(section.getKey());
        json.writeTree(section.getValue());
      }
      json.writeEndObject();
      JsonOutput.finish(json, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode toJson(Report report) {
    ObjectNode root = JsonOutput.object();
    root.put("asOf", report.asOf().toString());
    root.set("summary", summary(report));
    ArrayNode alerts = root.putArray("alerts");
    report.alerts().forEach(alert -> alerts.add(alert(alert)));
    ArrayNode loops = root.putArray("loops");
    report.loops().forEach(loop -> loops.add(loop(loop)));
    return root;
  }

  private static ObjectNode summary(Report report) {
    ObjectNode summary = JsonOutput.object();
    summary.put("facts", report.factCount());
    summary.put("rules", report.ruleCount());
    summary.put("loops", report.loops().size());
    summary.put("alerts", report.alerts().size());
    ObjectNode bySeverity = summary.putObject("bySeverity");
    report.countBySeverity().forEach((severity, count) -> bySeverity.put(severity.name(), count));
    return summary;
  }

  private static ObjectNode alert(Alert alert) {
    ObjectNode node = JsonOutput.object();
    node.put("rule", alert.rule());
    node.put("category", alert.category().name());
    node.put("severity", alert.severity().name());
    node.put("description", alert.description());
    alert.subjects().forEach(node.putArray("subjects")::add);
    node.put("message", alert.message());
    ObjectNode evidence = node.putObject("evidence");
    alert.evidence().facts().forEach(evidence.putArray("facts")::add);
    ArrayNode path = evidence.putArray("path");
    alert.evidence().path().forEach(step -> path.add(step(step)));
    node.put("key", alert.key());
    node.set("explanation", explanation(alert.explanation()));
    return node;
  }

  /** One alert as a JSON object, for reports that write alerts one at a time (JSON Lines). */
  public static ObjectNode alertJson(Alert alert) {
    return alert(alert);
  }

  private static ObjectNode explanation(Explanation explanation) {
    ObjectNode node = JsonOutput.object();
    node.put("rule", explanation.rule());
    node.put("description", explanation.description());
    node.put("ruleSource", explanation.ruleSource());
    ArrayNode facts = node.putArray("facts");
    for (FactSummary fact : explanation.facts()) {
      ObjectNode factNode = facts.addObject();
      factNode.put("id", fact.id());
      factNode.put("kind", fact.kind());
      factNode.put("summary", fact.summary());
      ObjectNode fields = factNode.putObject("fields");
      fact.fields().forEach(fields::put);
      factNode.set("sources", sources(fact.sources()));
      factNode.put("location", fact.location());
    }
    ArrayNode path = node.putArray("path");
    for (EvidenceStep step : explanation.path()) {
      ObjectNode stepNode = step(step);
      stepNode.set("sources", sources(explanation.fact(step.fact()).map(FactSummary::sources).orElse(List.of())));
      path.add(stepNode);
    }
    ArrayNode thresholds = node.putArray("thresholds");
    for (ThresholdCrossing crossing : explanation.thresholds()) {
      ObjectNode crossingNode = thresholds.addObject();
      crossingNode.put("threshold", crossing.threshold());
      crossingNode.put("measured", crossing.measured());
      crossingNode.put("value", crossing.value());
      crossingNode.put("limit", crossing.limit());
      crossingNode.put("unit", crossing.unit());
      crossingNode.put("atOrAbove", crossing.atOrAbove());
      crossingNode.put("text", crossing.text());
    }
    return node;
  }

  private static ArrayNode sources(List<Source> sources) {
    ArrayNode array = JsonOutput.array();
    for (Source source : sources) {
      ObjectNode node = array.addObject();
      node.put("publisher", source.publisher());
      node.put("date", source.date().toString());
      if (source.url() != null) {
        node.put("url", source.url());
      }
    }
    return array;
  }

  private static ObjectNode step(EvidenceStep step) {
    ObjectNode node = JsonOutput.object();
    node.put("from", step.from());
    node.put("to", step.to());
    node.put("fact", step.fact());
    node.put("kind", step.kind());
    node.put("amountUsd", step.amountUsd());
    node.put("status", step.status());
    node.put("announced", step.announced() == null ? null : step.announced().toString());
    node.put("detail", step.detail());
    return node;
  }

  private static ObjectNode loop(Loop loop) {
    ObjectNode node = JsonOutput.object();
    node.put("key", loop.key());
    loop.companies().forEach(node.putArray("companies")::add);
    loop.hubs().forEach(node.putArray("hubs")::add);
    node.put("length", loop.length());
    node.put("shape", loop.shape().label());
    // circulatingUsd is the first edition's name for atMostUsd, kept for scripts that read it.
    node.put("circulatingUsd", loop.atMostUsd());
    node.put("atMostUsd", loop.atMostUsd());
    node.put("roundTripUsd", loop.roundTripUsd());
    node.put("totalUsd", loop.totalUsd());
    node.put("bindingLinks", loop.bindingLinks());
    node.put("undisclosedLinks", loop.undisclosedLinks());
    // totalUsd and every sum leave these out: a reader must not take a sum for a total.
    node.put("undisclosedDeals", loop.undisclosedDeals());
    DateOrder order = loop.dateOrder();
    if (order == null) {
      node.putNull("dateOrder");
    } else {
      ObjectNode dated = node.putObject("dateOrder");
      dated.put("startsAt", order.startsAt());
      dated.put("first", order.first().toString());
      dated.put("last", order.last().toString());
      dated.put("days", order.days());
    }
    ArrayNode links = node.putArray("links");
    for (LoopLink link : loop.links()) {
      ObjectNode linkNode = links.addObject();
      linkNode.put("from", link.from());
      linkNode.put("to", link.to());
      linkNode.put("amountUsd", link.isDisclosed() ? link.amountUsd() : null);
      linkNode.put("binding", link.isBinding());
      linkNode.put("bindingUsd", link.bindingUsd());
      linkNode.put("undisclosedDeals", link.undisclosedDeals());
      ArrayNode deals = linkNode.putArray("deals");
      for (LoopEdge edge : link.edges()) {
        ObjectNode deal = deals.addObject();
        deal.put("fact", edge.factId());
        deal.put("kind", edge.kind().label());
        deal.put("amountUsd", edge.amountUsd());
        deal.put("status", edge.status().label());
      }
    }
    return node;
  }
}
