package io.loopwatch.loops;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.invest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.testing.Facts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopFinderTest {

  private final LoopFinder finder = new LoopFinder(5);

  @ParameterizedTest(name = "a ring of {0} companies is one loop")
  @ValueSource(ints = {2, 3, 4, 5})
  void findsRingOfEveryLengthUpToTheLimit(int length) {
    FactSet facts = ring(length, "c");

    List<Loop> loops = finder.find(facts);

    assertThat(loops).singleElement().satisfies(loop -> {
      assertThat(loop.length()).isEqualTo(length);
      assertThat(loop.companies()).first().isEqualTo("c0");
      assertThat(loop.links()).allSatisfy(link -> assertThat(link.edges()).hasSize(1));
    });
  }

  @Test
  void ignoresLoopsLongerThanTheLimitButFindsThemWhenTheLimitAllows() {
    FactSet sixRing = ring(6, "c");

    assertThat(new LoopFinder(5).find(sixRing)).isEmpty();
    assertThat(new LoopFinder(6).find(sixRing)).singleElement().extracting(Loop::length).isEqualTo(6);
  }

  @Test
  void followsMoneyDirectionAlongInvestmentsAndPurchases() {
    // vendor invests in lab, lab buys cloud, cloud buys the vendor's chips: money comes home.
    FactSet facts = FactSet.builder()
        .add(invest("nvidia", "openai", "100"))
        .add(buy("openai", "oracle", "300"))
        .add(buy("oracle", "nvidia", "40"))
        .build();

    Loop loop = finder.find(facts).get(0);

    assertThat(loop.key()).isEqualTo("loop:nvidia>openai>oracle");
    assertThat(loop.path()).isEqualTo("nvidia → openai → oracle → nvidia");
    assertThat(loop.links()).extracting(LoopLink::from, LoopLink::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nvidia", "openai"),
            org.assertj.core.groups.Tuple.tuple("openai", "oracle"),
            org.assertj.core.groups.Tuple.tuple("oracle", "nvidia"));
    assertThat(loop.circulatingUsd()).isEqualByComparingTo("40");
    assertThat(loop.totalUsd()).isEqualByComparingTo("440");
  }

  @Test
  void findsNoLoopWhenMoneyOnlyFlowsOneWay() {
    FactSet facts = FactSet.builder()
        .add(invest("nvidia", "openai", "100"))
        .add(invest("openai", "oracle", "300"))
        .add(buy("nvidia", "oracle", "40"))
        .build();

    assertThat(finder.find(facts)).isEmpty();
  }

  @Test
  void findsEveryLoopWhenLoopsShareCompanies() {
    // Two triangles and a two-party loop, all through "hub".
    FactSet facts = FactSet.builder()
        .add(invest("hub", "a", "1"))
        .add(buy("a", "b", "1"))
        .add(buy("b", "hub", "1"))
        .add(buy("a", "hub", "1"))
        .add(invest("hub", "c", "1"))
        .add(buy("c", "d", "1"))
        .add(buy("d", "hub", "1"))
        .build();

    assertThat(finder.find(facts)).extracting(Loop::key)
        .containsExactly("loop:a>b>hub", "loop:a>hub", "loop:c>d>hub");
  }

  @Test
  void keepsParallelDealsTogetherOnOneLink() {
    Investment warrant = new Investment("amd-warrant", "amd", "openai", new BigDecimal("26"),
        Instrument.WARRANT, DealStatus.SIGNED, Facts.DAY, null, null, null, Facts.SOURCE);
    FactSet facts = FactSet.builder()
        .add(invest("amd", "openai", "10"))
        .add(warrant)
        .add(buy("openai", "amd", "90"))
        .build();

    Loop loop = finder.find(facts).get(0);

    assertThat(loop.linkFrom("amd").edges()).extracting(LoopEdge::factId)
        .containsExactly("amd-invests-openai", "amd-warrant");
    assertThat(loop.linkFrom("amd").amountUsd()).isEqualByComparingTo("36");
  }

  @Test
  void cancelledAndSupersededDealsAreNotLinks() {
    Investment pledge = invest("pledge", "nvidia", "openai", "100", DealStatus.LOI);
    Investment recut = new Investment("recut", "nvidia", "openai", new BigDecimal("20"),
        Instrument.EQUITY, DealStatus.REPORTED, Facts.DAY, null, "pledge", null, Facts.SOURCE);
    FactSet cancelled = FactSet.builder()
        .add(invest("i", "nvidia", "openai", "100", DealStatus.CANCELLED))
        .add(buy("openai", "nvidia", "50"))
        .build();
    FactSet superseded = FactSet.builder().add(pledge).add(recut).add(buy("openai", "nvidia", "50")).build();

    assertThat(finder.find(cancelled)).isEmpty();
    assertThat(finder.find(superseded).get(0).linkFrom("nvidia").edges())
        .extracting(LoopEdge::factId).containsExactly("recut");
  }

  @Test
  void undisclosedAmountsDoNotHideALoop() {
    FactSet facts = FactSet.builder()
        .add(invest("nvidia", "openai", "100"))
        .add(buy("openai-gpus", "openai", "nvidia", Product.GPU, null, DealStatus.LOI))
        .build();

    Loop loop = finder.find(facts).get(0);

    assertThat(loop.undisclosedLinks()).isEqualTo(1);
    assertThat(loop.circulatingUsd()).isEqualByComparingTo("100");
    assertThat(loop.bindingLinks()).isEqualTo(1);
    assertThat(loop.weakestLinkWeight()).isEqualTo(DealStatus.LOI.bindingWeight());
  }

  @Test
  void matchesBruteForceOnRandomGraphs() {
    Random random = new Random(42);
    for (int round = 0; round < 30; round++) {
      FactSet.Builder builder = FactSet.builder();
      int n = 7;
      for (int from = 0; from < n; from++) {
        for (int to = 0; to < n; to++) {
          if (from != to && random.nextDouble() < 0.3) {
            builder.add(buy("d" + from + "-" + to, "n" + from, "n" + to, Product.GPU, "1", DealStatus.SIGNED));
          }
        }
      }
      FactSet facts = builder.build();

      List<String> expected = BruteForceCycles.keys(facts, 5);
      assertThat(finder.find(facts)).extracting(Loop::key).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void rejectsALimitBelowTwo() {
    assertThatThrownBy(() -> new LoopFinder(1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static FactSet ring(int length, String prefix) {
    FactSet.Builder builder = FactSet.builder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      names.add(prefix + i);
    }
    for (int i = 0; i < length; i++) {
      String from = names.get(i);
      String to = names.get((i + 1) % length);
      if (i % 2 == 0) {
        builder.add(invest(from, to, "10"));
      } else {
        builder.add(buy(from, to, "10"));
      }
    }
    return builder.build();
  }
}
