package io.loopwatch.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link Labeled} enum's labels, worked out once per enum: loading a million facts parses a
 * label in almost every one of them, and lowercasing every constant's name each time showed up in
 * profiles.
 */
record LabelTable(Map<String, Object> byLabel, String choices) {

  private static final ClassValue<LabelTable> TABLES = new ClassValue<>() {
    @Override
    protected LabelTable computeValue(Class<?> type) {
      Map<String, Object> byLabel = new LinkedHashMap<>();
      List<String> labels = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        String label = ((Labeled) constant).label();
        labels.add(label);
        // The first constant wins, as a search through the constants in order would find it.
        byLabel.putIfAbsent(label, constant);
      }
      String choices = String.join(", ", labels);
      return new LabelTable(Map.copyOf(byLabel), choices);
    }
  };

  static LabelTable of(Class<? extends Labeled> type) {
    return TABLES.get(type);
  }
}
