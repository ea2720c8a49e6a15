package io.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.stress.CompanyStress;
import java.util.List;
import org.junit.jupiter.api.Test;

class StressWordingTest {

  private static CompanyStress company(boolean shocked, int round) {
    return new CompanyStress("oracle", "Oracle", shocked, 1e9, 1e9, 1, round, 0, 0, 0, List.of("openai", "oracle"));
  }

  /** DebtRank reports round 0 for every company it pushes to distress 1; only a shocked one was the shock's. */
  @Test
  void saysShockOnlyOfTheCompanyTheScenarioHit() {
    assertThat(StressWording.status(company(true, 0))).isEqualTo("defaults (shock)");
    assertThat(StressWording.status(company(false, 0))).isEqualTo("defaults");
    assertThat(StressWording.status(company(false, 2))).isEqualTo("defaults in round 2");
    assertThat(StressWording.status(company(false, -1))).isEmpty();
  }
}
