package io.loopwatch.loops;

import io.loopwatch.facts.Supersession;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds every money loop up to a maximum length. Companies are vertices; each live deal is an edge
 * in the direction money flows. Cancelled deals, and deals replaced by a later one ({@code
 * supersedes}), are not links.
 *
 * <p>Companies are numbered in id order, so a cycle that {@link BoundedCycleSearch} rotates to its
 * smallest number is already rotated to its smallest id, as {@link Loop#key()} wants.
 */
public final class LoopFinder {

  /**
   * Long enough for vendor → lab → cloud → vendor with one more intermediary; on real networks
   * longer loops multiply quickly and carry little money (their smallest link is small).
   */
  public static final int DEFAULT_MAX_LENGTH = 4;

  private final int maxLength;

  public LoopFinder(int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
    }
    this.maxLength = maxLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** Every loop of 2 to {@link #maxLength()} companies, ordered by key. */
  public List<Loop> find(FactSet facts) {
    List<LoopEdge> edges = moneyEdges(facts);
    // Number the companies as they come, then renumber them in id order.
    Map<String, Integer> arrival = new HashMap<>();
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    for (int i = 0; i < edges.size(); i++) {
      from[i] = arrival.computeIfAbsent(edges.get(i).from(), id -> arrival.size());
      to[i] = arrival.computeIfAbsent(edges.get(i).to(), id -> arrival.size());
    }
    String[] companies = arrival.keySet().toArray(String[]::new);
    Arrays.sort(companies);
    int[] rank = new int[companies.length];
    for (int i = 0; i < companies.length; i++) {
      rank[arrival.get(companies[i])] = i;
    }
    for (int i = 0; i < edges.size(); i++) {
      from[i] = rank[from[i]];
      to[i] = rank[to[i]];
    }
    Links links = Links.of(edges, from, to);

    List<Loop> loops = new ArrayList<>();
    for (int[] cycle : new BoundedCycleSearch(companies.length, links.pairs(), maxLength).cycles()) {
      loops.add(toLoop(cycle, companies, links));
    }
    loops.sort(Comparator.comparing(Loop::key));
    return List.copyOf(loops);
  }

  /** The deals that are links, in the direction money flows, without self-links. */
  private static List<LoopEdge> moneyEdges(FactSet facts) {
    Set<String> superseded = Supersession.replaced(facts);
    return Stream.concat(
            facts.investments().stream().filter(Investment::isLive).map(LoopEdge::of),
            facts.supplyDeals().stream().filter(SupplyDeal::isLive).map(LoopEdge::of))
        .filter(edge -> !superseded.contains(edge.factId()))
        .filter(edge -> !edge.from().equals(edge.to()))
        .toList();
  }

  private static Loop toLoop(int[] cycle, String[] companies, Links links) {
    List<String> members = new ArrayList<>(cycle.length);
    List<LoopLink> path = new ArrayList<>(cycle.length);
    for (int i = 0; i < cycle.length; i++) {
      int from = cycle[i];
      int to = cycle[(i + 1) % cycle.length];
      members.add(companies[from]);
      List<LoopEdge> parallel = links.edges(from, to).stream()
          .sorted(Comparator.comparing(LoopEdge::factId))
          .toList();
      path.add(new LoopLink(companies[from], companies[to], parallel));
    }
    return new Loop(members, path);
  }
}
