package io.loopwatch;

import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.SweepResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an embedder calls: {@code engine.stress} and {@code engine.sweep}. */
class StressApiTest {

  @Test
  void stressReturnsTheCompaniesHurtMostFirst() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));

    StressResult result = bundledRules().stress(facts, Scenario.of(Shock.of("openai", Shock.Kind.SHORTFALL, 0.5)), AS_OF);

    assertThat(result.model()).isEqualTo(StressModel.CLEARING);
    assertThat(result.hurt()).extracting(c -> c.company()).startsWith("oracle", "microsoft");
  }

  @Test
  void stressRefusesAScenarioNamingAnUnknownCompany() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));

    assertThatThrownBy(() -> bundledRules().stress(facts, Scenario.of(Shock.of("acme", Shock.Kind.DEFAULT, 0)), AS_OF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics().get(0).message())
            .isEqualTo("unknown company 'acme'"));
  }

  @Test
  void sweepRanksTheCompaniesOnLoops() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));

    SweepResult sweep = bundledRules().sweep(facts, AS_OF, Shock.Kind.DEFAULT, 0, StressModel.DEBTRANK);

    assertThat(sweep.ranking()).isNotEmpty();
    assertThat(sweep.ranking().get(0).company()).isEqualTo("openai");
  }
}
