package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import io.loopwatch.testing.RandomFacts;
import io.loopwatch.testing.RecordingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The live session's promise, as a property: after every step of any sequence of inserts (one or
 * a batch), retractions, updates and date moves, its alerts are exactly those {@code evaluate}
 * gives for the facts it holds on its date (keys, severities, messages, evidence and explanations
 * alike), its facts are those facts, the listener was told exactly what adds up to its alerts, and
 * nothing else throws. A change {@code evaluate} would refuse (a fact that names one the session
 * does not hold, a retraction others depend on, a duplicate id, a circle, a bad value) is refused
 * with {@code evaluate}'s own diagnostics, and the session is left as it was, listener unheard.
 *
 * <p>Run on the bundled facts and on small generated webs: {@link RandomFacts}' (supersessions,
 * financials, chips, news; and vendors that fund their customers, for the concentration and
 * commitment rules) and the {@code generate} package's (planted loops). Sessions start
 * with a whole web or empty, on a date inside the web's span; the steps are drawn as numbers that
 * pick among what the session holds at the time, so that shrinking keeps a failing sequence valid.
 */
class SessionPropertiesTest {

  private static RiskEngine engine;
  private static Scenario.Web bundled;
  private static List<Scenario.Web> generated;

  @BeforeContainer
  static void compileRulesAndMakeWebs() throws Exception {
    engine = bundledRules();
    bundled = new Scenario.Web("bundled", FactFiles.load(Path.of("facts")));
    List<Scenario.Web> webs = new ArrayList<>();
    for (long seed = 1; seed <= 20; seed++) {
      webs.add(new Scenario.Web("RandomFacts.generate seed " + seed, RandomFacts.generate(seed)));
      webs.add(new Scenario.Web("RandomFacts.financed seed " + seed, RandomFacts.financed(seed)));
    }
    for (long seed = 1; seed <= 6; seed++) {
      webs.add(new Scenario.Web("generate seed " + seed, generatedWeb(new GenerationSettings(
          6 + (int) seed % 4, 14 + 2 * (int) seed, 2 + (int) seed % 3, 4, seed))));
    }
    generated = List.copyOf(webs);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void aSessionOnTheBundledFactsAgreesWithEvaluateAfterEveryStep(@ForAll("onTheBundledFacts") Scenario scenario)
      throws Exception {
    play(scenario);
  }

  @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
  void aSessionOnAGeneratedWebAgreesWithEvaluateAfterEveryStep(@ForAll("onGeneratedWebs") Scenario scenario)
      throws Exception {
    play(scenario);
  }

  @Provide
  Arbitrary<Scenario> onTheBundledFacts() {
    return scenarios(Arbitraries.just(bundled), 12);
  }

  @Provide
  Arbitrary<Scenario> onGeneratedWebs() {
    return scenarios(Arbitraries.of(generated), 24);
  }

  private static Arbitrary<Scenario> scenarios(Arbitrary<Scenario.Web> webs, int maxSteps) {
    Arbitrary<Scenario.Step.Kind> kinds = Arbitraries.frequency(
        Tuple.of(4, Scenario.Step.Kind.INSERT), Tuple.of(1, Scenario.Step.Kind.INSERT_BATCH), Tuple.of(2, Scenario.Step.Kind.INSERT_INVALID),
        Tuple.of(3, Scenario.Step.Kind.RETRACT), Tuple.of(5, Scenario.Step.Kind.UPDATE), Tuple.of(2, Scenario.Step.Kind.ADVANCE));
    Arbitrary<Scenario.Step> steps = Combinators.combine(kinds, Arbitraries.integers().between(0, 9_999),
        Arbitraries.integers().between(0, 9_999)).as(Scenario.Step::new);
    return Combinators.combine(webs, Arbitraries.integers().between(0, 9_999),
        Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)), steps.list().ofMinSize(1).ofMaxSize(maxSteps))
        .as(Scenario::new);
  }

  /** Plays a scenario, checking the session against {@code evaluate} before the first step and after each. */
  private static void play(Scenario scenario) throws Exception {
    SessionModel model = new SessionModel(scenario.web(), scenario.startDate());
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, model.asOf)) {
      if (scenario.startWhole()) {
        session.insertAll(scenario.web().facts());
        model.insertAll(scenario.web().facts());
      }
      agrees(session, model, listener, engine.evaluate(model.factSet(), model.asOf), "at the start");
      for (int i = 0; i < scenario.steps().size(); i++) {
        SessionModel.Change change = model.changeFor(scenario.steps().get(i));
        String what = "step " + (i + 1) + ": " + change.description();
        listener.reset();
        if (change.newDate() != null) {
          Statistics.label("steps").collect("advance");
          session.advanceTo(change.newDate());
          model.asOf = change.newDate();
          agrees(session, model, listener, engine.evaluate(model.factSet(), model.asOf), what);
          continue;
        }
        Report evaluated = null;
        InvalidInputException expected = null;
        try {
          evaluated = engine.evaluate(change.after(), model.asOf);
        } catch (InvalidInputException e) {
          expected = e;
        }
        FactSet factsBefore = session.facts();
        List<Alert> alertsBefore = session.alerts();
        InvalidInputException refused = null;
        try {
          change.apply().apply(session);
        } catch (InvalidInputException e) {
          refused = e;
        }
        Statistics.label("steps").collect(change.kind() + (expected == null ? " taken" : " refused"));
        if (expected != null) {
          assertThat(refused).as("%s: evaluate() refuses the facts it would leave (%s), the session must too",
              what, expected.getMessage()).isNotNull();
          assertThat(refused.diagnostics()).as("%s: refused in evaluate()'s words", what)
              .isEqualTo(expected.diagnostics());
          assertThat(session.facts()).as("%s: a refused change leaves the facts", what).isEqualTo(factsBefore);
          assertThat(session.alerts()).as("%s: a refused change leaves the alerts", what).isEqualTo(alertsBefore);
          assertThat(listener.raised).as("%s: nothing raised", what).isEmpty();
          assertThat(listener.updated).as("%s: nothing updated", what).isEmpty();
          assertThat(listener.cleared).as("%s: nothing cleared", what).isEmpty();
        } else {
          assertThat(refused).as("%s: evaluate() takes the facts it leaves, the session must too", what).isNull();
          model.accept(change);
          agrees(session, model, listener, evaluated, what);
        }
      }
    }
  }

  private static void agrees(RiskSession session, SessionModel model, RecordingListener listener, Report expected,
      String when) {
    assertThat(session.facts()).as("%s: the facts held", when).isEqualTo(model.factSet());
    assertThat(session.asOf()).isEqualTo(model.asOf);
    assertThat(session.alerts()).as("%s: the alerts of evaluate() on %s", when, model.asOf).isEqualTo(expected.alerts());
    assertThat(listener.current()).as("%s: what the listener was told", when)
        .isEqualTo(expected.alerts().stream().collect(Collectors.toMap(Alert::key, Function.identity())));
  }

  private static FactSet generatedWeb(GenerationSettings settings) {
    try {
      Path dir = Files.createTempDirectory("loopwatch-web");
      try {
        Generator.generate(settings, dir);
        return FactFiles.load(dir);
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("the generator wrote facts the loader refuses: " + e.getMessage(), e);
    }
  }

}
