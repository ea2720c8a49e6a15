package io.loopwatch.loops;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds every money loop up to a maximum length. Companies are vertices; each live deal is an edge
 * in the direction money flows. Cancelled deals, and deals replaced by a later one ({@code
 * supersedes}), are not links.
 *
 * <p>Enumeration is bounded simple-cycle search (Hawick and James, with a path limit) from JGraphT,
 * the bounded counterpart of Johnson's algorithm that anti-money-laundering systems use on
 * transaction graphs.
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
    Map<List<String>, List<LoopEdge>> edgesByPair = moneyEdges(facts);
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    edgesByPair.keySet().forEach(pair -> {
      graph.addVertex(pair.get(0));
      graph.addVertex(pair.get(1));
      graph.addEdge(pair.get(0), pair.get(1));
    });

    HawickJamesSimpleCycles<String, DefaultEdge> cycles = new HawickJamesSimpleCycles<>(graph);
    cycles.setPathLimit(maxLength);
    List<Loop> loops = new ArrayList<>();
    cycles.findSimpleCycles(cycle -> {
      if (cycle.size() >= 2 && cycle.size() <= maxLength) {
        loops.add(toLoop(rotateToSmallest(cycle), edgesByPair));
      }
    });
    loops.sort(Comparator.comparing(Loop::key));
    return List.copyOf(loops);
  }

  private static Map<List<String>, List<LoopEdge>> moneyEdges(FactSet facts) {
    Set<String> superseded = new HashSet<>();
    Stream.concat(
            facts.investments().stream().filter(Investment::isLive).map(Investment::supersedes),
            facts.supplyDeals().stream().filter(SupplyDeal::isLive).map(SupplyDeal::supersedes))
        .filter(id -> id != null)
        .forEach(superseded::add);

    Map<List<String>, List<LoopEdge>> byPair = new LinkedHashMap<>();
    Stream.concat(
            facts.investments().stream().filter(Investment::isLive).map(LoopEdge::of),
            facts.supplyDeals().stream().filter(SupplyDeal::isLive).map(LoopEdge::of))
        .filter(edge -> !superseded.contains(edge.factId()))
        .filter(edge -> !edge.from().equals(edge.to()))
        .forEach(edge ->
            byPair.computeIfAbsent(List.of(edge.from(), edge.to()), k -> new ArrayList<>()).add(edge));
    return byPair;
  }

  private static List<String> rotateToSmallest(List<String> cycle) {
    int start = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(start)) < 0) {
        start = i;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.size());
    for (int i = 0; i < cycle.size(); i++) {
      rotated.add(cycle.get((start + i) % cycle.size()));
    }
    return rotated;
  }

  private static Loop toLoop(List<String> companies, Map<List<String>, List<LoopEdge>> edgesByPair) {
    List<LoopLink> links = new ArrayList<>(companies.size());
    for (int i = 0; i < companies.size(); i++) {
      String from = companies.get(i);
      String to = companies.get((i + 1) % companies.size());
      List<LoopEdge> edges = edgesByPair.get(List.of(from, to));
      links.add(new LoopLink(from, to, edges.stream().sorted(Comparator.comparing(LoopEdge::factId)).toList()));
    }
    return new Loop(companies, links);
  }
}
