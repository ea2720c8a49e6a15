package io.loopwatch.reference;

import java.util.List;

/**
 * What the rule reference says of one type a rule may use.
 *
 * @param name as a rule writes it, {@code Tiers.Tier}
 * @param kind {@code record}, {@code enum}, {@code interface} or {@code class}
 * @param isA the Loopwatch types it also is, which a rule may match it as ({@code Deal}, {@code Fact})
 * @param kinds for a sealed type, the types it may be
 * @param fields record components, then static fields
 * @param constants enum constants, with the label fact files and reports write them as (empty if none)
 * @param labeled whether the constants have labels ({@code Labeled} enums)
 */
record TypeEntry(Class<?> type, String name, String kind, String description, List<String> isA, List<String> kinds,
    List<Field> fields, List<Constant> constants, boolean labeled, List<Call> methods) {

  /** @param name a component's name, or {@code Type.NAME} for a static field */
  record Field(String name, String type, String description) {}

  record Constant(String name, String label, String description) {}

  /** @param call {@code isBinding()}, or {@code Names.of(String id)} for a static method */
  record Call(String call, String returns, String description) {}
}
