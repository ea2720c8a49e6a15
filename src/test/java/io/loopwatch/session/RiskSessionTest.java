package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.testing.WhereWritten;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.testing.RecordingListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A live session on the bundled facts: what appears, changes and goes away as the news changes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskSessionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final Set<String> NVIDIA_TO_OPENAI = Set.of("nvidia-openai-loi-2025-09", "nvidia-openai-2026-02");
  /**
   * Nvidia's two investments in OpenAI and what refers to them, in an order a session takes: the
   * news about the letter of intent, the investment that supersedes it, then the letter itself.
   */
  private static final List<String> NVIDIA_TO_OPENAI_AND_ITS_NEWS = List.of("ev-nvidia-openai-talks-stalled-2026-01",
      "ev-nvidia-openai-denial-2026-02", "ev-nvidia-openai-commitment-cut-2026-02", "nvidia-openai-2026-02",
      "nvidia-openai-loi-2025-09");

  private RiskEngine engine;
  private FactSet facts;
  private RecordingListener listener;
  private RiskSession session;

  @BeforeAll
  void loadBundledRulesAndFacts() throws Exception {
    engine = bundledRules();
    facts = FactFiles.load(Path.of("facts"));
  }

  @BeforeEach
  void openSessionWithTheBundledFacts() throws Exception {
    listener = new RecordingListener();
    session = engine.newSession(listener, AS_OF);
    session.insertAll(facts);
    listener.reset();
  }

  @AfterEach
  void closeSession() {
    session.close();
  }

  @Test
  void startsWithTheAlertsOfAnEvaluation() throws Exception {
    assertThat(session.alerts()).isEqualTo(engine.evaluate(facts, AS_OF).alerts());
    assertThat(session.loops()).isEqualTo(engine.evaluate(facts, AS_OF).loops());
  }

  @Test
  void retractingNvidiasInvestmentsInOpenAiClearsEveryAlertThatDependedOnThemAndOnlyThose() throws Exception {
    List<Alert> before = session.alerts();

    for (String id : NVIDIA_TO_OPENAI_AND_ITS_NEWS) {
      session.retract(id);
    }

    // The same facts evaluated at once, without the pledges and the news about them.
    FactSet.Builder remaining = FactSet.builder();
    facts.companies().forEach(remaining::add);
    facts.investments().stream().filter(i -> !NVIDIA_TO_OPENAI.contains(i.id())).forEach(remaining::add);
    facts.supplyDeals().forEach(remaining::add);
    facts.chips().forEach(remaining::add);
    facts.financials().forEach(remaining::add);
    facts.events().stream().filter(e -> !NVIDIA_TO_OPENAI.contains(e.subject())).forEach(remaining::add);
    List<Alert> expected = engine.evaluate(remaining.build(), AS_OF).alerts();
    assertThat(WhereWritten.ignored(session.alerts())).isEqualTo(WhereWritten.ignored(expected));

    // Every alert whose evidence named them is cleared or updated to evidence without them ...
    for (Alert alert : before) {
      if (alert.evidence().facts().stream().anyMatch(NVIDIA_TO_OPENAI::contains)) {
        assertThat(session.alerts().stream().filter(a -> a.key().equals(alert.key())))
            .allSatisfy(now -> assertThat(now.evidence().facts()).doesNotContainAnyElementsOf(NVIDIA_TO_OPENAI));
      }
    }
    assertThat(listener.cleared).extracting(Alert::key)
        .contains("pledge-cut:nvidia-openai-loi-2025-09", "circular-loop:loop:nvidia>openai>oracle",
            "vendor-funds-customer:nvidia@loop:nvidia>openai", "denial-after-negative-report:"
                + "ev-nvidia-openai-talks-stalled-2026-01>ev-nvidia-openai-denial-2026-02");
    // ... and only those: the callbacks account for every difference, and nothing else moved.
    List<Alert> untouched = before.stream()
        .filter(a -> listener.cleared.stream().noneMatch(c -> c.key().equals(a.key())))
        .filter(a -> listener.updated.stream().noneMatch(u -> u[0].key().equals(a.key())))
        .toList();
    assertThat(session.alerts()).containsAll(untouched);
    // Between the retractions the letter of intent stood alone again (an alert may have come back);
    // the last retraction cleared what came.
    assertThat(listener.raised).allSatisfy(raised -> assertThat(listener.cleared).contains(raised));
    assertThat(listener.current()).isEqualTo(session.alerts().stream()
        .collect(Collectors.toMap(Alert::key, a -> a)));
  }

  @Test
  void insertingTheInvestmentsAgainBringsBackExactlyWhatWasCleared() throws Exception {
    List<Alert> before = session.alerts();

    for (String id : NVIDIA_TO_OPENAI_AND_ITS_NEWS) {
      session.retract(id);
    }
    List<String> backInOrder = new ArrayList<>(NVIDIA_TO_OPENAI_AND_ITS_NEWS);
    Collections.reverse(backInOrder);
    for (String id : backInOrder) {
      session.insert(fact(id));
    }

    assertThat(WhereWritten.ignored(session.alerts())).isEqualTo(WhereWritten.ignored(before));
  }

  @Test
  void aLargerSignedAmountUpdatesThePledgeCutInsteadOfRaisingASecondOne() throws Exception {
    Investment reported = investment("nvidia-openai-2026-02");
    Alert cut = alert("pledge-cut:nvidia-openai-loi-2025-09");
    assertThat(cut.severity()).isEqualTo(Severity.CRITICAL);

    session.update(withAmount(reported, "60000000000"));

    assertThat(listener.raised).extracting(Alert::rule).doesNotContain("pledge-cut");
    assertThat(listener.cleared).extracting(Alert::rule).doesNotContain("pledge-cut");
    assertThat(listener.updated).filteredOn(u -> u[0].key().equals(cut.key())).singleElement().satisfies(u -> {
      assertThat(u[0]).isEqualTo(cut);
      assertThat(u[1].severity()).isEqualTo(Severity.HIGH);
      assertThat(u[1].message()).contains("to USD 60 B", "a gap of USD 40 B");
    });
    assertThat(session.alerts()).filteredOn(a -> a.rule().equals("pledge-cut")).hasSize(1);
  }

  @Test
  void aCancelledCloudContractBreaksTheLoopsThroughOracle() throws Exception {
    SupplyDeal cloud = facts.supplyDeals().stream().filter(d -> d.id().equals("openai-oracle-cloud-2025-09")).findFirst()
        .orElseThrow();

    session.update(new SupplyDeal(cloud.id(), cloud.buyer(), cloud.supplier(), cloud.product(), cloud.amountUsd(),
        cloud.capacityGw(), DealStatus.CANCELLED, cloud.announced(), cloud.expectedClose(), cloud.supersedes(),
        cloud.note(), cloud.sources()));

    assertThat(listener.cleared).extracting(Alert::key).contains("circular-loop:loop:nvidia>openai>oracle");
    assertThat(session.loops()).noneMatch(loop -> loop.factIds().contains(cloud.id()));
  }

  @Test
  void aDenialMovedAWeekLaterNoLongerReadsAsAReplyToTheStallReport() throws Exception {
    Event denial = facts.events().stream().filter(e -> e.id().equals("ev-nvidia-openai-denial-2026-02")).findFirst()
        .orElseThrow();
    session.advanceTo(LocalDate.parse("2026-02-10"));
    listener.reset();

    session.update(new Event(denial.id(), LocalDate.parse("2026-02-08"), denial.kind(), denial.subject(), denial.note(),
        denial.sources()));

    assertThat(listener.cleared).extracting(Alert::rule).containsExactly("denial-after-negative-report");
  }

  @Test
  void movingTheDateForwardSlidesPurchasesOutOfTheQuarterAndBringsInLaterNews() throws Exception {
    RecordingListener early = new RecordingListener();
    try (RiskSession october = engine.newSession(early, LocalDate.parse("2025-10-31"))) {
      october.insertAll(facts);
      assertThat(october.alerts()).extracting(Alert::key).contains("rival-chip-shift:nvidia")
          .doesNotContain("pledge-cut:nvidia-openai-loi-2025-09");
      early.reset();

      october.advanceTo(AS_OF);

      assertThat(early.cleared).extracting(Alert::key).contains("rival-chip-shift:nvidia");
      assertThat(early.raised).extracting(Alert::key).contains("pledge-cut:nvidia-openai-loi-2025-09");
      assertThat(october.alerts()).isEqualTo(engine.evaluate(facts, AS_OF).alerts());
    }
  }

  @Test
  void refusesADealBeforeItsCompaniesAndTakesThemInOneBatchInAnyOrder() throws Exception {
    RecordingListener fresh = new RecordingListener();
    try (RiskSession empty = engine.newSession(fresh, AS_OF)) {
      Investment pledge = investment("nvidia-openai-loi-2025-09");
      SupplyDeal systems = facts.supplyDeals().stream().filter(d -> d.id().equals("openai-nvidia-systems-loi-2025-09"))
          .findFirst().orElseThrow();

      InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> empty.insert(pledge));

      // What evaluate() says of the same facts, and nothing changed.
      assertThat(refused.diagnostics()).isEqualTo(
          catchThrowableOfType(InvalidInputException.class, () -> engine.evaluate(FactSet.builder().add(pledge).build(), AS_OF))
              .diagnostics());
      assertThat(refused.diagnostics()).extracting(Diagnostic::message)
          .containsExactly("unknown company 'nvidia'; no company has this id", "unknown company 'openai'; no company has this id");
      assertThat(empty.facts().size()).isZero();

      empty.insertAll(FactSet.builder().add(systems).add(pledge)
          .add(facts.company("openai").orElseThrow()).add(facts.company("nvidia").orElseThrow()).build());

      assertThat(fresh.raised).extracting(Alert::key).contains("vendor-funds-customer:nvidia@loop:nvidia>openai");
    }
  }

  @Test
  void refusesToRetractAFactOthersReferToAndNamesThemAllLeavingTheSessionAsItWas() throws Exception {
    List<Alert> before = session.alerts();
    FactSet held = session.facts();

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> session.retract("nvidia-openai-loi-2025-09"));

    // Word for word what evaluate() says of the facts without the letter: the deal that supersedes
    // it and the three news items about it, each at the place it was written.
    FactSet.Builder without = FactSet.builder();
    held.all().filter(f -> f != investment("nvidia-openai-loi-2025-09")).forEach(without::addFact);
    held.locations().forEach(without::locate);
    assertThat(refused.diagnostics()).isEqualTo(catchThrowableOfType(InvalidInputException.class,
        () -> engine.evaluate(without.build(), AS_OF)).diagnostics());
    assertThat(refused.diagnostics()).hasSize(4).allSatisfy(d -> {
      assertThat(d.file()).isNotNull();
      assertThat(d.message()).contains("'nvidia-openai-loi-2025-09'");
    });
    assertThat(refused.diagnostics()).extracting(Diagnostic::path)
        .containsExactly("investments[0].supersedes", "events[4].subject", "events[7].subject", "events[8].subject");
    assertThat(session.facts()).isEqualTo(held);
    assertThat(session.alerts()).isEqualTo(before);
    assertThat(listener.raised).isEmpty();
    assertThat(listener.cleared).isEmpty();

    // Still usable: the same retraction, once nothing refers to the letter, goes through.
    for (String id : NVIDIA_TO_OPENAI_AND_ITS_NEWS) {
      session.retract(id);
    }
    assertThat(session.facts().investments()).extracting(Investment::id).doesNotContainAnyElementsOf(NVIDIA_TO_OPENAI);
  }

  @Test
  void refusesAnUpdateThatWouldCloseASupersessionCircle() throws Exception {
    Investment letter = investment("nvidia-openai-loi-2025-09");
    Investment circular = new Investment(letter.id(), letter.investor(), letter.investee(), letter.amountUsd(),
        letter.instrument(), letter.status(), letter.announced(), letter.expectedClose(), "nvidia-openai-2026-02",
        letter.note(), letter.sources());

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> session.update(circular));

    assertThat(refused.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).startsWith("supersession cycle: "));
    assertThat(session.facts().investments()).contains(letter);
  }

  @Test
  void holdsFactsDatedAfterItsDateUntilTheDateReachesThem() throws Exception {
    RecordingListener fresh = new RecordingListener();
    try (RiskSession early = engine.newSession(fresh, LocalDate.parse("2025-10-01"))) {
      early.insertAll(facts);
      assertThat(early.facts().size()).isEqualTo(facts.size());
      assertThat(early.alerts()).extracting(Alert::rule).doesNotContain("pledge-cut");
    }
  }

  @Test
  void refusesABatchThatHoldsTheSameFactTwiceAsEvaluateDoes() throws Exception {
    Investment deal = investment("nvidia-openai-2026-02");
    session.retract("nvidia-openai-2026-02");
    FactSet twice = FactSet.builder().addFact(deal).addFact(deal).build();
    List<Alert> before = session.alerts();

    assertThatThrownBy(() -> engine.evaluate(session.facts().plus(twice), AS_OF))
        .hasMessageContaining("duplicate id 'nvidia-openai-2026-02'");
    assertThatThrownBy(() -> session.insertAll(twice))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate id 'nvidia-openai-2026-02'");
    assertThat(session.facts().investments()).doesNotContain(deal);
    assertThat(session.alerts()).isEqualTo(before);
  }

  @Test
  void refusesWhatItCannotDoWithMessagesThatSayWhy() {
    assertThatThrownBy(() -> session.insert(investment("nvidia-openai-2026-02")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate id 'nvidia-openai-2026-02'");
    assertThatThrownBy(() -> session.retract("no-such-deal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no fact with id 'no-such-deal'");
    assertThatThrownBy(() -> session.advanceTo(AS_OF.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");
    session.close();
    assertThatThrownBy(() -> session.alerts()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aListenerMayReadTheSessionButNotChangeIt() throws Exception {
    List<Throwable> refused = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    try (RiskSession other = engine.newSession(new AlertListener() {
      @Override
      public void onRaised(Alert alert) {
        seen.add(other().alerts().size());
        try {
          other().retract("nvidia");
        } catch (IllegalStateException e) {
          refused.add(e);
        } catch (InvalidInputException e) {
          throw new AssertionError("the change should have been refused before its facts were checked", e);
        }
      }
    }, AS_OF)) {
      holder = other;
      other.insertAll(facts);
    }
    assertThat(refused).isNotEmpty().allSatisfy(e -> assertThat(e).hasMessageContaining("not change it"));
    assertThat(seen).isNotEmpty();
  }

  private RiskSession holder;

  private RiskSession other() {
    return holder;
  }

  @Test
  void deliversEveryCallbackWhenOneThrowsThenReportsTheFirst() throws Exception {
    List<Alert> delivered = new ArrayList<>();
    try (RiskSession failing = engine.newSession(new AlertListener() {
      @Override
      public void onRaised(Alert alert) {
        delivered.add(alert);
        throw new IllegalStateException("listener failed on " + alert.key());
      }
    }, AS_OF)) {
      assertThatThrownBy(() -> failing.insertAll(facts)).hasMessageStartingWith("listener failed on");
      assertThat(delivered).hasSameSizeAs(failing.alerts());
    }
  }

  @Test
  void servesSeveralThreadsWhileTheListenerHandsAlertsToAnother() throws Exception {
    LinkedBlockingQueue<Alert> handedOver = new LinkedBlockingQueue<>();
    ExecutorService consumer = Executors.newSingleThreadExecutor();
    ExecutorService feeders = Executors.newFixedThreadPool(4);
    RecordingListener recorder = new RecordingListener();
    try (RiskSession shared = engine.newSession(new AlertListener() {
      @Override
      public void onRaised(Alert alert) {
        recorder.onRaised(alert);
        consumer.submit(() -> handedOver.add(alert));
      }

      @Override
      public void onUpdated(Alert before, Alert after) {
        recorder.onUpdated(before, after);
      }

      @Override
      public void onCleared(Alert alert) {
        recorder.onCleared(alert);
      }
    }, AS_OF)) {
      List<Fact> all = new ArrayList<>(facts.all().toList());
      Collections.shuffle(all, new Random(7));
      // Facts in no order: a feeder puts a fact the session refuses (what it names is not there
      // yet) back at the end of the queue, until another feeder has inserted what it names.
      LinkedBlockingQueue<Fact> queue = new LinkedBlockingQueue<>(all);
      java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(all.size());
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(feeders.submit(() -> {
          while (left.get() > 0) {
            Fact fact = queue.poll(10, TimeUnit.MILLISECONDS);
            if (fact == null) {
              continue;
            }
            try {
              shared.insert(fact);
              left.decrementAndGet();
            } catch (InvalidInputException notYet) {
              queue.add(fact);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
      consumer.shutdown();
      assertThat(consumer.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

      assertThat(WhereWritten.ignored(shared.alerts())).isEqualTo(WhereWritten.ignored(engine.evaluate(facts, AS_OF).alerts()));
      assertThat(recorder.current()).isEqualTo(shared.alerts().stream().collect(Collectors.toMap(Alert::key, a -> a)));
      assertThat(handedOver).hasSameSizeAs(recorder.raised);
    } finally {
      feeders.shutdownNow();
    }
  }

  private Fact fact(String id) {
    return facts.all().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private Investment investment(String id) {
    return facts.investments().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private Alert alert(String key) {
    return session.alerts().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  private static Investment withAmount(Investment i, String amount) {
    return new Investment(i.id(), i.investor(), i.investee(), new BigDecimal(amount), i.instrument(), i.status(),
        i.announced(), i.expectedClose(), i.supersedes(), i.note(), i.sources());
  }
}
