package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.engine.LiveSession;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.testing.RandomFacts;
import io.loopwatch.testing.RecordingListener;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live session's promise under changes, not only arrivals: after a random sequence of updates
 * (amounts, statuses, what a deal supersedes, who a deal links, a company's roles), retractions
 * and re-insertions, its alerts are those of one evaluation of the facts it then holds, and the
 * listener was told exactly what adds up to them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionChangesConsistencyTest {

  private static final int CHANGES = 40;

  private RiskEngine engine;

  @BeforeAll
  void compileRules() throws Exception {
    engine = bundledRules();
  }

  static Stream<Long> seeds() {
    return LongStream.range(1, 61).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomChangesEndWithTheAlertsOfOneEvaluation(long seed) throws Exception {
    FactSet start = RandomFacts.generate(seed);
    LocalDate asOf = RandomFacts.asOf(seed);
    Random random = new Random(seed);
    Map<String, Object> facts = new LinkedHashMap<>();
    start.all().forEach(fact -> facts.put(LiveSession.idOf(fact), fact));
    Map<String, Object> retracted = new LinkedHashMap<>();
    RecordingListener listener = new RecordingListener();

    try (RiskSession session = engine.newSession(listener, asOf)) {
      session.insertAll(start);
      for (int step = 0; step < CHANGES; step++) {
        List<String> ids = new ArrayList<>(facts.keySet());
        String id = ids.get(random.nextInt(ids.size()));
        int what = random.nextInt(10);
        if (what == 0 && !referenced(id, facts.values())) {
          retracted.put(id, facts.remove(id));
          session.retract(id);
        } else if (what == 1 && !retracted.isEmpty()) {
          String back = new ArrayList<>(retracted.keySet()).get(random.nextInt(retracted.size()));
          facts.put(back, retracted.remove(back));
          session.insert(facts.get(back));
        } else {
          Object changed = changed(facts.get(id), ids, random);
          facts.put(id, changed);
          session.update(changed);
        }
        if (step % 10 == 9) {
          List<Alert> expected = engine.evaluate(setOf(facts.values()), asOf).alerts();
          assertThat(session.alerts()).as("seed %d after change %d", seed, step).isEqualTo(expected);
          assertThat(listener.current()).as("what the listener was told").isEqualTo(byKey(expected));
        }
      }
    }
  }

  private static Object changed(Object fact, List<String> ids, Random random) {
    if (fact instanceof Investment i) {
      return switch (random.nextInt(4)) {
        case 0 -> new Investment(i.id(), i.investor(), i.investee(), i.amountUsd().multiply(BigDecimal.valueOf(3)),
            i.instrument(), i.status(), i.announced(), i.expectedClose(), i.supersedes(), i.note(), i.sources());
        case 1 -> new Investment(i.id(), i.investor(), i.investee(), i.amountUsd(), i.instrument(), status(random),
            i.announced(), i.expectedClose(), i.supersedes(), i.note(), i.sources());
        case 2 -> new Investment(i.id(), i.investor(), i.investee(), i.amountUsd(), i.instrument(), i.status(),
            i.announced(), i.expectedClose(), otherInvestment(i.id(), ids, random), i.note(), i.sources());
        default -> new Investment(i.id(), i.investee(), i.investor(), i.amountUsd(), i.instrument(), i.status(),
            i.announced(), i.expectedClose(), i.supersedes(), i.note(), i.sources());
      };
    } else if (fact instanceof SupplyDeal d) {
      return switch (random.nextInt(3)) {
        case 0 -> new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(),
            d.amountUsd() == null ? BigDecimal.valueOf(5_000_000_000L) : null, d.capacityGw(), d.status(),
            d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
        case 1 -> new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(), d.amountUsd(), d.capacityGw(),
            status(random), d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
        default -> new SupplyDeal(d.id(), d.supplier(), d.buyer(), d.product(), d.amountUsd(), d.capacityGw(),
            d.status(), d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
      };
    } else if (fact instanceof Company c) {
      List<Role> roles = new ArrayList<>(c.roles());
      if (roles.contains(Role.CHIP_VENDOR) && roles.size() > 1) {
        roles.remove(Role.CHIP_VENDOR);
      } else if (!roles.contains(Role.CHIP_VENDOR)) {
        roles.add(Role.CHIP_VENDOR);
      }
      return new Company(c.id(), c.name() + " (renamed)", roles, c.country(), c.parent(), c.sources());
    }
    return fact;
  }

  /** A fact others refer to stays: the facts must stay valid for the evaluation to compare with. */
  private static boolean referenced(String id, Iterable<Object> facts) {
    for (Object fact : facts) {
      List<String> refs = fact instanceof Investment i ? java.util.Arrays.asList(i.investor(), i.investee(), i.supersedes())
          : fact instanceof SupplyDeal d ? java.util.Arrays.asList(d.buyer(), d.supplier(), d.supersedes())
          : fact instanceof io.loopwatch.facts.Event e ? List.of(e.subject())
          : fact instanceof io.loopwatch.facts.Chip c ? List.of(c.vendor())
          : fact instanceof io.loopwatch.facts.Financials f ? List.of(f.company())
          : fact instanceof Company c ? java.util.Arrays.asList(c.parent())
          : List.of();
      if (refs.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private static DealStatus status(Random random) {
    return DealStatus.values()[random.nextInt(DealStatus.values().length)];
  }

  /**
   * An earlier investment's id, or null: what an investment supersedes must be an investment, and
   * only an earlier one, since investments that supersede each other are refused by evaluate().
   */
  private static String otherInvestment(String self, List<String> ids, Random random) {
    List<String> others = ids.stream()
        .filter(id -> id.startsWith("inv-") && number(id) < number(self))
        .toList();
    return others.isEmpty() || random.nextBoolean() ? null : others.get(random.nextInt(others.size()));
  }

  private static int number(String investmentId) {
    return Integer.parseInt(investmentId.substring("inv-".length()));
  }

  private static FactSet setOf(Iterable<Object> facts) {
    FactSet.Builder set = FactSet.builder();
    facts.forEach(set::addFact);
    return set.build();
  }

  private static Map<String, Alert> byKey(List<Alert> alerts) {
    return alerts.stream().collect(Collectors.toMap(Alert::key, Function.identity()));
  }
}
