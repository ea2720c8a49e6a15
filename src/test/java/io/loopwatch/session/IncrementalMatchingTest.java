package io.loopwatch.session;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.Facts.replacement;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.testing.RecordingListener;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rules whose later conditions read what an earlier one gathered must match afresh when the
 * gathering grows or shrinks, in a live session that receives the facts in an unlucky order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalMatchingTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private RiskEngine engine;

  @BeforeAll
  void compileRules() throws Exception {
    engine = bundledRules();
  }

  @Test
  void vendorFinancingCountsAnInvestmentWhoseInvesteeBecomesACustomerLater() throws Exception {
    List<Fact> facts = List.of(
        company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB), company("coreweave", Role.NEOCLOUD),
        financials("nvidia", "100e9", "70e9", null),
        buy("openai", "nvidia", null),
        invest("nvidia", "openai", "20e9"),
        // The investment in CoreWeave arrives before CoreWeave buys anything from Nvidia.
        invest("nvidia", "coreweave", "10e9"),
        buy("coreweave", "nvidia", null));

    assertThat(fedInOrder(facts)).isEqualTo(evaluated(facts));
  }

  @Test
  void vendorFinancingDropsAnInvestmentOnceALaterOneReplacesIt() throws Exception {
    List<Fact> facts = List.of(
        company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB),
        financials("nvidia", "100e9", "70e9", null),
        buy("openai", "nvidia", null),
        invest("nvidia-openai-loi", "nvidia", "openai", "50e9", DealStatus.LOI),
        replacement("nvidia-openai-final", "nvidia-openai-loi", "nvidia", "openai", "20e9", DealStatus.SIGNED));

    assertThat(fedInOrder(facts)).isEqualTo(evaluated(facts));
  }

  @Test
  void vendorFinancingFollowsACustomerThatStopsBuying() throws Exception {
    List<Fact> facts = List.of(
        company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB), company("coreweave", Role.NEOCLOUD),
        financials("nvidia", "100e9", "70e9", null),
        buy("openai", "nvidia", null), buy("coreweave", "nvidia", null),
        invest("nvidia", "openai", "20e9"), invest("nvidia", "coreweave", "10e9"));
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      session.retract("coreweave-buys-from-nvidia");

      List<Fact> remaining = facts.stream().filter(f -> !(f instanceof SupplyDeal d
          && d.buyer().equals("coreweave"))).toList();
      assertThat(session.alerts()).isEqualTo(evaluated(remaining));
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());
    }
  }

  private List<Alert> fedInOrder(List<Fact> facts) throws Exception {
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());
      return session.alerts();
    }
  }

  private List<Alert> evaluated(List<Fact> facts) throws Exception {
    FactSet.Builder set = FactSet.builder();
    facts.forEach(set::addFact);
    return engine.evaluate(set.build(), AS_OF).alerts();
  }
}
