package io.loopwatch.derived;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.Facts.replacement;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {

  private static final LoopFinder LOOPS = new LoopFinder(LoopFinder.DEFAULT_MAX_LENGTH);

  @Test
  void aLiveDealThatReplacesAnotherTakesItOutOfForceWhicheverArrivesFirst() {
    Investment pledge = invest("pledge", "nvidia", "openai", "100e9", DealStatus.LOI);
    Investment signed = replacement("signed", "pledge", "nvidia", "openai", "20e9", DealStatus.SIGNED);
    for (List<Fact> order : List.of(List.<Fact>of(pledge, signed), List.<Fact>of(signed, pledge))) {
      List<Derived> derived = DerivedFacts.of(withTrade(order), List.of());

      assertThat(derived).filteredOn(Superseded.class::isInstance).singleElement()
          .isEqualTo(new Superseded("pledge", signed, pledge));
      assertThat(derived).filteredOn(FundedCustomer.class::isInstance).singleElement()
          .satisfies(funded -> assertThat(((FundedCustomer) funded).stake().investments()).containsExactly(signed));
    }
  }

  @Test
  void aCancelledReplacementLeavesTheOriginalInForce() {
    Investment pledge = invest("pledge", "nvidia", "openai", "100e9", DealStatus.LOI);
    Investment cancelled = replacement("signed", "pledge", "nvidia", "openai", "20e9", DealStatus.CANCELLED);

    List<Derived> derived = DerivedFacts.of(withTrade(List.of(pledge, cancelled)), List.of());

    assertThat(derived).noneMatch(Superseded.class::isInstance);
    assertThat(derived).filteredOn(CustomerFunding.class::isInstance).singleElement()
        .satisfies(funding -> assertThat(((CustomerFunding) funding).investments()).containsExactly(pledge));
  }

  @Test
  void spendAndSalesGroupTheDealsInForceBySupplierAndBuyer() {
    List<Derived> derived = DerivedFacts.of(List.of(company("openai", Role.AI_LAB), company("nvidia", Role.CHIP_VENDOR),
        company("amd", Role.CHIP_VENDOR), buy("openai", "nvidia", "10e9"), buy("openai", "amd", "6e9")), List.of());

    Spend spend = (Spend) derived.stream().filter(d -> d.key().equals("spend:openai")).findFirst().orElseThrow();
    assertThat(spend.bySupplier()).extracting(Purchases::supplier).containsExactly("amd", "nvidia");
    assertThat(spend.bindingUsd()).isEqualByComparingTo("16e9");
    assertThat(derived).extracting(Derived::key).contains("sales:nvidia", "sales:amd").doesNotContain("spend:nvidia");
  }

  @Test
  void aChipHubsMembersAreTheCompaniesOnItsLoopsWithoutItself() {
    List<Fact> facts = List.of(company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB),
        company("oracle", Role.CLOUD_PROVIDER), company("amd", Role.CHIP_VENDOR),
        invest("nvidia", "openai", "20e9"), buy("openai-oracle", "openai", "oracle", Product.CLOUD, "300e9",
            DealStatus.SIGNED), buy("oracle", "nvidia", "40e9"), buy("openai", "amd", "1e9"));
    FactSet.Builder set = FactSet.builder();
    facts.forEach(set::addFact);

    List<Derived> derived = DerivedFacts.of(facts, LOOPS.find(set.build()));

    assertThat(derived).filteredOn(ChipHubMembers.class::isInstance).singleElement().satisfies(members -> {
      assertThat(((ChipHubMembers) members).hub()).isEqualTo("nvidia");
      assertThat(((ChipHubMembers) members).companies()).extracting(c -> c.id()).containsExactly("openai", "oracle");
    });
  }

  @Test
  void fundedCustomersAreGroupedByTheirUltimateParent() {
    Company alibaba = company("alibaba", Role.HYPERSCALER);
    Company cloud = new Company("alibaba-cloud", "Alibaba Cloud", List.of(Role.CLOUD_PROVIDER), "CN", "alibaba",
        List.of());
    Company tHead = new Company("t-head", "T-Head", List.of(Role.CHIP_VENDOR), "CN", "alibaba-cloud", List.of());
    List<Derived> derived = DerivedFacts.of(List.of(company("nvidia", Role.CHIP_VENDOR), alibaba, cloud, tHead,
        company("openai", Role.AI_LAB), invest("nvidia", "t-head", "1e9"), invest("nvidia", "openai", "1e9"),
        buy("t-head", "nvidia", "4e9"), buy("alibaba", "nvidia", "2e9"), buy("openai", "nvidia", "3e9")), List.of());

    assertThat(derived).filteredOn(CustomerGroup.class::isInstance).map(CustomerGroup.class::cast)
        .satisfiesExactly(group -> {
          assertThat(group.key()).isEqualTo("customer-group:nvidia>alibaba");
          assertThat(group.members()).containsExactly("alibaba", "t-head");
          assertThat(group.fundedMembers()).containsExactly("t-head");
          assertThat(group.disclosedUsd()).isEqualByComparingTo("6e9");
          assertThat(group.isCombined()).isTrue();
        }, group -> {
          assertThat(group.key()).isEqualTo("customer-group:nvidia>openai");
          assertThat(group.members()).containsExactly("openai");
          assertThat(group.isCombined()).isFalse();
        });
  }

  /**
   * Kept up to date change by change, the derived facts always equal those derived from scratch:
   * the bundled facts added in a random order, then half of them removed and added back, a
   * comparison after every step.
   */
  @Test
  void changeByChangeEqualsFromScratch() throws Exception {
    FactSet bundled = FactFiles.load(Path.of("facts"));
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<Fact> facts = new ArrayList<>(bundled.all().toList());
      Collections.shuffle(facts, random);
      Live live = new Live();
      Map<String, Fact> held = new LinkedHashMap<>();
      for (Fact fact : facts) {
        live.add(fact, held);
        assertThat(live.keyed()).as("after adding %s", fact.id()).isEqualTo(fromScratch(held));
      }
      List<Fact> removed = new ArrayList<>(facts.subList(0, facts.size() / 2));
      for (Fact fact : removed) {
        live.remove(fact, held);
        assertThat(live.keyed()).as("after removing %s", fact.id()).isEqualTo(fromScratch(held));
      }
      for (Fact fact : removed) {
        live.add(fact, held);
      }
      assertThat(live.keyed()).isEqualTo(fromScratch(held));
    }
  }

  /** A {@link DerivedFacts} fed one change at a time, with its loops brought up to date as a session does. */
  private static final class Live {
    private final DerivedFacts derived = new DerivedFacts();
    private Map<String, Loop> loops = Map.of();

    void add(Fact fact, Map<String, Fact> held) {
      held.put(fact.id(), fact);
      derived.add(fact);
      settle(held);
    }

    void remove(Fact fact, Map<String, Fact> held) {
      held.remove(fact.id());
      derived.remove(fact);
      settle(held);
    }

    private void settle(Map<String, Fact> held) {
      Map<String, Loop> now = loopsOf(held);
      Set<String> keys = new java.util.TreeSet<>(loops.keySet());
      keys.addAll(now.keySet());
      keys.forEach(key -> {
        if (!java.util.Objects.equals(loops.get(key), now.get(key))) {
          derived.loopChanged(loops.get(key), now.get(key));
        }
      });
      loops = now;
      derived.settle();
    }

    Map<String, Derived> keyed() {
      Map<String, Derived> keyed = new HashMap<>();
      derived.all().forEach(d -> keyed.put(d.key(), d));
      return keyed;
    }
  }

  private static Map<String, Derived> fromScratch(Map<String, Fact> held) {
    return DerivedFacts.of(held.values(), loopsOf(held).values()).stream()
        .collect(Collectors.toMap(Derived::key, d -> d));
  }

  private static Map<String, Loop> loopsOf(Map<String, Fact> held) {
    FactSet.Builder set = FactSet.builder();
    held.values().forEach(set::addFact);
    return LOOPS.find(set.build()).stream().collect(Collectors.toMap(Loop::key, loop -> loop));
  }

  private static List<Fact> withTrade(List<? extends Fact> investments) {
    List<Fact> facts = new ArrayList<>(investments);
    facts.add(buy("openai", "nvidia", "10e9"));
    return facts;
  }
}
