package io.loopwatch.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Labeled} labels worked out once per enum: a million deals are parsed and reported by
 * label, and lower-casing a constant's name on every call showed up in profiles.
 */
final class LabelCache {

  /** Label by constant name, per enum (a constant with a body has its own class; its enum's serve). */
  private static final ClassValue<Map<String, String>> LABELS = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> type) {
      return Arrays.stream(enumOf(type).getEnumConstants())
          .collect(Collectors.toUnmodifiableMap(c -> ((Enum<?>) c).name(), c -> kebab(((Enum<?>) c).name())));
    }
  };

  /** Constant by label, per enum. */
  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants())
          .collect(Collectors.toUnmodifiableMap(c -> kebab(((Enum<?>) c).name()), Function.identity()));
    }
  };

  private LabelCache() {}

  static String labelOf(Labeled constant) {
    return LABELS.get(constant.getClass()).get(constant.name());
  }

  /** The constant with this label, or null. */
  static Object constant(Class<?> enumType, String label) {
    return CONSTANTS.get(enumType).get(label);
  }

  private static Class<?> enumOf(Class<?> type) {
    return type.isEnum() ? type : type.getSuperclass();
  }

  private static String kebab(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
