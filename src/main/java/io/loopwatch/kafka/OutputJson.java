package io.loopwatch.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Alert;
import io.loopwatch.Diagnostic;
import io.loopwatch.report.JsonReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The values the topology writes, as JSON. An alert is written as {@code run --format json} writes
 * it (the same object as an element of {@code alerts[]}, its explanation included).
 */
final class OutputJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputJson() {}

  /**
   * {@code {"change": "raised", "universe": …, "key": …, "alert": {…}, "before": {…}, "cause": {…}}};
   * {@code before} only for an update; {@code alert} is the cleared alert for a clear.
   */
  static String delta(AlertDelta delta, ObjectNode cause) {
    return delta(delta.change(), delta.universe(), delta.alert().key(), JsonReport.alertJson(delta.alert()),
        delta.change() == AlertDelta.Change.UPDATED ? JsonReport.alertJson(delta.before()) : null, cause);
  }

  /**
   * The delta from the alert published under an output key ({@code universe/alertKey}) to the alert
   * there now, both as {@link #currentAlert} wrote them; null for none. They differ.
   */
  static String delta(String outputKey, String published, String now, ObjectNode cause) {
    UniverseKey key = UniverseKey.parse(outputKey).orElseThrow();
    AlertDelta.Change change = published == null ? AlertDelta.Change.RAISED
        : now == null ? AlertDelta.Change.CLEARED : AlertDelta.Change.UPDATED;
    return delta(change, key.universe(), key.id(), read(now != null ? now : published),
        change == AlertDelta.Change.UPDATED ? read(published) : null, cause);
  }

  private static String delta(AlertDelta.Change change, String universe, String key, JsonNode alert, JsonNode before,
      ObjectNode cause) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("change", change.name().toLowerCase(Locale.ROOT));
    node.put("universe", universe);
    node.put("key", key);
    node.set("alert", alert);
    if (before != null) {
      node.set("before", before);
    }
    node.set("cause", cause);
    return write(node);
  }

  /** The current alert, or null (a tombstone) when it cleared. */
  static String currentAlert(AlertDelta delta) {
    return delta.after() == null ? null : alert(delta.after());
  }

  /** An alert as the current-alerts topic holds it. */
  static String alert(Alert alert) {
    return write(JsonReport.alertJson(alert));
  }

  /** What caused a delta: the fact change at this place in the input. */
  static ObjectNode factChange(String key, ChangePlace place) {
    ObjectNode cause = MAPPER.createObjectNode();
    cause.put("factKey", key);
    cause.put("topic", place.topic());
    cause.put("partition", place.partition());
    cause.put("offset", place.offset());
    return cause;
  }

  /** What caused a delta: new rules. */
  static ObjectNode rulesReloaded() {
    ObjectNode cause = MAPPER.createObjectNode();
    cause.put("rules", "reloaded");
    return cause;
  }

  /**
   * What caused a delta: a task started with rules that give other alerts than those published
   * (rules changed while it was down, or a reload's transaction aborted).
   */
  static ObjectNode taskStarted() {
    ObjectNode cause = MAPPER.createObjectNode();
    cause.put("rules", "in force at task start");
    return cause;
  }

  /** What caused a delta: the sessions' date moved. */
  static ObjectNode dateMoved(java.time.LocalDate date) {
    ObjectNode cause = MAPPER.createObjectNode();
    cause.put("asOf", date.toString());
    return cause;
  }

  /**
   * A change that was not applied: {@code {"key", "value", "valueBytes", "topic", "partition",
   * "offset", "diagnostics": [{"line", "column", "path", "message", "text"}]}}, where {@code text}
   * is the diagnostic as the command line prints it. The value is the record's, read as UTF-8 (a
   * byte that is not shows as U+FFFD), and, like each diagnostic's strings, cut at {@value
   * #QUOTED_CHARS} characters, so that a dead letter is never too large for the producer.
   */
  static String deadLetter(String key, byte[] value, ChangePlace place, List<Diagnostic> diagnostics) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("key", key);
    node.put("value", value == null ? null : quoted(new String(value, StandardCharsets.UTF_8)));
    if (value != null) {
      node.put("valueBytes", value.length);
    }
    node.put("topic", place.topic());
    node.put("partition", place.partition());
    node.put("offset", place.offset());
    var list = node.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode item = list.addObject();
      item.put("line", d.line());
      item.put("column", d.column());
      item.put("path", quoted(d.path()));
      item.put("message", quoted(d.message()));
      item.put("text", quoted(d.toString()));
    }
    return write(node);
  }

  /** How much of the value, and of each diagnostic string, a dead letter quotes. */
  static final int QUOTED_CHARS = 4096;

  private static String quoted(String text) {
    return text == null || text.length() <= QUOTED_CHARS ? text
        : text.substring(0, QUOTED_CHARS) + "… (" + (text.length() - QUOTED_CHARS) + " more characters)";
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the store holds only JSON this class wrote: " + json, e);
    }
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
