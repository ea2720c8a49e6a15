package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.FactFiles;
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
  void openSessionWithTheBundledFacts() {
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

    NVIDIA_TO_OPENAI.forEach(session::retract);

    // The same facts evaluated at once; events about the retracted pledge have nothing left to match.
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
    // Between the two retractions the letter of intent stood alone again (its cut and stall alerts
    // came back); the second retraction cleared them.
    assertThat(listener.raised).allSatisfy(raised -> assertThat(listener.cleared).contains(raised));
    assertThat(listener.current()).isEqualTo(session.alerts().stream()
        .collect(Collectors.toMap(Alert::key, a -> a)));
  }

  @Test
  void insertingTheInvestmentsAgainBringsBackExactlyWhatWasCleared() {
    List<Alert> before = session.alerts();
    List<Investment> pledges = facts.investments().stream().filter(i -> NVIDIA_TO_OPENAI.contains(i.id())).toList();

    NVIDIA_TO_OPENAI.forEach(session::retract);
    pledges.forEach(session::insert);

    assertThat(WhereWritten.ignored(session.alerts())).isEqualTo(WhereWritten.ignored(before));
  }

  @Test
  void aLargerSignedAmountUpdatesThePledgeCutInsteadOfRaisingASecondOne() {
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
  void aCancelledCloudContractBreaksTheLoopsThroughOracle() {
    SupplyDeal cloud = facts.supplyDeals().stream().filter(d -> d.id().equals("openai-oracle-cloud-2025-09")).findFirst()
        .orElseThrow();

    session.update(new SupplyDeal(cloud.id(), cloud.buyer(), cloud.supplier(), cloud.product(), cloud.amountUsd(),
        cloud.capacityGw(), DealStatus.CANCELLED, cloud.announced(), cloud.expectedClose(), cloud.supersedes(),
        cloud.note(), cloud.sources()));

    assertThat(listener.cleared).extracting(Alert::key).contains("circular-loop:loop:nvidia>openai>oracle");
    assertThat(session.loops()).noneMatch(loop -> loop.factIds().contains(cloud.id()));
  }

  @Test
  void aDenialMovedAWeekLaterNoLongerReadsAsAReplyToTheStallReport() {
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
  void acceptsADealBeforeItsCompaniesAndMatchesItWhenTheyArrive() {
    RecordingListener fresh = new RecordingListener();
    try (RiskSession empty = engine.newSession(fresh, AS_OF)) {
      empty.insert(investment("nvidia-openai-loi-2025-09"));
      empty.insert(facts.supplyDeals().stream().filter(d -> d.id().equals("openai-nvidia-systems-loi-2025-09"))
          .findFirst().orElseThrow());
      assertThat(fresh.raised).isEmpty();

      empty.insert(facts.company("nvidia").orElseThrow());
      empty.insert(facts.company("openai").orElseThrow());

      assertThat(fresh.raised).extracting(Alert::key).contains("vendor-funds-customer:nvidia@loop:nvidia>openai");
    }
  }

  @Test
  void holdsFactsDatedAfterItsDateUntilTheDateReachesThem() {
    RecordingListener fresh = new RecordingListener();
    try (RiskSession early = engine.newSession(fresh, LocalDate.parse("2025-10-01"))) {
      early.insertAll(facts);
      assertThat(early.facts().size()).isEqualTo(facts.size());
      assertThat(early.alerts()).extracting(Alert::rule).doesNotContain("pledge-cut");
    }
  }

  @Test
  void refusesWhatItCannotDoWithMessagesThatSayWhy() {
    assertThatThrownBy(() -> session.insert(investment("nvidia-openai-2026-02")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the session")
        .hasMessageContaining("use update");
    assertThatThrownBy(() -> session.retract("no-such-deal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no fact with id 'no-such-deal'");
    assertThatThrownBy(() -> session.insert("a string"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Company, Investment, SupplyDeal");
    assertThatThrownBy(() -> session.advanceTo(AS_OF.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");
    session.close();
    assertThatThrownBy(() -> session.alerts()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aListenerMayReadTheSessionButNotChangeIt() {
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
  void deliversEveryCallbackWhenOneThrowsThenReportsTheFirst() {
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
      List<Object> all = new ArrayList<>(facts.all().toList());
      Collections.shuffle(all, new Random(7));
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<Object> share = all.subList(t * all.size() / 4, (t + 1) * all.size() / 4);
        done.add(feeders.submit(() -> share.forEach(shared::insert)));
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
