package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioRun;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** rules/contagion.drl: what a stress scenario leaves a company unpaid, against its revenue. */
class ContagionRulesTest extends BundledRulesTest {

  /** A lab owing a cloud USD 100 B; the cloud's revenue is USD 40 B a year. */
  private static FactSet.Builder labAndCloud() {
    return FactSet.builder()
        .add(company("lab", Role.AI_LAB))
        .add(company("cloud", Role.CLOUD_PROVIDER))
        .add(buy("lab", "cloud", "100e9"))
        .add(financials("cloud", "40e9", "5e9", null));
  }

  private static Report withShortfall(FactSet.Builder facts, double fraction) throws Exception {
    Scenario scenario = Scenario.of(Shock.of("lab", Shock.Kind.SHORTFALL, fraction));
    return engine().withScenario(new ScenarioRun(scenario, StressModel.CLEARING)).evaluate(facts.build(), AS_OF);
  }

  @Test
  void raisesWhatAShortfallLeavesTheSupplierUnpaidAgainstItsRevenue() throws Exception {
    Report report = withShortfall(labAndCloud(), 0.5);

    assertThat(alertsOf(report, "contagion-exposure")).singleElement().satisfies(alert -> {
      assertThat(alert.subjects()).containsExactly("cloud", "lab");
      assertThat(alert.key()).isEqualTo("contagion-exposure:cloud,lab");
      assertThat(alert.message()).isEqualTo("Scenario 'lab=shortfall:0.5': a 50 % shortfall at Lab leaves Cloud"
          + " USD 50 B it is owed unpaid, 125 % of its annual revenue (path lab → cloud; clearing).");
      assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(alert.explanation().thresholds()).extracting(t -> t.threshold())
          .contains("contagion-loss-to-revenue.medium", "contagion-loss-to-revenue.critical");
      assertThat(alert.explanation().facts()).extracting(f -> f.id()).containsExactly("lab-buys-from-cloud", "cloud/2025");
    });
  }

  /** Loss against revenue of 40 B: 3.9 B is below 10 %; 4 B is medium; 20 B high; 40 B critical. */
  @ParameterizedTest
  @CsvSource({"0.039, ", "0.04, MEDIUM", "0.199, MEDIUM", "0.2, HIGH", "0.4, CRITICAL"})
  void gradesByTheThresholdsAtTheirExactBoundaries(double shortfall, Severity expected) throws Exception {
    Report report = withShortfall(labAndCloud(), shortfall);

    assertThat(alertsOf(report, "contagion-exposure")).extracting(Alert::severity)
        .containsExactlyElementsOf(expected == null ? java.util.List.of() : java.util.List.of(expected));
  }

  /**
   * DebtRank measures distress times the buffer, not money left unpaid: its message must not say
   * "unpaid", nor call the loss contracted revenue. Here the lab's half shortfall, passed on at
   * W = 100 / 200, takes a quarter of the cloud's buffer of five years' revenue: USD 50 B.
   */
  @Test
  void saysWhatDebtRankMeasuresRatherThanMoneyUnpaid() throws Exception {
    Scenario scenario = Scenario.of(Shock.of("lab", Shock.Kind.SHORTFALL, 0.5));

    Report report = engine().withScenario(new ScenarioRun(scenario, StressModel.DEBTRANK))
        .evaluate(labAndCloud().build(), AS_OF);

    assertThat(alertsOf(report, "contagion-exposure")).singleElement().satisfies(alert ->
        assertThat(alert.message()).isEqualTo("Scenario 'lab=shortfall:0.5': a 50 % shortfall at Lab costs Cloud"
            + " USD 50 B by DebtRank's measure (its distress times its revenue over the horizon), 125 % of its annual"
            + " revenue (path lab → cloud; debtrank)."));
  }

  /**
   * An unpaid pledge is money the investee was owed, not revenue it contracted; and a closed
   * investment between the same two companies carries no loss under clearing, so it is no evidence.
   */
  @Test
  void callsAnUnpaidPledgeOwedAndLeavesPaidStakesOutOfTheEvidence() throws Exception {
    FactSet.Builder facts = FactSet.builder()
        .add(company("lab", Role.AI_LAB))
        .add(company("cloud", Role.CLOUD_PROVIDER))
        .add(invest("lab-pledge", "lab", "cloud", "100e9", io.loopwatch.facts.DealStatus.SIGNED))
        .add(invest("lab-stake", "lab", "cloud", "1e9", io.loopwatch.facts.DealStatus.CLOSED))
        .add(financials("cloud", "40e9", "5e9", null));

    Report report = withShortfall(facts, 0.5);

    assertThat(alertsOf(report, "contagion-exposure")).singleElement().satisfies(alert -> {
      assertThat(alert.message()).isEqualTo("Scenario 'lab=shortfall:0.5': a 50 % shortfall at Lab leaves Cloud"
          + " USD 50 B it is owed unpaid, 125 % of its annual revenue (path lab → cloud; clearing).");
      assertThat(alert.explanation().facts()).extracting(f -> f.id()).containsExactly("lab-pledge", "cloud/2025");
    });
  }

  @Test
  void raisesNothingWithoutAScenario() throws Exception {
    assertThat(alertsOf(evaluate(labAndCloud()), "contagion-exposure")).isEmpty();
  }

  @Test
  void raisesNothingForACompanyWithoutFinancials() throws Exception {
    FactSet.Builder facts = FactSet.builder()
        .add(company("lab", Role.AI_LAB)).add(company("cloud", Role.CLOUD_PROVIDER)).add(buy("lab", "cloud", "100e9"));

    assertThat(alertsOf(withShortfall(facts, 1), "contagion-exposure")).isEmpty();
  }

  @Test
  void refusesAScenarioNamingACompanyTheFactsDoNotHold() {
    Scenario scenario = Scenario.of(Shock.of("nobody", Shock.Kind.DEFAULT, 0));

    assertThatThrownBy(() -> engine().withScenario(new ScenarioRun(scenario, StressModel.CLEARING))
        .evaluate(labAndCloud().build(), AS_OF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown company 'nobody'");
  }
}
