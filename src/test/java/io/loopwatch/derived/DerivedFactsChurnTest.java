package io.loopwatch.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipAccess;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.facts.Workload;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Adversarial churn on a tiny universe of ids: deals that change kind, pair, status, product,
 * the chips they name and the id they supersede; two replacements of one id; events whose subject
 * moves; chips whose markets change; companies whose country and parent change; several changes
 * settled at once. After every settle the live derived facts equal those derived from scratch.
 */
class DerivedFactsChurnTest {

  private static final LoopFinder LOOPS = new LoopFinder(LoopFinder.DEFAULT_MAX_LENGTH);
  private static final LocalDate DAY = LocalDate.parse("2026-01-15");
  private static final List<Source> SOURCE = List.of(new Source("Wire", DAY, null));
  private static final String[] COMPANIES = {"c0", "c1", "c2", "c3"};
  private static final String[] DEALS = {"d0", "d1", "d2", "d3", "d4", "d5"};

  @Test
  void churnAgreesWithFromScratch() {
    Set<String> exercised = new TreeSet<>();
    for (long seed = 1; seed <= 300; seed++) {
      Random r = new Random(seed);
      DerivedFacts live = new DerivedFacts();
      Map<String, Fact> held = new LinkedHashMap<>();
      Map<String, Loop> loops = new TreeMap<>();
      for (String c : COMPANIES) {
        Company company = company(c, r);
        held.put(c, company);
        live.add(company);
      }
      loops = settle(live, held, loops);
      List<String> log = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        int changes = 1 + r.nextInt(3);
        for (int i = 0; i < changes; i++) {
          String id = r.nextInt(4) == 0 ? "e" + r.nextInt(3) : r.nextInt(6) == 0 ? "k" + r.nextInt(2)
              : r.nextInt(8) == 0 ? COMPANIES[r.nextInt(COMPANIES.length)] : DEALS[r.nextInt(DEALS.length)];
          Fact old = held.remove(id);
          if (old != null) {
            live.remove(old);
            log.add("remove " + old);
          }
          // A company is replaced, never left out: deals name it.
          if (old == null || old instanceof Company || r.nextInt(4) != 0) {
            Fact now = random(id, r);
            held.put(id, now);
            live.add(now);
            log.add("add " + now);
          }
        }
        loops = settle(live, held, loops);
        Map<String, Derived> actual = new TreeMap<>();
        live.all().forEach(d -> actual.put(d.key(), d));
        Map<String, Derived> expected = new TreeMap<>(DerivedFacts.of(held.values(), loops.values()).stream()
            .collect(Collectors.toMap(Derived::key, d -> d)));
        assertThat(actual).as("seed %d step %d after %s", seed, step, String.join("\n", log)).isEqualTo(expected);
        expected.values().forEach(d -> exercised.add(exercise(d)));
      }
    }
    // The churn reaches what the newer derived facts depend on: countries, parents, named chips.
    assertThat(exercised).contains("chip-hub-members with a company in CN", "customer-group combined",
        "purchases naming a chip");
  }

  private static String exercise(Derived derived) {
    if (derived instanceof ChipHubMembers members && members.companies().stream().anyMatch(c -> c.country().equals("CN"))) {
      return "chip-hub-members with a company in CN";
    }
    if (derived instanceof CustomerGroup group && group.isCombined()) {
      return "customer-group combined";
    }
    if (derived instanceof Spend spend && spend.bySupplier().stream().anyMatch(p -> !p.chips().isEmpty())) {
      return "purchases naming a chip";
    }
    return "other";
  }

  private static Map<String, Loop> settle(DerivedFacts live, Map<String, Fact> held, Map<String, Loop> before) {
    FactSet.Builder set = FactSet.builder();
    held.values().forEach(set::addFact);
    Map<String, Loop> now = LOOPS.find(set.build()).stream().collect(Collectors.toMap(Loop::key, l -> l, (a, b) -> a, TreeMap::new));
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      if (!Objects.equals(before.get(key), now.get(key))) {
        live.loopChanged(before.get(key), now.get(key));
      }
    }
    live.settle();
    return now;
  }

  /** A company in the US or China, under the control of a company listed before it or of none. */
  private static Company company(String id, Random r) {
    int index = java.util.Arrays.asList(COMPANIES).indexOf(id);
    String parent = index > 0 && r.nextInt(3) == 0 ? COMPANIES[r.nextInt(index)] : null;
    return new Company(id, id.toUpperCase(), List.of(r.nextBoolean() ? Role.CHIP_VENDOR : Role.AI_LAB,
        Role.HYPERSCALER), r.nextInt(3) == 0 ? "CN" : "US", parent, List.of());
  }

  private static Fact random(String id, Random r) {
    if (!id.startsWith("e") && !id.startsWith("k") && !id.startsWith("d")) {
      return company(id, r);
    }
    String a = COMPANIES[r.nextInt(COMPANIES.length)];
    String b = COMPANIES[r.nextInt(COMPANIES.length)];
    if (a.equals(b)) {
      b = COMPANIES[(java.util.Arrays.asList(COMPANIES).indexOf(a) + 1) % COMPANIES.length];
    }
    if (id.startsWith("e")) {
      String subject = r.nextBoolean() ? DEALS[r.nextInt(DEALS.length)] : a;
      return new Event(id, DAY, EventKind.values()[r.nextInt(EventKind.values().length)], subject, null, SOURCE);
    }
    if (id.startsWith("k")) {
      return new Chip(id, a, id, ChipKind.GPU, List.of(r.nextBoolean() ? Workload.TRAINING : Workload.INFERENCE),
          ChipStatus.values()[r.nextInt(ChipStatus.values().length)], DAY,
          r.nextBoolean() ? List.of() : List.of("CN"), ChipAccess.values()[r.nextInt(ChipAccess.values().length)],
          List.of(), null, SOURCE);
    }
    String supersedes = r.nextInt(3) == 0 ? DEALS[r.nextInt(DEALS.length)] : null;
    DealStatus status = r.nextInt(3) == 0 ? DealStatus.CANCELLED : DealStatus.SIGNED;
    BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(5)).movePointRight(9);
    if (r.nextBoolean()) {
      return new Investment(id, a, b, amount, Instrument.EQUITY, status, DAY, null, supersedes, null, SOURCE);
    }
    Product product = r.nextBoolean() ? Product.GPU : r.nextBoolean() ? Product.CLOUD : Product.POWER;
    List<String> chips = r.nextInt(3) == 0 ? List.of("k" + r.nextInt(2)) : List.of();
    return new SupplyDeal(id, a, b, product, chips, amount, null, status, DAY, null, supersedes, null, SOURCE);
  }
}
