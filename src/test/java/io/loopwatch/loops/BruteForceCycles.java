package io.loopwatch.loops;

import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** An obviously correct (and slow) reference: depth-first search from each start vertex. */
final class BruteForceCycles {

  private BruteForceCycles() {}

  static List<String> keys(FactSet facts, int maxLength) {
    Map<String, Set<String>> next = new TreeMap<>();
    facts.supplyDeals().forEach(d -> next.computeIfAbsent(d.buyer(), k -> new TreeSet<>()).add(d.supplier()));
    facts.investments().forEach(i -> next.computeIfAbsent(i.investor(), k -> new TreeSet<>()).add(i.investee()));
    Set<String> keys = new TreeSet<>();
    for (String start : next.keySet()) {
      walk(start, new ArrayList<>(List.of(start)), next, maxLength, keys);
    }
    return new ArrayList<>(keys);
  }

  private static void walk(String start, List<String> path, Map<String, Set<String>> next, int max, Set<String> keys) {
    for (String to : next.getOrDefault(path.get(path.size() - 1), Set.of())) {
      if (to.equals(start) && path.size() >= 2) {
        // only record the rotation that starts at the smallest id
        if (path.stream().allMatch(v -> v.compareTo(start) >= 0)) {
          keys.add("loop:" + String.join(">", path));
        }
      } else if (!path.contains(to) && path.size() < max) {
        path.add(to);
        walk(start, path, next, max, keys);
        path.remove(path.size() - 1);
      }
    }
  }
}
