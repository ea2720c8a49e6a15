package io.loopwatch.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns fact files into fact-change records: one record per fact, keyed {@code universe/id}, whose
 * value is a fact document holding just that fact ({@code {"investments": [{...}]}}). For feeding a
 * topic from the fact files analysts keep; the topology checks each record as it would a file.
 *
 * <p>A live session refuses a fact that names one it does not hold yet, so the records come in an
 * order where every fact follows what it names: companies, then chips (a supply deal may name them),
 * then deals, stakes, financials and events; within a section, a parent before its subsidiaries and
 * a deal before the one that supersedes it. A file's own order would dead-letter a deal listed above
 * the chips it runs on.
 */
public final class FactChanges {

  /** One change: a fact to insert or replace, or a retraction ({@code json} null). */
  public record Change(String key, String json) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactChanges() {}

  /** The facts of these files (.json, .yaml or .yml; JSON is YAML) as changes to {@code universe}. */
  public static List<Change> fromFiles(String universe, List<Path> files) throws IOException {
    Map<String, List<JsonNode>> bySection = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root = YAML.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> sections = root.fields(); sections.hasNext(); ) {
        Map.Entry<String, JsonNode> section = sections.next();
        List<JsonNode> facts = bySection.computeIfAbsent(section.getKey(), name -> new ArrayList<>());
        section.getValue().forEach(facts::add);
      }
    }
    List<String> sections = new ArrayList<>(bySection.keySet());
    // Sections not in the order (misspelt ones) keep their place at the end: the topology
    // dead-letters them with the loader's own message.
    sections.sort(Comparator.comparingInt(FactChanges::rank));
    List<Change> changes = new ArrayList<>();
    for (String section : sections) {
      for (JsonNode fact : referencedFirst(section, bySection.get(section))) {
        changes.add(new Change(universe + "/" + idOf(section, fact), document(section, fact)));
      }
    }
    return changes;
  }

  private static final List<String> SECTION_ORDER =
      List.of("companies", "chips", "investments", "supplyDeals", "stakes", "financials", "events");

  private static int rank(String section) {
    int rank = SECTION_ORDER.indexOf(section);
    return rank < 0 ? SECTION_ORDER.size() : rank;
  }

  /** The field by which a fact names another of its own section, which must then come first. */
  private static String sameSectionReference(String section) {
    return section.equals("companies") ? "parent" : "supersedes";
  }

  /** The facts in their listed order, except that each comes after the one it names. */
  private static List<JsonNode> referencedFirst(String section, List<JsonNode> facts) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    facts.forEach(fact -> byId.putIfAbsent(idOf(section, fact), fact));
    String field = sameSectionReference(section);
    List<JsonNode> ordered = new ArrayList<>(facts.size());
    Set<JsonNode> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (JsonNode fact : facts) {
      // Walks up the chain of references; a chain that goes round is refused by the loader's
      // cycle check, and here stops where it meets a fact already on its way.
      Deque<JsonNode> chain = new ArrayDeque<>();
      Set<JsonNode> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
      for (JsonNode at = fact; at != null && !placed.contains(at) && onChain.add(at);
          at = byId.get(at.path(field).asText(null))) {
        chain.push(at);
      }
      for (JsonNode next : chain) {
        placed.add(next);
        ordered.add(next);
      }
    }
    return ordered;
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
