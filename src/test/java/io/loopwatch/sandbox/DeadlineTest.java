package io.loopwatch.sandbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What instrumented rule code meets at each check: nothing before its deadline, an error after. */
class DeadlineTest {

  private static final Duration LONG = Duration.ofHours(1);
  private static final Duration PASSED = Duration.ofNanos(1);

  @Test
  void checkDoesNothingOnAThreadWithoutADeadline() {
    assertThatCode(Deadline::check).doesNotThrowAnyException();
  }

  @Test
  void checkDoesNothingBeforeTheDeadline() {
    assertThatCode(() -> Deadline.within(LONG, () -> {
      Deadline.check();
      return null;
    })).doesNotThrowAnyException();
  }

  @Test
  void checkThrowsOnceTheDeadlineHasPassed() {
    assertThatThrownBy(() -> Deadline.within(PASSED, DeadlineTest::checkUntilStopped))
        .isInstanceOf(Deadline.DeadlineExceeded.class)
        .hasMessage("the evaluation's deadline has passed");
  }

  @Test
  void aPassedDeadlineStaysPassedForCodeThatSwallowsTheError() {
    assertThatThrownBy(() -> Deadline.within(PASSED, () -> {
      try {
        checkUntilStopped();
      } catch (Deadline.DeadlineExceeded swallowed) {
        // Rule code that catches it meets it again at its next check.
      }
      Deadline.check();
      return null;
    })).isInstanceOf(Deadline.DeadlineExceeded.class);
  }

  @Test
  void theDeadlineEndsWithTheWork() {
    assertThatThrownBy(() -> Deadline.within(PASSED, DeadlineTest::checkUntilStopped))
        .isInstanceOf(Deadline.DeadlineExceeded.class);

    assertThatCode(Deadline::check).doesNotThrowAnyException();
  }

  @Test
  void aNestedDeadlineRestoresTheOuterOneWhenItEnds() {
    assertThatCode(() -> Deadline.within(LONG, () -> {
      assertThatThrownBy(() -> Deadline.within(PASSED, DeadlineTest::checkUntilStopped))
          .isInstanceOf(Deadline.DeadlineExceeded.class);
      Deadline.check();
      return null;
    })).doesNotThrowAnyException();
  }

  @Test
  void aNestedDeadlineCannotReachPastTheOuterOne() {
    assertThatThrownBy(() -> Deadline.within(PASSED, () -> Deadline.within(LONG, DeadlineTest::checkUntilStopped)))
        .isInstanceOf(Deadline.DeadlineExceeded.class);
  }

  @Test
  void aLimitOfCenturiesIsAcceptedWithoutOverflow() {
    assertThatCode(() -> Deadline.within(Duration.ofSeconds(Long.MAX_VALUE), () -> {
      Deadline.check();
      return null;
    })).doesNotThrowAnyException();
  }

  /** Loops the way instrumented rule code does, checking at every turn; ends only by the deadline. */
  private static Object checkUntilStopped() {
    while (true) {
      Deadline.check();
      Thread.onSpinWait();
    }
  }
}
