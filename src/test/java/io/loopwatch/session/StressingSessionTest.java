package io.loopwatch.session;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.RiskSession;
import io.loopwatch.facts.Role;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioRun;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import io.loopwatch.testing.RecordingListener;
import org.junit.jupiter.api.Test;

/** A live session with a stress scenario runs it again after each change. */
class StressingSessionTest {

  @Test
  void raisesUpdatesAndClearsTheContagionAlertAsTheObligationChanges() throws Exception {
    RecordingListener listener = new RecordingListener();
    Scenario scenario = Scenario.of(Shock.of("lab", Shock.Kind.SHORTFALL, 0.5));
    try (RiskSession session = bundledRules().withScenario(new ScenarioRun(scenario, StressModel.CLEARING))
        .newSession(listener, AS_OF)) {
      session.insert(company("cloud", Role.CLOUD_PROVIDER));
      session.insert(financials("cloud", "40e9", "5e9", null));
      session.insert(company("lab", Role.AI_LAB));
      assertThat(listener.current()).doesNotContainKey("contagion-exposure:cloud,lab");

      session.insert(buy("lab", "cloud", "10e9"));
      assertThat(listener.current().get("contagion-exposure:cloud,lab").message()).contains("USD 5 B");

      session.update(buy("lab", "cloud", "100e9"));
      assertThat(listener.current().get("contagion-exposure:cloud,lab").message()).contains("USD 50 B");

      session.retract("lab-buys-from-cloud");
      assertThat(listener.current()).doesNotContainKey("contagion-exposure:cloud,lab");
    }
  }
}
