package io.loopwatch.loops;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.testing.Facts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index promises the loops {@link LoopFinder} finds in the same deals after every change:
 * checked on random sequences of inserts, amount and status changes, re-pointed deals,
 * supersessions and retractions among a few companies, so that loops form and break often.
 */
class LoopIndexTest {

  private static final int COMPANIES = 7;
  private static final int CHANGES = 300;

  static Stream<Long> fewSeeds() {
    return LongStream.range(1, 9).boxed();
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 41).boxed();
  }

  @ParameterizedTest(name = "seed {0}, loops of up to {1} companies")
  @MethodSource("seeds")
  void keepsTheLoopsOfABatchSearchThroughRandomChanges(long seed) {
    Random random = new Random(seed);
    int maxLength = 2 + (int) (seed % 4);
    LoopFinder finder = new LoopFinder(maxLength);
    LoopIndex index = new LoopIndex(maxLength);
    Map<String, Fact> deals = new LinkedHashMap<>();
    Set<String> everChanged = new HashSet<>();
    int mostLoops = 0;

    for (int step = 0; step < CHANGES; step++) {
      Set<String> changed;
      int what = random.nextInt(10);
      if (what < 2 && !deals.isEmpty()) {
        String id = pick(deals, random);
        deals.remove(id);
        changed = index.remove(id);
      } else {
        // Reuse an id a third of the time: an update of the deal, possibly to another pair.
        String id = !deals.isEmpty() && what < 5 ? pick(deals, random) : "d" + step;
        Fact deal = randomDeal(id, deals, random);
        deals.put(id, deal);
        changed = index.put(deal);
      }
      everChanged.addAll(changed);

      List<Loop> expected = finder.find(factsOf(deals.values()));
      assertThat(index.loops()).as("seed %d after change %d", seed, step).isEqualTo(expected);
      assertThat(everChanged).as("changed keys reported").containsAll(expected.stream().map(Loop::key).toList());
      mostLoops = Math.max(mostLoops, expected.size());
    }
    assertThat(mostLoops).as("loops formed along the way").isGreaterThan(maxLength);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void aLargeBatchSearchedWholeGivesTheLoopsOfOneByOne(long seed) {
    Random random = new Random(seed);
    int maxLength = 2 + (int) (seed % 3);
    LoopFinder finder = new LoopFinder(maxLength);
    LoopIndex index = new LoopIndex(maxLength);
    Map<String, Fact> deals = new LinkedHashMap<>();

    // Two batches large enough to be searched whole, the second replacing some deals of the first,
    // then single changes on top: every loop must be the one a fresh search finds.
    for (int batch = 0; batch < 2; batch++) {
      List<Fact> facts = new ArrayList<>();
      for (int i = 0; i < 1_200; i++) {
        String id = batch == 1 && i % 3 == 0 ? "b0-" + i : "b" + batch + "-" + i;
        Fact deal = randomDeal(id, deals, random, 500);
        deals.put(id, deal);
        facts.add(deal);
      }
      Set<String> changed = index.putAll(facts);
      List<Loop> expected = finder.find(factsOf(deals.values()));
      assertThat(index.loops()).as("seed %d after batch %d", seed, batch).isEqualTo(expected);
      if (batch == 0) {
        assertThat(changed).as("changed keys reported").containsAll(expected.stream().map(Loop::key).toList());
      }
    }
    for (int step = 0; step < 20; step++) {
      String id = pick(deals, random);
      deals.remove(id);
      index.remove(id);
      assertThat(index.loops()).as("seed %d after removal %d", seed, step).isEqualTo(finder.find(factsOf(deals.values())));
    }
    assertThat(index.loops()).as("loops formed").isNotEmpty();
  }

  private static Fact randomDeal(String id, Map<String, Fact> deals, Random random) {
    return randomDeal(id, deals, random, COMPANIES);
  }

  private static Fact randomDeal(String id, Map<String, Fact> deals, Random random, int companies) {
    String from = "c" + random.nextInt(companies);
    String to = random.nextInt(20) == 0 ? from : "c" + random.nextInt(companies);
    BigDecimal amount = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(50)).movePointRight(9);
    DealStatus status = DealStatus.values()[random.nextInt(DealStatus.values().length)];
    String supersedes = random.nextInt(6) == 0 && !deals.isEmpty() ? pick(deals, random) : null;
    if (id.equals(supersedes)) {
      supersedes = null;
    }
    if (random.nextBoolean()) {
      return new Investment(id, from, to, amount == null ? BigDecimal.ONE : amount, Instrument.EQUITY, status, Facts.DAY,
          null, supersedes, null, Facts.SOURCE);
    }
    Product product = random.nextBoolean() ? Product.GPU : Product.CLOUD;
    return new SupplyDeal(id, from, to, product, amount, null, status, Facts.DAY, null, supersedes, null, Facts.SOURCE);
  }

  private static String pick(Map<String, Fact> deals, Random random) {
    List<String> ids = new ArrayList<>(deals.keySet());
    return ids.get(random.nextInt(ids.size()));
  }

  private static FactSet factsOf(Iterable<Fact> deals) {
    FactSet.Builder facts = FactSet.builder();
    for (Fact deal : deals) {
      if (deal instanceof Investment i) {
        facts.add(i);
      } else {
        facts.add((SupplyDeal) deal);
      }
    }
    return facts.build();
  }
}
