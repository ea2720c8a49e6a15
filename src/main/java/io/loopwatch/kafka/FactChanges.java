package io.loopwatch.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns fact files into fact-change records: one record per fact, keyed {@code universe/id}, whose
 * value is a fact document holding just that fact ({@code {"investments": [{...}]}}), in the order
 * the files list them. For feeding a topic from the fact files analysts keep; the topology checks
 * each record as it would a file.
 */
public final class FactChanges {

  /** One change: a fact to insert or replace, or a retraction ({@code json} null). */
  public record Change(String key, String json) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactChanges() {}

  /** The facts of these files (.json, .yaml or .yml; JSON is YAML) as changes to {@code universe}. */
  public static List<Change> fromFiles(String universe, List<Path> files) throws IOException {
    List<Change> changes = new ArrayList<>();
    for (Path file : files) {
      JsonNode root = YAML.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> sections = root.fields(); sections.hasNext(); ) {
        Map.Entry<String, JsonNode> section = sections.next();
        for (JsonNode fact : section.getValue()) {
          changes.add(new Change(universe + "/" + idOf(section.getKey(), fact), document(section.getKey(), fact)));
        }
      }
    }
    return changes;
  }

  /** The id a fact is known by: {@code company/period} for financials, its {@code id} otherwise. */
  public static String idOf(String section, JsonNode fact) {
    return section.equals("financials")
        ? fact.path("company").asText() + "/" + fact.path("period").asText()
        : fact.path("id").asText();
  }

  /** A fact document holding one fact of a section. */
  public static String document(String section, JsonNode fact) {
    ObjectNode document = JSON.createObjectNode();
    document.putArray(section).add(fact);
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** The section and the fact of a one-fact document, for changing a fact before it is sent again. */
  public static Map.Entry<String, JsonNode> parse(String document) throws IOException {
    Map.Entry<String, JsonNode> section = JSON.readTree(document).fields().next();
    return Map.entry(section.getKey(), section.getValue().get(0));
  }
}
