package io.loopwatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceLoopsTest {

  @Test
  void findsEachLoopOnceFromItsSmallestCompany() {
    // 2 -> 0 -> 1 -> 2, and 1 <-> 3
    List<SyntheticDeal> deals = List.of(
        deal(0, 2, 0, DealStatus.SIGNED, -1),
        deal(1, 0, 1, DealStatus.CLOSED, -1),
        deal(2, 1, 2, DealStatus.LOI, -1),
        deal(3, 1, 3, DealStatus.SIGNED, -1),
        deal(4, 3, 1, DealStatus.SIGNED, -1));

    assertThat(keys(ReferenceLoops.find(4, deals, 4))).containsExactly("[0, 1, 2]", "[1, 3]");
  }

  @Test
  void leavesOutLoopsLongerThanTheLimit() {
    List<SyntheticDeal> deals = List.of(
        deal(0, 0, 1, DealStatus.SIGNED, -1),
        deal(1, 1, 2, DealStatus.SIGNED, -1),
        deal(2, 2, 0, DealStatus.SIGNED, -1));

    assertThat(ReferenceLoops.find(3, deals, 2)).isEmpty();
    assertThat(keys(ReferenceLoops.find(3, deals, 3))).containsExactly("[0, 1, 2]");
  }

  @Test
  void aDealSupersededByALiveOneIsNoLinkButOneSupersededByACancelledOneIs() {
    List<SyntheticDeal> deals = new ArrayList<>(List.of(
        deal(0, 0, 1, DealStatus.LOI, -1),
        deal(1, 1, 0, DealStatus.SIGNED, -1),
        deal(2, 0, 1, DealStatus.CANCELLED, 0)));
    assertThat(keys(ReferenceLoops.find(2, deals, 2))).as("cancelled re-cut").containsExactly("[0, 1]");

    deals.set(2, deal(2, 0, 1, DealStatus.SIGNED, 0));
    assertThat(keys(ReferenceLoops.find(2, deals, 2))).as("live re-cut, itself a link").containsExactly("[0, 1]");

    deals.set(2, deal(2, 2, 3, DealStatus.SIGNED, 0));
    assertThat(ReferenceLoops.find(4, deals, 2)).as("live re-cut elsewhere").isEmpty();
  }

  @Test
  void ignoresCancelledDealsSelfDealsAndParallelDeals() {
    List<SyntheticDeal> deals = List.of(
        deal(0, 0, 1, DealStatus.SIGNED, -1),
        deal(1, 0, 1, DealStatus.CLOSED, -1),
        deal(2, 1, 0, DealStatus.SIGNED, -1),
        deal(3, 1, 1, DealStatus.SIGNED, -1),
        deal(4, 1, 2, DealStatus.CANCELLED, -1),
        deal(5, 2, 0, DealStatus.SIGNED, -1));

    assertThat(keys(ReferenceLoops.find(3, deals, 4))).containsExactly("[0, 1]");
  }

  @ParameterizedTest(name = "{0} companies, {1} deals, loops up to {2}, seed {3}")
  @CsvSource({
      "5, 20, 2, 1",
      "6, 20, 3, 2",
      "7, 25, 4, 3",
      "7, 30, 5, 4",
      "8, 30, 4, 5",
      "8, 40, 6, 6",
  })
  void findsWhatABruteForceEnumerationFinds(int companies, int deals, int maxLength, long seed) {
    Random random = new Random(seed);
    int loopsSeen = 0;
    for (int round = 0; round < 40; round++) {
      List<SyntheticDeal> network = randomDeals(companies, deals, random);

      List<String> expected = keys(BruteForce.loops(companies, network, maxLength));
      assertThat(keys(ReferenceLoops.find(companies, network, maxLength)))
          .as("round %d of %s", round, network).containsExactlyElementsOf(expected);
      loopsSeen += expected.size();
    }
    assertThat(loopsSeen).as("loops in all rounds, so that the comparison is not empty").isGreaterThan(40);
  }

  /**
   * Random deals: any status (cancelled included), some from a company to itself, some parallel,
   * and one in five a re-cut of an earlier deal.
   */
  private static List<SyntheticDeal> randomDeals(int companies, int count, Random random) {
    DealStatus[] statuses = DealStatus.values();
    List<SyntheticDeal> deals = new ArrayList<>();
    for (int serial = 0; serial < count; serial++) {
      int supersedes = serial > 0 && random.nextInt(5) == 0 ? random.nextInt(serial) : -1;
      deals.add(deal(serial, random.nextInt(companies), random.nextInt(companies),
          statuses[random.nextInt(statuses.length)], supersedes));
    }
    return deals;
  }

  private static SyntheticDeal deal(int serial, int from, int to, DealStatus status, int supersedes) {
    return new SyntheticDeal(serial, from, to, null, Product.GPU, 1_000_000, null, status, null, null, supersedes,
        0, -1, 0);
  }

  private static List<String> keys(List<int[]> loops) {
    return loops.stream().map(Arrays::toString).toList();
  }

  /**
   * Every sequence of different companies, kept when each pays the next through a link (the last
   * the first) and the first is the smallest; a link checked against every deal, by its definition.
   */
  private static final class BruteForce {

    static List<int[]> loops(int companies, List<SyntheticDeal> deals, int maxLength) {
      List<int[]> loops = new ArrayList<>();
      for (int length = 2; length <= maxLength; length++) {
        sequences(new int[length], 0, companies, deals, loops);
      }
      loops.sort(Arrays::compare);
      return loops;
    }

    private static void sequences(int[] sequence, int filled, int companies, List<SyntheticDeal> deals,
        List<int[]> loops) {
      if (filled == sequence.length) {
        if (isLoop(sequence, deals)) {
          loops.add(sequence.clone());
        }
        return;
      }
      for (int company = 0; company < companies; company++) {
        sequence[filled] = company;
        sequences(sequence, filled + 1, companies, deals, loops);
      }
    }

    private static boolean isLoop(int[] sequence, List<SyntheticDeal> deals) {
      for (int i = 0; i < sequence.length; i++) {
        if (sequence[i] < sequence[0]) {
          return false;
        }
        for (int j = 0; j < i; j++) {
          if (sequence[i] == sequence[j]) {
            return false;
          }
        }
        if (!hasLink(sequence[i], sequence[(i + 1) % sequence.length], deals)) {
          return false;
        }
      }
      return true;
    }

    private static boolean hasLink(int from, int to, List<SyntheticDeal> deals) {
      return deals.stream().anyMatch(d -> d.from() == from && d.to() == to && d.isLive()
          && deals.stream().noneMatch(e -> e.isLive() && e.supersedes() == d.serial()));
    }
  }
}
