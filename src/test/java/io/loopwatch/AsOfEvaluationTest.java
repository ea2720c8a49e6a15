package io.loopwatch;

import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code evaluate(facts, asOf)} on the bundled data: the picture before and after the cut of 2026-02-04. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfEvaluationTest {

  private static final LocalDate BEFORE_THE_CUT = LocalDate.parse("2025-10-01");
  private static final LocalDate AFTER_THE_CUT = LocalDate.parse("2026-02-05");

  private RiskEngine engine;
  private FactSet facts;

  @BeforeAll
  void loadBundledRulesAndFacts() throws Exception {
    engine = bundledRules();
    facts = FactFiles.load(Path.of("facts"));
  }

  @Test
  void inOctober2025TheLoopRunsThroughTheHundredBillionLetterOfIntentAndNothingWasCutYet() throws Exception {
    Report report = engine.evaluate(facts, BEFORE_THE_CUT);

    assertThat(alertsOf(report, "circular-loop"))
        .filteredOn(a -> a.key().equals("circular-loop:loop:nvidia>openai>oracle"))
        .singleElement()
        .satisfies(alert -> assertThat(alert.evidence().facts()).contains("nvidia-openai-loi-2025-09")
            .doesNotContain("nvidia-openai-2026-02"));
    assertThat(alertsOf(report, "vendor-funds-customer")).extracting(Alert::subjects)
        .anySatisfy(subjects -> assertThat(subjects).containsExactly("nvidia", "openai"));
    assertThat(alertsOf(report, "pledge-cut")).isEmpty();
    assertThat(alertsOf(report, "reported-commitment-cut")).isEmpty();
    assertThat(alertsOf(report, "negotiation-stalled")).isEmpty();
  }

  @Test
  void inFebruary2026TheHundredBillionPledgeIsCutToTwenty() throws Exception {
    Report report = engine.evaluate(facts, AFTER_THE_CUT);

    assertThat(alertsOf(report, "pledge-cut")).singleElement().satisfies(alert -> {
      assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(alert.message()).contains("from USD 100 B", "to USD 20 B");
    });
  }

  @Test
  void leavesOutWhatWasAnnouncedAfterTheDate() throws Exception {
    Report before = engine.evaluate(facts, BEFORE_THE_CUT);
    Report after = engine.evaluate(facts, AFTER_THE_CUT);

    assertThat(after.factCount()).isEqualTo(facts.size());
    assertThat(before.factCount()).isLessThan(after.factCount());
    assertThat(before.alerts()).flatExtracting(a -> a.evidence().facts())
        .doesNotContain("nvidia-openai-2026-02", "openai-cerebras-2026-01", "ev-nvidia-openai-commitment-cut-2026-02");
  }

  @Test
  void givesTheSameAnswerForTheSameDateWhateverTheEnginesClock() throws Exception {
    RiskEngine inThePast = RiskEngine.builder().rules(Path.of("rules"))
        .clock(java.time.Clock.fixed(java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
        .build();

    assertThat(inThePast.evaluate(facts, AFTER_THE_CUT).alerts())
        .isEqualTo(engine.evaluate(facts, AFTER_THE_CUT).alerts());
  }
}
