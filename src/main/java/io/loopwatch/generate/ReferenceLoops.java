package io.loopwatch.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The reference answer: every simple cycle of 2 to {@code maxLength} companies over the live,
 * non-superseded deals, each once, as company indices rotated to start at the smallest.
 *
 * <p>It shares nothing with {@link io.loopwatch.loops.LoopFinder} but the definition of a link: it
 * reads the generator's own deals (not the loaded {@link io.loopwatch.facts.FactSet}), builds its
 * own successor lists, and enumerates by the plainest search that is still fast enough for a million
 * companies: from each company {@code s}, every simple path of up to {@code maxLength} companies
 * through companies numbered above {@code s}, each closed into a loop wherever its last company pays
 * {@code s}. A loop is thus found once, from its smallest member. There is no pruning (LoopFinder
 * prunes with distances back to the start) and no shared state between starts, so it is easy to
 * check by eye. A bug in the loader, in LoopFinder's link filter or in either search would make the
 * two disagree, and the recall tests fail.
 *
 * <p>It replaced JGraphT's Hawick–James search, which gave the same loops but cleared state for
 * every company before starting from it, so its cost grew with the square of the companies.
 */
final class ReferenceLoops {

  private ReferenceLoops() {}

  /** Every loop among {@code companies} companies through the deals that are links, in a stable order. */
  static List<int[]> find(int companies, List<SyntheticDeal> deals, int maxLength) {
    int[][] successors = successors(companies, deals);
    List<int[]> loops = new ArrayList<>();
    int[] path = new int[maxLength];
    for (int start = 0; start < companies; start++) {
      path[0] = start;
      extend(successors, path, 1, loops);
    }
    loops.sort(Arrays::compare);
    return loops;
  }

  /**
   * Records a loop if the path's last company pays its first, then tries each longer path. Every
   * company after the first is numbered above it and appears once, so each loop is found once.
   */
  private static void extend(int[][] successors, int[] path, int length, List<int[]> loops) {
    int start = path[0];
    int[] next = successors[path[length - 1]];
    if (length >= 2 && Arrays.binarySearch(next, start) >= 0) {
      loops.add(Arrays.copyOf(path, length));
    }
    if (length == path.length) {
      return;
    }
    for (int company : next) {
      if (company > start && !contains(path, length, company)) {
        path[length] = company;
        extend(successors, path, length + 1, loops);
      }
    }
  }

  private static boolean contains(int[] path, int length, int company) {
    for (int i = 0; i < length; i++) {
      if (path[i] == company) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each company's payees through links, sorted and without repeats (parallel deals make one link).
   * A link is a live deal that no live deal supersedes (a cancelled re-cut replaces nothing),
   * between two different companies.
   */
  private static int[][] successors(int companies, List<SyntheticDeal> deals) {
    BitSet superseded = new BitSet(deals.size());
    for (SyntheticDeal deal : deals) {
      if (deal.isLive() && deal.supersedes() >= 0) {
        superseded.set(deal.supersedes());
      }
    }
    int[] counts = new int[companies];
    for (SyntheticDeal deal : deals) {
      if (isLink(deal, superseded)) {
        counts[deal.from()]++;
      }
    }
    int[][] successors = new int[companies][];
    for (int c = 0; c < companies; c++) {
      successors[c] = new int[counts[c]];
      counts[c] = 0;
    }
    for (SyntheticDeal deal : deals) {
      if (isLink(deal, superseded)) {
        successors[deal.from()][counts[deal.from()]++] = deal.to();
      }
    }
    for (int c = 0; c < companies; c++) {
      successors[c] = distinctSorted(successors[c]);
    }
    return successors;
  }

  private static boolean isLink(SyntheticDeal deal, BitSet superseded) {
    return deal.isLive() && !superseded.get(deal.serial()) && deal.from() != deal.to();
  }

  private static int[] distinctSorted(int[] values) {
    Arrays.sort(values);
    int kept = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[kept++] = values[i];
      }
    }
    return kept == values.length ? values : Arrays.copyOf(values, kept);
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
