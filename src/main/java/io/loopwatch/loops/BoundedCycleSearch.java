package io.loopwatch.loops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every simple cycle of 2 to {@code maxLength} vertices in a directed graph of integer vertices,
 * each found once, rotated to start at its smallest vertex.
 *
 * <p>Bounded depth-first search with canonical starts: from each vertex {@code s}, paths only
 * extend to vertices greater than {@code s}, so a cycle is found exactly once, from its smallest
 * member. Before searching from {@code s}, a breadth-first search backwards from {@code s} (over
 * vertices greater than {@code s}, at most {@code maxLength - 2} steps) gives each vertex's distance
 * back to {@code s}; a vertex it did not reach is at least {@code maxLength - 1} away. The forward
 * search never enters a vertex that cannot close the cycle within the length left. Distances are
 * lower bounds, so the pruning loses no cycle, and it keeps the work close to the number of cycles
 * even on networks with hubs, where unpruned enumeration (and JGraphT's general-purpose Hawick–James
 * search) walks every bounded path. The backward search stops one step short because the last
 * level is by far the largest and only the first forward step could use it.
 *
 * <p>Searches from different starts share nothing but the (read-only) adjacency arrays, so they run
 * in parallel; each worker owns its scratch arrays.
 */
final class BoundedCycleSearch {

  private final int vertices;
  private final int maxLength;
  private final int[] outStart;
  private final int[] outTo;
  private final int[] inStart;
  private final int[] inFrom;

  /**
   * @param links each {@code (from << 32) | to}, sorted ascending, without repeats or self-links
   */
  BoundedCycleSearch(int vertices, long[] links, int maxLength) {
    this.vertices = vertices;
    this.maxLength = maxLength;
    int edges = links.length;
    outTo = new int[edges];
    outStart = new int[vertices + 1];
    inStart = new int[vertices + 1];
    for (int e = 0; e < edges; e++) {
      int from = (int) (links[e] >>> 32);
      int to = (int) links[e];
      outTo[e] = to;
      outStart[from + 1]++;
      inStart[to + 1]++;
    }
    for (int v = 0; v < vertices; v++) {
      outStart[v + 1] += outStart[v];
      inStart[v + 1] += inStart[v];
    }
    // Links are sorted by (from, to), so each out-list is sorted; in-lists fill in the same order,
    // so each is sorted by from.
    inFrom = new int[edges];
    int[] fill = Arrays.copyOf(inStart, vertices);
    for (int e = 0; e < edges; e++) {
      inFrom[fill[outTo[e]]++] = (int) (links[e] >>> 32);
    }
  }

  /** Every cycle, grouped by smallest vertex in increasing order. */
  List<int[]> cycles() {
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
    return IntStream.range(0, vertices).parallel()
        .mapToObj(s -> workers.get().from(s))
        .flatMap(List::stream)
        .toList();
  }

  /** One thread's search state: distances back to the current start, and the path being extended. */
  private final class Worker {
    private final int[] distance = new int[vertices];
    private final int[] stamp = new int[vertices];
    private final int[] queue = new int[vertices];
    private final int[] path = new int[maxLength];

    List<int[]> from(int s) {
      if (firstAbove(outTo, outStart[s], outStart[s + 1], s) == outStart[s + 1]
          || firstAbove(inFrom, inStart[s], inStart[s + 1], s) == inStart[s + 1]) {
        return List.of(); // no way out to, or back from, a greater vertex
      }
      List<int[]> found = new ArrayList<>();
      distancesBack(s);
      path[0] = s;
      extend(s, 1, found);
      return found;
    }

    /** Breadth-first over in-links from s, through vertices greater than s, up to maxLength - 2 steps. */
    private void distancesBack(int s) {
      int mark = s + 1;
      stamp[s] = mark;
      distance[s] = 0;
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        int v = queue[head++];
        if (distance[v] == maxLength - 2) {
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

    /** Extends the path of {@code length} vertices starting at s; records each return to s. */
    private void extend(int s, int length, List<int[]> found) {
      int last = path[length - 1];
      int mark = s + 1;
      for (int i = firstAtLeast(outTo, outStart[last], outStart[last + 1], s); i < outStart[last + 1]; i++) {
        int next = outTo[i];
        if (next == s) {
          if (length >= 2) {
            found.add(Arrays.copyOf(path, length));
          }
          continue;
        }
        if (length == maxLength) {
          break; // the list is sorted and s came first: nothing further closes a cycle
        }
        // Closing from next takes at least distanceBack(next) more links.
        if (length + distanceBack(next, mark) > maxLength || onPath(length, next)) {
          continue;
        }
        path[length] = next;
        extend(s, length + 1, found);
      }
    }

    private int distanceBack(int vertex, int mark) {
      return stamp[vertex] == mark ? distance[vertex] : maxLength - 1;
    }

    private boolean onPath(int length, int vertex) {
      for (int i = 1; i < length; i++) {
        if (path[i] == vertex) {
          return true;
        }
      }
      return false;
    }
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
}
