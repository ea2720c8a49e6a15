package io.loopwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random sequence of fact changes to universes that start from the same facts: deal
 * amounts changed, deals retracted and sent again, new deals between the companies. It keeps a model
 * of each universe so that a change names only facts that are held, and a retraction takes only a
 * deal no other fact names; the topology is trusted with none of this (the test replays the same
 * changes on plain sessions and counts any refusal as a dead letter).
 */
final class RandomChanges {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DEAL_SECTIONS = List.of("investments", "supplyDeals");

  private final Random random;
  private final Map<String, Map<String, Map.Entry<String, JsonNode>>> held = new LinkedHashMap<>();
  private final Map<String, Map<String, Map.Entry<String, JsonNode>>> retracted = new LinkedHashMap<>();
  private final Set<String> allIds = new HashSet<>();
  private int fresh;

  RandomChanges(long seed, List<String> universes, List<FactChanges.Change> start) throws IOException {
    random = new Random(seed);
    for (String universe : universes) {
      Map<String, Map.Entry<String, JsonNode>> facts = new LinkedHashMap<>();
      for (FactChanges.Change change : start) {
        Map.Entry<String, JsonNode> fact = FactChanges.parse(change.json());
        String id = FactChanges.idOf(fact.getKey(), fact.getValue());
        facts.put(id, fact);
        allIds.add(id);
      }
      held.put(universe, facts);
      retracted.put(universe, new LinkedHashMap<>());
    }
  }

  List<FactChanges.Change> next(int count) {
    List<FactChanges.Change> changes = new ArrayList<>();
    List<String> universes = List.copyOf(held.keySet());
    while (changes.size() < count) {
      String universe = universes.get(random.nextInt(universes.size()));
      FactChanges.Change change = switch (random.nextInt(5)) {
        case 0, 1 -> changeAmount(universe);
        case 2 -> retractDeal(universe);
        case 3 -> sendAgain(universe);
        default -> newDeal(universe);
      };
      if (change != null) {
        changes.add(change);
      }
    }
    return changes;
  }

  private FactChanges.Change changeAmount(String universe) {
    List<Map.Entry<String, JsonNode>> priced = held.get(universe).values().stream()
        .filter(f -> DEAL_SECTIONS.contains(f.getKey()) && f.getValue().has("amountUsd")).toList();
    if (priced.isEmpty()) {
      return null;
    }
    Map.Entry<String, JsonNode> fact = priced.get(random.nextInt(priced.size()));
    ObjectNode changed = fact.getValue().deepCopy();
    long amount = changed.path("amountUsd").asLong();
    changed.put("amountUsd", Math.max(1_000_000L, (long) (amount * (0.25 + 1.75 * random.nextDouble()))));
    return put(universe, fact.getKey(), changed);
  }

  private FactChanges.Change retractDeal(String universe) {
    Map<String, Map.Entry<String, JsonNode>> facts = held.get(universe);
    List<String> free = facts.entrySet().stream()
        .filter(e -> DEAL_SECTIONS.contains(e.getValue().getKey()))
        .map(Map.Entry::getKey)
        .filter(id -> facts.entrySet().stream().noneMatch(o -> !o.getKey().equals(id) && names(o.getValue().getValue(), id)))
        .toList();
    if (free.isEmpty()) {
      return null;
    }
    String id = free.get(random.nextInt(free.size()));
    retracted.get(universe).put(id, facts.remove(id));
    return new FactChanges.Change(universe + "/" + id, null);
  }

  private FactChanges.Change sendAgain(String universe) {
    Map<String, Map.Entry<String, JsonNode>> facts = held.get(universe);
    List<Map.Entry<String, JsonNode>> ready = retracted.get(universe).values().stream()
        .filter(f -> allIds.stream()
            .filter(id -> !id.equals(FactChanges.idOf(f.getKey(), f.getValue())) && names(f.getValue(), id))
            .allMatch(facts::containsKey))
        .toList();
    if (ready.isEmpty()) {
      return null;
    }
    Map.Entry<String, JsonNode> fact = ready.get(random.nextInt(ready.size()));
    retracted.get(universe).remove(FactChanges.idOf(fact.getKey(), fact.getValue()));
    return put(universe, fact.getKey(), fact.getValue());
  }

  private FactChanges.Change newDeal(String universe) {
    List<String> companies = held.get(universe).entrySet().stream()
        .filter(e -> e.getValue().getKey().equals("companies")).map(Map.Entry::getKey).toList();
    String from = companies.get(random.nextInt(companies.size()));
    String to = companies.get(random.nextInt(companies.size()));
    if (from.equals(to)) {
      return null;
    }
    String day = "2025-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
    ObjectNode deal = JSON.createObjectNode();
    boolean investment = random.nextBoolean();
    deal.put("id", "random-" + (++fresh));
    deal.put(investment ? "investor" : "buyer", from);
    deal.put(investment ? "investee" : "supplier", to);
    if (investment) {
      deal.put("instrument", "equity");
    } else {
      deal.put("product", random.nextBoolean() ? "gpu" : "cloud");
    }
    deal.put("amountUsd", 1_000_000_000L * (1 + random.nextInt(50)));
    deal.put("status", random.nextBoolean() ? "signed" : "reported");
    deal.put("announced", day);
    deal.putArray("sources").addObject().put("publisher", "Loopwatch test").put("date", day);
    allIds.add(deal.get("id").asText());
    return put(universe, investment ? "investments" : "supplyDeals", deal);
  }

  private FactChanges.Change put(String universe, String section, JsonNode fact) {
    String id = FactChanges.idOf(section, fact);
    held.get(universe).put(id, Map.entry(section, fact));
    return new FactChanges.Change(universe + "/" + id, FactChanges.document(section, fact));
  }

  /** Whether a fact names {@code id} in one of its fields: a string value equal to it. */
  private static boolean names(JsonNode fact, String id) {
    if (fact.isTextual()) {
      return fact.asText().equals(id);
    }
    for (JsonNode child : fact) {
      if (names(child, id)) {
        return true;
      }
    }
    return false;
  }
}
