package io.loopwatch.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The reference answer: every simple cycle of 2 to {@code maxLength} companies over the live,
 * non-superseded deals, each once, as company indices rotated to start at the smallest.
 *
 * <p>It shares nothing with {@link io.loopwatch.loops.LoopFinder} but the definition of a link: it
 * reads the generator's own deals (not the loaded {@link io.loopwatch.facts.FactSet}), builds a
 * JGraphT graph (not integer adjacency arrays), and enumerates with JGraphT's Hawick–James search
 * with a path limit (not LoopFinder's pruned depth-first search). A bug in the loader, in
 * LoopFinder's link filter or in either search would make the two disagree, and the recall tests
 * fail. Hawick–James is much slower on large networks; the generator runs once per data set.
 */
final class ReferenceLoops {

  private ReferenceLoops() {}

  /** Every loop among {@code companies} companies through the deals that are links, in a stable order. */
  static List<int[]> find(int companies, List<SyntheticDeal> deals, int maxLength) {
    Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int c = 0; c < companies; c++) {
      graph.addVertex(c);
    }
    for (SyntheticDeal link : links(deals)) {
      graph.addEdge(link.from(), link.to());
    }
    HawickJamesSimpleCycles<Integer, DefaultEdge> search = new HawickJamesSimpleCycles<>(graph);
    search.setPathLimit(maxLength);
    List<int[]> loops = new ArrayList<>();
    search.findSimpleCycles(cycle -> {
      if (cycle.size() >= 2 && cycle.size() <= maxLength) {
        loops.add(rotateToSmallest(cycle.stream().mapToInt(Integer::intValue).toArray()));
      }
    });
    loops.sort(ReferenceLoops::compare);
    return loops;
  }

  /**
   * A link is a live deal that no live deal supersedes (a cancelled re-cut replaces nothing),
   * between two different companies. Parallel deals make one graph edge.
   */
  private static List<SyntheticDeal> links(List<SyntheticDeal> deals) {
    Set<Integer> superseded = new HashSet<>();
    for (SyntheticDeal deal : deals) {
      if (deal.isLive() && deal.supersedes() >= 0) {
        superseded.add(deal.supersedes());
      }
    }
    return deals.stream()
        .filter(d -> d.isLive() && !superseded.contains(d.serial()) && d.from() != d.to())
        .sorted(Comparator.comparingInt(SyntheticDeal::from).thenComparingInt(SyntheticDeal::to))
        .toList();
  }

  /** By smallest company, then company by company: the order the ground truth file lists loops in. */
  private static int compare(int[] a, int[] b) {
    return Arrays.compare(a, b);
  }

  /** The loop's companies rotated to start at the smallest index (the smallest id). */
  static int[] rotateToSmallest(int[] loop) {
    int start = 0;
    for (int i = 1; i < loop.length; i++) {
      if (loop[i] < loop[start]) {
        start = i;
      }
    }
    int[] rotated = new int[loop.length];
    for (int i = 0; i < loop.length; i++) {
      rotated[i] = loop[(start + i) % loop.length];
    }
    return rotated;
  }
}
