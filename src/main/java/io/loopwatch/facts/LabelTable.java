package io.loopwatch.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@link Labeled} enum's labels, worked out once per enum: loading a million facts parses a
 * label in almost every one of them, and lowercasing every constant's name each time showed up in
 * profiles.
 */
record LabelTable(Map<String, Object> byLabel, Map<String, String> byName, String choices) {

  private static final ClassValue<LabelTable> TABLES = new ClassValue<>() {
    @Override
    protected LabelTable computeValue(Class<?> type) {
      Map<String, Object> byLabel = new LinkedHashMap<>();
      Map<String, String> byName = new LinkedHashMap<>();
      List<String> labels = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        String label = name.toLowerCase(Locale.ROOT).replace('_', '-');
        byName.put(name, label);
        labels.add(label);
        // The first constant wins, as a search through the constants in order would find it.
        byLabel.putIfAbsent(label, constant);
      }
      String choices = String.join(", ", labels);
      return new LabelTable(Map.copyOf(byLabel), Map.copyOf(byName), choices);
    }
  };

  static LabelTable of(Class<? extends Labeled> type) {
    return TABLES.get(type);
  }

  /** A constant's label; reports and explanations ask for one per fact they show. */
  static String labelOf(Labeled constant) {
    // A constant with a body is an instance of a subclass of its enum.
    Class<?> type = constant.getClass().isEnum() ? constant.getClass() : constant.getClass().getSuperclass();
    return TABLES.get(type).byName().get(constant.name());
  }
}
