package io.loopwatch.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reference answer: every simple cycle of 2 to {@code maxLength} companies over the live,
 * non-superseded deals, each once, as company indices rotated to start at the smallest.
 *
 * <p>Bounded depth-first search with canonical starts: from each company {@code s} in increasing
 * order, paths only extend to companies greater than {@code s}, so a cycle is found exactly once,
 * from its smallest member, already rotated. Before searching from {@code s}, a breadth-first search
 * backwards from {@code s} (over companies greater than {@code s}, at most {@code maxLength - 1}
 * steps) gives each company's distance back to {@code s}; the forward search never enters a company
 * that cannot close the cycle within the length left. That distance is a lower bound, so the
 * pruning loses no cycle, and it keeps the work close to the number of cycles on networks with hubs.
 *
 * <p>It shares nothing with {@link io.loopwatch.loops.LoopFinder} but the definition of a link: it
 * reads the generator's own deals (not the loaded {@link io.loopwatch.facts.FactSet}), builds its own
 * integer adjacency arrays (not a JGraphT graph), and enumerates by another algorithm (not Hawick and
 * James). A bug in the loader, in LoopFinder's link filter or in JGraphT's bounded search would make
 * the two disagree, and the recall tests fail.
 */
final class ReferenceLoops {

  private final int maxLength;
  private final int[] outStart;
  private final int[] outTo;
  private final int[] inStart;
  private final int[] inFrom;

  private ReferenceLoops(int vertices, long[] pairs, int maxLength) {
    this.maxLength = maxLength;
    int edges = pairs.length;
    int[] from = new int[edges];
    int[] to = new int[edges];
    for (int e = 0; e < edges; e++) {
      from[e] = (int) (pairs[e] >>> 32);
      to[e] = (int) pairs[e];
    }
    // pairs are sorted by (from, to), so each out-list is sorted; in-lists are filled in the same
    // order, so each is sorted by from.
    outStart = new int[vertices + 1];
    inStart = new int[vertices + 1];
    for (int e = 0; e < edges; e++) {
      outStart[from[e] + 1]++;
      inStart[to[e] + 1]++;
    }
    for (int v = 0; v < vertices; v++) {
      outStart[v + 1] += outStart[v];
      inStart[v + 1] += inStart[v];
    }
    outTo = to;
    inFrom = new int[edges];
    int[] fill = Arrays.copyOf(inStart, vertices);
    for (int e = 0; e < edges; e++) {
      inFrom[fill[to[e]]++] = from[e];
    }
  }

  /** Every loop among {@code companies} companies through the deals that are links. */
  static List<int[]> find(int companies, List<SyntheticDeal> deals, int maxLength) {
    return new ReferenceLoops(companies, links(deals), maxLength).all(companies);
  }

  /**
   * (from, to) of each pair of companies with at least one link, sorted and without repeats. A link is
   * a live deal that no live deal supersedes (a cancelled re-cut replaces nothing), between two
   * different companies.
   */
  private static long[] links(List<SyntheticDeal> deals) {
    Set<Integer> superseded = new HashSet<>();
    for (SyntheticDeal deal : deals) {
      if (deal.isLive() && deal.supersedes() >= 0) {
        superseded.add(deal.supersedes());
      }
    }
    long[] pairs = deals.stream()
        .filter(d -> d.isLive() && !superseded.contains(d.serial()) && d.from() != d.to())
        .mapToLong(d -> ((long) d.from() << 32) | d.to())
        .sorted()
        .distinct()
        .toArray();
    return pairs;
  }

  private List<int[]> all(int vertices) {
    List<int[]> loops = new ArrayList<>();
    int[] distance = new int[vertices];
    int[] stamp = new int[vertices];
    int[] queue = new int[vertices];
    int[] path = new int[maxLength];
    for (int s = 0; s < vertices; s++) {
      if (firstAbove(outTo, outStart[s], outStart[s + 1], s) == outStart[s + 1]
          || firstAbove(inFrom, inStart[s], inStart[s + 1], s) == inStart[s + 1]) {
        continue; // no way out to, or back from, a greater company
      }
      distancesBack(s, distance, stamp, queue);
      path[0] = s;
      extend(s, path, 1, distance, stamp, loops);
    }
    return loops;
  }

  /** Breadth-first over in-links from s, through companies greater than s, up to maxLength - 1 steps. */
  private void distancesBack(int s, int[] distance, int[] stamp, int[] queue) {
    int mark = s + 1;
    stamp[s] = mark;
    distance[s] = 0;
    int head = 0;
    int tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      int v = queue[head++];
      if (distance[v] == maxLength - 1) {
        continue;
      }
      for (int i = firstAbove(inFrom, inStart[v], inStart[v + 1], s); i < inStart[v + 1]; i++) {
        int u = inFrom[i];
        if (stamp[u] != mark) {
          stamp[u] = mark;
          distance[u] = distance[v] + 1;
          queue[tail++] = u;
        }
      }
    }
  }

  /** Extends a path of {@code length} companies starting at s; records each return to s. */
  private void extend(int s, int[] path, int length, int[] distance, int[] stamp, List<int[]> loops) {
    int last = path[length - 1];
    int mark = s + 1;
    for (int i = firstAtLeast(outTo, outStart[last], outStart[last + 1], s); i < outStart[last + 1]; i++) {
      int next = outTo[i];
      if (next == s) {
        if (length >= 2) {
          loops.add(Arrays.copyOf(path, length));
        }
        continue;
      }
      if (length == maxLength) {
        break; // the list is sorted and s came first: nothing further closes a loop
      }
      // Closing from next takes distance[next] more links; the loop would have length + distance[next].
      if (stamp[next] != mark || length + distance[next] > maxLength || onPath(path, length, next)) {
        continue;
      }
      path[length] = next;
      extend(s, path, length + 1, distance, stamp, loops);
    }
  }

  private static boolean onPath(int[] path, int length, int vertex) {
    for (int i = 1; i < length; i++) {
      if (path[i] == vertex) {
        return true;
      }
    }
    return false;
  }

  /** The first index in the sorted range [from, to) whose value is at least {@code value}. */
  private static int firstAtLeast(int[] values, int from, int to, int value) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int firstAbove(int[] values, int from, int to, int value) {
    return firstAtLeast(values, from, to, value + 1);
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
