package io.loopwatch.facts;

import java.util.Optional;

/**
 * An enum whose constants are written in fact files as kebab-case labels ({@code TERM_SHEET} is
 * {@code term-sheet}), so that the files read naturally and the Java names stay conventional.
 */
public interface Labeled {

  String name();

  /** The label used in fact files and reports. */
  default String label() {
    return LabelTable.labelOf(this);
  }

  /** The constant with this label, if any. */
  static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String label) {
    return Optional.ofNullable(type.cast(LabelTable.of(type).byLabel().get(label)));
  }

  /** All labels of an enum, comma-separated, for error messages that list the valid choices. */
  static <E extends Enum<E> & Labeled> String choices(Class<E> type) {
    return LabelTable.of(type).choices();
  }
}
