package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Category;
import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.RuleInfo;
import io.loopwatch.Severity;
import io.loopwatch.sandbox.Deadline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Work under a time limit: stopped by its deadline where it checks, abandoned where it does not. */
class TimeLimitTest {

  private static final Duration SHORT = Duration.ofMillis(100);
  private static final RuleInfo SPINNER = new RuleInfo("spinner", "spinner", Category.CONTAGION, Severity.LOW,
      "Never ends.", Path.of("rules/spin.drl"), 4);

  @Test
  void returnsWhatTheWorkReturnsOnAThreadOfItsOwn() {
    String thread = TimeLimit.run(Duration.ofMinutes(1), () -> null, () -> Thread.currentThread().getName());

    assertThat(thread).startsWith("loopwatch-evaluation-");
  }

  @Test
  void throwsTheWorksOwnFailureAsItIs() {
    IllegalStateException failure = new IllegalStateException("broken");

    assertThatThrownBy(() -> TimeLimit.run(Duration.ofMinutes(1), () -> null, () -> {
      throw failure;
    })).isSameAs(failure);
  }

  @Test
  void stopsWorkThatChecksItsDeadlineAndNamesTheRunningRule() {
    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> TimeLimit.run(SHORT, () -> SPINNER, TimeLimitTest::checkForever));

    assertThat(timeout.rule()).isEqualTo(SPINNER);
    assertThat(timeout.limit()).isEqualTo(SHORT);
    assertThat(timeout.getMessage()).isEqualTo("rules/spin.drl:4: rule 'spinner': still running when the time limit"
        + " of 100ms passed; the evaluation was stopped. If the rules need longer, raise the limit with --timeout"
        + " (or RiskEngine.builder().timeout(...))");
    assertThat(timeout.getCause()).isInstanceOf(Deadline.DeadlineExceeded.class);
  }

  @Test
  void findsTheDeadlineInsideTheWrappingDroolsPutsAroundAFailingConsequence() {
    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> TimeLimit.run(SHORT, () -> null, () -> {
          try {
            return checkForever();
          } catch (Deadline.DeadlineExceeded e) {
            throw new RuleExecutionException(SPINNER, "failed while firing: " + e, new RuntimeException(e));
          }
        }));

    assertThat(timeout.rule()).isEqualTo(SPINNER);
  }

  @Test
  void saysSoWhenNoRuleWasRunning() {
    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> TimeLimit.run(SHORT, () -> null, TimeLimitTest::checkForever));

    assertThat(timeout.rule()).isNull();
    assertThat(timeout.getMessage()).startsWith("the time limit of 100ms passed while no rule's consequence was running");
  }

  @Test
  void givesUpOnWorkThatNeverChecksItsDeadline() {
    // Ends by itself a few seconds later, so the test JVM keeps no spinning thread.
    long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> TimeLimit.run(SHORT, () -> SPINNER, () -> {
          while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
          }
          return null;
        }));

    assertThat(timeout.rule()).isEqualTo(SPINNER);
    assertThat(timeout.getCause()).isNull();
  }

  @Test
  void anInterruptedCallerStopsWaitingAndKeepsItsInterrupt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        TimeLimit.run(Duration.ofMinutes(5), () -> null, () -> {
          started.countDown();
          // Ends when cancelled, so the test JVM keeps no spinning thread.
          while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
          }
          return null;
        });
      } catch (Throwable t) {
        thrown.set(t);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    });
    caller.start();
    started.await();

    caller.interrupt();
    caller.join(Duration.ofSeconds(30).toMillis());

    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(stillInterrupted.get()).isTrue();
  }

  /** What instrumented rule code in an endless loop does: checks its deadline at every turn. */
  private static Object checkForever() {
    while (true) {
      Deadline.check();
      Thread.onSpinWait();
    }
  }
}
