package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds facts that share an identity: ids are one namespace across companies, deals, chips and
 * events, because events and rules refer to any of them by id alone; financials are keyed by
 * company and period.
 */
public final class DuplicateCheck {

  private DuplicateCheck() {}

  public static List<Diagnostic> find(FactSet facts, Positions positions) {
    List<Section.Keyed> withIds = Section.ALL.stream()
        .filter(Section::hasId)
        .flatMap(section -> section.keyed(facts).stream())
        .collect(Collectors.toList());
    List<Diagnostic> found = new ArrayList<>(within(withIds, positions, "duplicate id "));
    found.addAll(within(Section.FINANCIALS.keyed(facts), positions,
        "duplicate financials for the same company and period "));
    return found;
  }

  /**
   * Reports every occurrence after the first. "First" is by position, the order diagnostics are
   * shown in, so that the message never points forward to a place the reader has not reached.
   * Only facts whose key is taken more than once are placed: asking where each of a million facts
   * was written, to find none of them twice, used to be most of the cost of this check.
   */
  private static List<Diagnostic> within(
      List<Section.Keyed> keyed, Positions positions, String what) {
    Map<String, Section.Keyed> firstSeen = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Section.Keyed k : keyed) {
      if (firstSeen.putIfAbsent(k.key(), k) != null) {
        taken.add(k.key());
      }
    }
    if (taken.isEmpty()) {
      return List.of();
    }
    // Placed in the order of the list before sorting, so that ties stay in that order.
    record Placed(Section.Keyed fact, Where where) {}
    List<Placed> placed = keyed.stream()
        .filter(k -> taken.contains(k.key()))
        .map(k -> new Placed(k, positions.of(k.fact(), k.section().keyField())))
        .sorted(Comparator.comparing(Placed::where, Where.ORDER))
        .collect(Collectors.toList());
    Map<String, Placed> first = new HashMap<>();
    List<Diagnostic> found = new ArrayList<>();
    for (Placed p : placed) {
      Placed earlier = first.putIfAbsent(p.fact().key(), p);
      if (earlier != null) {
        Section<?> earlierKind = earlier.fact().section();
        String kind = earlierKind == p.fact().section() ? "" : " (" + earlierKind.aNoun() + ")";
        found.add(p.where().error(what + Messages.quote(p.fact().key())
            + "; first defined at " + earlier.where().describe() + kind));
      }
    }
    return found;
  }
}
