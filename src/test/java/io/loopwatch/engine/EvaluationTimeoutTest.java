package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.sandbox.Deadline;
import io.loopwatch.testing.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that never returns is stopped at the time limit and named, in an evaluation and in a live
 * session. Its consequence spins in code no deadline check reaches (as rule code does until it is
 * instrumented), so these exercise the fallback: the caller gives up on the worker thread. The spin
 * ends by itself after a few seconds, so the test JVM keeps no busy thread.
 */
class EvaluationTimeoutTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final FactSet ONE_COMPANY = FactSet.builder().add(company("acme", Role.AI_LAB)).build();
  private static final Duration LIMIT = Duration.ofMillis(200);

  @TempDir
  Path rules;

  @Test
  void stopsAnEvaluationWhoseConsequenceNeverReturnsAndNamesTheRule() throws Exception {
    RiskEngine engine = RiskEngine.builder().rules(writeSpinningRule()).timeout(LIMIT).build();

    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(timeout.rule().id()).isEqualTo("spins");
    assertThat(timeout.limit()).isEqualTo(LIMIT);
    assertThat(timeout.getMessage()).startsWith(rules.resolve("spin.drl") + ":9: rule 'spins': still running when"
        + " the time limit of 200ms passed").contains("--timeout");
  }

  @Test
  void stopsALiveChangeWhoseConsequenceNeverReturnsAndTheSessionRefusesFurtherChanges() throws Exception {
    RiskEngine engine = RiskEngine.builder().rules(writeSpinningRule()).timeout(LIMIT).build();
    try (RiskSession session = engine.newSession(new RecordingListener(), AS_OF)) {

      EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
          () -> session.insert(company("acme", Role.AI_LAB)));

      assertThat(timeout.rule().id()).isEqualTo("spins");
      assertThatThrownBy(() -> session.insert(company("bolt", Role.AI_LAB)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("close it and open a new one");
    }
  }

  /**
   * The sandbox instruments rule code to check its deadline at every loop turn, so a loop that
   * never ends stops at the limit; the error gets out of Drools whatever Drools wraps it in, and
   * the rule is named.
   */
  @Test
  void aConsequenceThatNeverEndsStopsAtItsDeadlineAndIsNamed() throws Exception {
    Files.writeString(rules.resolve("checks.drl"), """
        package test.checks;
        import io.loopwatch.facts.Company;

        function void loopCheckingTheDeadline() {
            while (true) { }
        }

        rule "checks"
            @id("checks") @category("CONTAGION") @severity("LOW") @description("Loops without end.")
        when
            $c : Company()
        then
            loopCheckingTheDeadline();
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).timeout(LIMIT).build();

    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(timeout.rule().id()).isEqualTo("checks");
    assertThat(timeout).hasRootCauseInstanceOf(Deadline.DeadlineExceeded.class);
  }

  @Test
  void aConditionThatNeverEndsStopsAtItsDeadlineAndIsNamed() throws Exception {
    Files.writeString(rules.resolve("slow-condition.drl"), """
        package test.slow;
        import io.loopwatch.facts.Company;

        function boolean loopCheckingTheDeadline(String id) {
            while (true) { }
        }

        rule "slow-condition"
            @id("slow-condition") @category("CONTAGION") @severity("LOW") @description("Matches without end.")
        when
            Company( loopCheckingTheDeadline(id) )
        then
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).timeout(LIMIT).build();

    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(timeout).isNotNull().hasRootCauseInstanceOf(Deadline.DeadlineExceeded.class);
    // Outside a firing, the rule is found by its condition's text, as for any failing condition.
    assertThat(timeout.rule().id()).isEqualTo("slow-condition");
    assertThat(timeout.getMessage()).contains("time limit of 200ms passed");
  }

  @Test
  void refusesATimeLimitThatIsNotPositive() {
    assertThatThrownBy(() -> RiskEngine.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the time limit must be positive, was PT0S; expected a positive duration such as 500ms, 20s,"
            + " 5m, 1h or ISO-8601 PT20S");
    assertThatThrownBy(() -> RiskEngine.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Path writeSpinningRule() throws Exception {
    Files.writeString(rules.resolve("spin.drl"), """
        package test.spin;
        import io.loopwatch.facts.Company;

        function void spinForSeconds(long seconds) {
            java.time.Instant end = java.time.Instant.now().plusSeconds(seconds);
            while (java.time.Instant.now().isBefore(end)) {}
        }

        rule "spins"
            @id("spins") @category("CONTAGION") @severity("LOW") @description("Never returns, as far as anyone waits.")
        when
            $c : Company()
        then
            spinForSeconds(3);
        end
        """);
    return rules;
  }
}
