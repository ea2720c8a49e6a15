package io.loopwatch.loops;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The money edges grouped by the pair of numbered companies they link, in primitive arrays: a
 * million deals would otherwise mean a million boxed keys in a hash map, and {@code Long}'s hash of
 * {@code from << 32 | to} collides for every pair with the same {@code from ^ to}.
 */
final class Links {

  private final long[] pairs;
  private final int[] firstEdge;
  private final LoopEdge[] edges;

  private Links(long[] pairs, int[] firstEdge, LoopEdge[] edges) {
    this.pairs = pairs;
    this.firstEdge = firstEdge;
    this.edges = edges;
  }

  /** The edges, edge {@code i} running from company {@code from[i]} to company {@code to[i]}. */
  static Links of(List<LoopEdge> edges, int[] from, int[] to) {
    record Numbered(long pair, LoopEdge edge) {}
    Numbered[] numbered = new Numbered[edges.size()];
    for (int i = 0; i < numbered.length; i++) {
      numbered[i] = new Numbered(pair(from[i], to[i]), edges.get(i));
    }
    Arrays.sort(numbered, Comparator.comparingLong(Numbered::pair));
    long[] pairs = new long[numbered.length];
    int[] firstEdge = new int[numbered.length + 1];
    int distinct = 0;
    for (int i = 0; i < numbered.length; i++) {
      if (i == 0 || numbered[i].pair() != numbered[i - 1].pair()) {
        pairs[distinct] = numbered[i].pair();
        firstEdge[distinct++] = i;
      }
    }
    firstEdge[distinct] = numbered.length;
    return new Links(Arrays.copyOf(pairs, distinct), Arrays.copyOf(firstEdge, distinct + 1),
        Arrays.stream(numbered).map(Numbered::edge).toArray(LoopEdge[]::new));
  }

  /** Each linked pair as {@code from << 32 | to}, sorted, once. */
  long[] pairs() {
    return pairs;
  }

  /** The deals from one company to the other; empty when they are not linked. */
  List<LoopEdge> edges(int from, int to) {
    int at = Arrays.binarySearch(pairs, pair(from, to));
    return at < 0 ? List.of() : Arrays.asList(edges).subList(firstEdge[at], firstEdge[at + 1]);
  }

  private static long pair(int from, int to) {
    return ((long) from << 32) | to;
  }
}
