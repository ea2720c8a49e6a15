package io.loopwatch.rules;

import io.loopwatch.facts.Fact;
import io.loopwatch.loops.Loop;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Facts a rule collected ({@code from collect}) come in the order the rule engine holds them, which
 * in a live session depends on the order they arrived. Evidence lists them by id instead, so an
 * alert reads the same however its facts came in.
 */
final class EvidenceOrder {

  private EvidenceOrder() {}

  static List<?> sorted(Collection<?> collected) {
    return collected.stream().sorted(Comparator.comparing(EvidenceOrder::id)).toList();
  }

  private static String id(Object fact) {
    if (fact instanceof Fact f) {
      return f.id();
    } else if (fact instanceof Loop loop) {
      return loop.key();
    }
    return String.valueOf(fact);
  }
}
