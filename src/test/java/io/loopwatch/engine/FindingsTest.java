package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Alert;
import io.loopwatch.FactSummary;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.rules.Finding;
import io.loopwatch.testing.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

/** Rules insert findings; the engine makes one explained alert per key, from the strongest finding. */
class FindingsTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final FactSet TWO = FactSet.builder()
      .add(company("acme", Role.AI_LAB)).add(company("bolt", Role.NEOCLOUD)).build();

  @TempDir
  Path rules;

  @BeforeEach
  void oneRuleThatGradesEachCompanyUnderOneKey() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "name-length-count:\n  high: 4\n");
    Files.writeString(rules.resolve("graded.drl"), """
        package test.graded;
        import io.loopwatch.facts.Company;
        import io.loopwatch.rules.Alerts;
        import io.loopwatch.rules.Thresholds;
        import io.loopwatch.rules.Unit;
        global Thresholds thresholds;

        rule "every-company"
            @id("every-company") @category("CONTAGION") @severity("LOW") @description("One finding per company.")
        when
            $c : Company()
        then
            insertLogical(Alerts.raise(kcontext).subjects("acme").message("seen " + $c.id())
                .grade("name-length-count", "letters", $c.id().equals("bolt") ? 4 : 1, Unit.NUMBER)
                .evidence($c).key("all").build());
        end
        """);
  }

  @Test
  void theSessionHoldsFindingsAndNoAlerts() throws Exception {
    CompiledRules compiled = RuleCompiler.compile(rules);
    KieSession session = StreamMode.open(compiled, AS_OF);
    try {
      TWO.companies().forEach(session::insert);
      session.fireAllRules();

      List<Object> raised = session.getObjects(o -> !(o instanceof io.loopwatch.facts.Company)).stream()
          .map(Object.class::cast).toList();
      assertThat(raised).hasSize(2).allMatch(o -> o instanceof Finding);
      assertThat(raised).noneMatch(o -> o instanceof Alert);
    } finally {
      session.dispose();
    }
  }

  @Test
  void anEvaluationMakesOneExplainedAlertPerKeyFromTheStrongestFinding() throws Exception {
    List<Alert> alerts = RiskEngine.builder().rules(rules).build().evaluate(TWO, AS_OF).alerts();

    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.key()).isEqualTo("every-company:all");
      assertThat(alert.severity()).isEqualTo(Severity.HIGH);
      assertThat(alert.message()).isEqualTo("seen bolt");
      assertThat(alert.explanation().ruleSource()).isEqualTo(rules.resolve("graded.drl") + ":8");
      assertThat(alert.explanation().facts()).extracting(FactSummary::id).containsExactly("bolt");
      assertThat(alert.explanation().thresholds()).extracting(ThresholdCrossing::threshold)
          .containsExactly("name-length-count.high");
    });
  }

  @Test
  void aLiveSessionShowsTheSameAlertAndMakesItAgainWhenTheStrongestFindingGoes() throws Exception {
    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      session.insertAll(TWO);

      assertThat(session.alerts()).isEqualTo(engine.evaluate(TWO, AS_OF).alerts());

      session.retract("bolt");

      assertThat(session.alerts()).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.LOW);
        assertThat(alert.message()).isEqualTo("seen acme");
        assertThat(alert.explanation().thresholds()).isEmpty();
      });
      assertThat(listener.updated).hasSize(1);
    }
  }

  @Test
  void aRuleThatGradesInARuleBaseWithoutTheThresholdsGlobalFailsSayingWhatToDeclare() throws Exception {
    Files.writeString(rules.resolve("graded.drl"), Files.readString(rules.resolve("graded.drl"))
        .replace("global Thresholds thresholds;", ""));

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> RiskEngine.builder().rules(rules).build().evaluate(TWO, AS_OF));

    assertThat(failure).isNotNull();
    assertThat(failure.rule().id()).isEqualTo("every-company");
    assertThat(failure.getMessage()).contains("calls grade(\"name-length-count\"), but its rule base has no thresholds:"
        + " declare 'global io.loopwatch.rules.Thresholds thresholds;'");
  }
}
