package io.loopwatch.session;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.testing.RecordingListener;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Facts that go and come back. A rule whose gathered result stops qualifying (no investment left,
 * orders below the threshold) and qualifies again used to leave Drools 10.2 with a stale match when
 * an {@code eval} followed the gathering; the next change to that result then failed inside Drools
 * ({@code RuleExecutor.removeDormantTuple}) and the session was lost. The bundled rules test their
 * thresholds on the result itself now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReinsertionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private RiskEngine engine;

  @BeforeAll
  void compileRules() throws Exception {
    engine = bundledRules();
  }

  @Test
  void theBundledFactsSurviveTwoDealsRetractedAndInsertedAgain() throws Exception {
    FactSet bundled = FactFiles.load(Path.of("facts"));
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      session.insertAll(bundled);
      session.retract("coreweave-openai-equity-2025-03");
      session.retract("anthropic-microsoft-azure-2025-11");
      session.insert(fact(bundled, "coreweave-openai-equity-2025-03"));
      session.insert(fact(bundled, "anthropic-microsoft-azure-2025-11"));

      assertThat(session.alerts()).isEqualTo(engine.evaluate(session.facts(), AS_OF).alerts());
      assertThat(session.alerts()).extracting(Alert::key).contains("vendor-financing-intensity:coreweave");
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());

      // Still usable: the same retraction again clears what it cleared the first time.
      session.retract("coreweave-openai-equity-2025-03");
      assertThat(session.alerts()).isEqualTo(engine.evaluate(session.facts(), AS_OF).alerts());
    }
  }

  @Test
  void vendorFinancingWhoseOnlyInvestmentGoesComesBackAndGrows() throws Exception {
    assertEndsLikeAnEvaluation(
        List.of(company("coreweave", Role.NEOCLOUD), company("openai", Role.AI_LAB),
            financials("coreweave", "2e9", "-1e9", null), buy("openai", "coreweave", "10e9")),
        invest("coreweave", "openai", "0.5e9"),
        invest("coreweave-openai-more", "coreweave", "openai", "0.1e9", DealStatus.SIGNED));
  }

  @Test
  void fundedCustomerConcentrationWhoseOnlyOrderGoesComesBackAndGrows() throws Exception {
    assertEndsLikeAnEvaluation(
        List.of(company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB),
            financials("nvidia", "100e9", "70e9", null), invest("nvidia", "openai", "10e9")),
        buy("openai", "nvidia", "20e9"),
        buy("openai-more", "openai", "nvidia", Product.GPU, "5e9", DealStatus.SIGNED));
  }

  @Test
  void lossMakerCommitmentsWhoseOnlyPurchaseGoesComesBackAndGrows() throws Exception {
    assertEndsLikeAnEvaluation(
        List.of(company("openai", Role.AI_LAB), company("oracle", Role.CLOUD_PROVIDER),
            financials("openai", "4e9", "-5e9", null)),
        buy("openai", "oracle", "300e9"),
        buy("openai-more", "openai", "oracle", Product.CLOUD, "10e9", DealStatus.SIGNED));
  }

  /**
   * Inserts the base facts and {@code comesBack}, retracts it (the rule's result no longer
   * qualifies), inserts it again, then adds {@code more} (the result grows); after each step the
   * alerts are those of an evaluation of the same facts.
   */
  private void assertEndsLikeAnEvaluation(List<Fact> base, Fact comesBack, Fact more) throws Exception {
    try (RiskSession session = engine.newSession(new RecordingListener(), AS_OF)) {
      for (Fact fact : base) {
        session.insert(fact);
      }
      session.insert(comesBack);
      List<Alert> withIt = session.alerts();
      assertThat(withIt).as("the case must raise an alert that depends on %s", comesBack.id())
          .isNotEmpty();
      session.retract(comesBack.id());
      assertThat(session.alerts()).isEqualTo(engine.evaluate(session.facts(), AS_OF).alerts());
      session.insert(comesBack);
      assertThat(session.alerts()).isEqualTo(withIt);
      session.insert(more);
      assertThat(session.alerts()).isEqualTo(engine.evaluate(session.facts(), AS_OF).alerts());
    }
  }

  private static Fact fact(FactSet facts, String id) {
    return facts.all().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }
}
