package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static io.loopwatch.testing.RuleAlerts.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * rules/temporal-signals.drl on the bundled facts. The analysts' cases in
 * rules/tests/temporal-signals.test.yaml cover each rule's thresholds and near misses; these show
 * what the rules say about the story the facts tell, on the pseudo clock of each date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemporalSignalsRulesTest {

  private RiskEngine engine;
  private FactSet facts;

  @BeforeAll
  void loadBundledRulesAndFacts() throws Exception {
    engine = bundledRules();
    facts = FactFiles.load(Path.of("facts"));
  }

  private Report asOf(String date) throws Exception {
    return engine.evaluate(facts, LocalDate.parse(date));
  }

  @Test
  void readsHuangsAndAltmansDenialThreeDaysAfterTheStallReportAsStress() throws Exception {
    assertThat(alertsOf(asOf("2026-02-05"), "denial-after-negative-report")).singleElement().satisfies(alert -> {
      assertThat(alert.subjects()).containsExactly("nvidia", "openai");
      assertThat(alert.severity()).isEqualTo(Severity.HIGH);
      assertThat(alert.message()).contains("came 3 day(s) after a report that talks stalled", "a sign of stress");
      assertThat(alert.evidence().facts()).containsExactly(
          "ev-nvidia-openai-talks-stalled-2026-01", "ev-nvidia-openai-denial-2026-02", "nvidia-openai-loi-2025-09");
    });
  }

  @Test
  void hasNoDenialToReadBeforeItWasMade() throws Exception {
    assertThat(alertsOf(asOf("2026-02-02"), "denial-after-negative-report")).isEmpty();
  }

  @Test
  void seesOpenAiAndOracleTurnToAmdInOctober2025() throws Exception {
    assertThat(alertsOf(asOf("2025-10-31"), "rival-chip-shift")).singleElement().satisfies(alert -> {
      assertThat(alert.subjects()).containsExactly("nvidia", "openai", "oracle");
      assertThat(alert.severity()).isEqualTo(Severity.HIGH);
      assertThat(alert.evidence().facts())
          .containsExactlyInAnyOrder("openai-amd-gpus-2025-10", "openai-broadcom-asic-2025-10", "oracle-amd-mi450-2025-10");
    });
  }

  @Test
  void letsTheOctoberPurchasesSlideOutOfTheQuarter() throws Exception {
    assertThat(subjectsOf(asOf("2026-02-05"), "rival-chip-shift")).doesNotContain(List.of("nvidia", "openai", "oracle"));
  }

  @Test
  void keepsOldEventsAndDealsInTheSessionInStreamMode() throws Exception {
    // Fusion drops an event once every rule that uses it has a time limit; the other rules match
    // deals without one, so a purchase from October is still there in February, past the window.
    assertThat(alertsOf(asOf("2026-02-05"), "supplier-diversification"))
        .filteredOn(a -> a.subjects().equals(List.of("nvidia", "openai")))
        .singleElement()
        .satisfies(alert -> assertThat(alert.evidence().facts()).contains("openai-amd-gpus-2025-10"));
  }
}
