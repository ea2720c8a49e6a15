package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FactSetValidator;
import io.loopwatch.testing.RandomFacts;
import io.loopwatch.testing.RecordingListener;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property a live session promises: fed the facts one at a time, in any order, it ends with
 * exactly the alerts of a one-shot evaluation of the same facts on the same date. Checked on
 * seeded random networks (each seed in several orders) and on the bundled facts shuffled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionConsistencyTest {

  private static final int ORDERS = 4;

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
  void factsOneAtATimeInAnyOrderEndWithTheAlertsOfOneEvaluation(long seed) throws Exception {
    FactSet facts = RandomFacts.generate(seed);
    LocalDate asOf = RandomFacts.asOf(seed);
    assertThat(FactSetValidator.validate(facts)).as("generated facts for seed " + seed).isEmpty();
    List<Alert> expected = engine.evaluate(facts, asOf).alerts();

    for (int order = 0; order < ORDERS; order++) {
      List<Object> shuffled = shuffled(facts, seed * 31 + order);
      assertThat(fedOneAtATime(shuffled, asOf))
          .as("seed %d, order %d: %s", seed, order, ids(shuffled))
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSessionThatStartsEarlierAndMovesToTheDateEndsTheSame(long seed) throws Exception {
    FactSet facts = RandomFacts.generate(seed);
    LocalDate asOf = RandomFacts.asOf(seed);
    List<Alert> expected = engine.evaluate(facts, asOf).alerts();
    RecordingListener listener = new RecordingListener();

    try (RiskSession session = engine.newSession(listener, RandomFacts.FIRST_DAY)) {
      List<Object> shuffled = shuffled(facts, seed);
      LocalDate day = RandomFacts.FIRST_DAY;
      for (int i = 0; i < shuffled.size(); i++) {
        session.insert(shuffled.get(i));
        if (i % 7 == 6 && day.isBefore(asOf)) {
          day = day.plusDays(Math.min(45, day.until(asOf).toTotalMonths() * 30 + 1));
          session.advanceTo(day.isAfter(asOf) ? asOf : day);
        }
      }
      session.advanceTo(asOf);

      assertThat(session.alerts()).isEqualTo(expected);
      assertThat(listener.current()).isEqualTo(byKey(expected));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void retractingFactsLeavesTheAlertsOfTheFactsThatRemain(long seed) throws Exception {
    FactSet base = RandomFacts.generate(seed);
    LocalDate asOf = RandomFacts.asOf(seed);
    // Extra deals and events from another seed, renamed so they add to the base without clashing.
    FactSet extra = RandomFacts.generate(seed + 1000);
    List<Object> extras = Stream.concat(extra.supplyDeals().stream()
            .filter(d -> d.supersedes() == null)
            .map(d -> new io.loopwatch.facts.SupplyDeal("x-" + d.id(), d.buyer(), d.supplier(), d.product(), d.amountUsd(),
                d.capacityGw(), d.status(), d.announced(), d.expectedClose(), null, null, d.sources()))
            .filter(d -> base.company(d.buyer()).isPresent() && base.company(d.supplier()).isPresent()),
        base.investments().stream().limit(2).map(i -> new io.loopwatch.facts.Event("x-ev-" + i.id(), i.announced().plusDays(3),
            io.loopwatch.facts.EventKind.DENIAL, i.id(), null, i.sources())))
        .map(Object.class::cast).toList();
    RecordingListener listener = new RecordingListener();

    try (RiskSession session = engine.newSession(listener, asOf)) {
      session.insertAll(base);
      extras.forEach(session::insert);
      List<Object> retracting = new ArrayList<>(extras);
      Collections.shuffle(retracting, new Random(seed));
      retracting.forEach(fact -> session.retract(io.loopwatch.engine.LiveSession.idOf(fact)));

      assertThat(session.alerts()).isEqualTo(engine.evaluate(base, asOf).alerts());
      assertThat(listener.current()).isEqualTo(byKey(session.alerts()));
    }
  }

  @ParameterizedTest(name = "order {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theBundledFactsShuffledEndWithTheAlertsOfOneEvaluation(long order) throws Exception {
    // Fed one at a time, facts arrive without the file positions the loader knows; compare like with like.
    FactSet loaded = FactFiles.load(Path.of("facts"));
    FactSet facts = new FactSet(loaded.companies(), loaded.investments(), loaded.supplyDeals(), loaded.chips(),
        loaded.financials(), loaded.events(), Map.of());
    for (String date : List.of("2025-10-31", "2026-02-05")) {
      LocalDate asOf = LocalDate.parse(date);
      assertThat(fedOneAtATime(shuffled(facts, order), asOf))
          .as("bundled facts in order %d as of %s", order, asOf)
          .isEqualTo(engine.evaluate(facts, asOf).alerts());
    }
  }

  private List<Alert> fedOneAtATime(List<Object> facts, LocalDate asOf) {
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, asOf)) {
      facts.forEach(session::insert);
      assertThat(listener.current()).as("what the listener was told").isEqualTo(byKey(session.alerts()));
      return session.alerts();
    }
  }

  private static List<Object> shuffled(FactSet facts, long seed) {
    List<Object> all = new ArrayList<>(facts.all().toList());
    Collections.shuffle(all, new Random(seed));
    return all;
  }

  private static java.util.Map<String, Alert> byKey(List<Alert> alerts) {
    return alerts.stream().collect(Collectors.toMap(Alert::key, Function.identity()));
  }

  private static List<String> ids(List<Object> facts) {
    return facts.stream().map(io.loopwatch.engine.LiveSession::idOf).toList();
  }
}
