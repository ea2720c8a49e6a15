package io.loopwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.Category;
import io.loopwatch.Severity;
import io.loopwatch.ThresholdCrossing;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule grades its finding by tiers read from thresholds.yaml, and the finding says which it crossed. */
class AlertBuilderTest {

  private static final Thresholds THRESHOLDS = new Thresholds(Path.of("rules/thresholds.yaml"), Map.of(
      "loop-usd.critical", new BigDecimal("50000000000"),
      "loop-usd.high", new BigDecimal("10000000000"),
      "loop-usd.medium", new BigDecimal("1000000000"),
      "diversion-gw.high", new BigDecimal("5"),
      "loop-weakest-link-floor", new BigDecimal("0.25"),
      "stalled-grace-days", new BigDecimal("30")));

  private static AlertBuilder raise(Severity base) {
    return new AlertBuilder(new RuleMetadata("loop-rule", Category.CIRCULAR_FINANCING, base, "A loop."), () -> THRESHOLDS);
  }

  private static Finding built(AlertBuilder builder) {
    return builder.subjects("nvidia").message("a loop").build();
  }

  @Test
  void gradesByTheMostSevereTierReachedAndRecordsOnlyThatTier() {
    Finding finding = built(raise(Severity.LOW).grade("loop-usd", "money round", new BigDecimal("20000000000"), Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.crossings()).singleElement().satisfies(crossing -> {
      assertThat(crossing.threshold()).isEqualTo("loop-usd.high");
      assertThat(crossing.measured()).isEqualTo("money round");
      assertThat(crossing.value()).isEqualByComparingTo("20000000000");
      assertThat(crossing.limit()).isEqualByComparingTo("10000000000");
      assertThat(crossing.text()).isEqualTo("money round: USD 20 B, at or above the threshold USD 10 B (loop-usd.high)");
    });
  }

  @Test
  void aValueExactlyAtATierReachesIt() {
    Finding finding = built(raise(Severity.LOW).grade("loop-usd", "money", new BigDecimal("50000000000"), Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(finding.crossings()).extracting(ThresholdCrossing::threshold).containsExactly("loop-usd.critical");
  }

  @Test
  void belowEveryTierKeepsTheRulesSeverityAndRecordsNothing() {
    Finding finding = built(raise(Severity.LOW).grade("loop-usd", "money", new BigDecimal("999999999"), Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.LOW);
    assertThat(finding.crossings()).isEmpty();
  }

  @Test
  void anInfiniteMultipleReachesTheTopTier() {
    Finding finding = built(raise(Severity.LOW).grade("loop-usd", "money", Double.POSITIVE_INFINITY, Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void anUndisclosedAmountReachesNoTierAndIsNotReadAsZero() {
    Finding finding = built(raise(Severity.MEDIUM).grade("loop-usd", "the pledge", null, Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.crossings()).isEmpty();
  }

  @Test
  void sumsWithUndisclosedDealsAreFloorsNeverTotals() {
    assertThat(Money.atLeast(new BigDecimal("10e9"), 0)).isEqualTo("USD 10 B");
    assertThat(Money.atLeast(new BigDecimal("10e9"), 2)).isEqualTo("at least USD 10 B plus 2 undisclosed");
    assertThat(Money.atLeast(BigDecimal.ZERO, 1)).isEqualTo("an undisclosed amount");
    assertThat(Money.atLeast(BigDecimal.ZERO, 3)).isEqualTo("undisclosed amounts (3 deals)");
    assertThat(Money.sized(null)).isEqualTo("undisclosed-amount");
    assertThat(Money.sized(new BigDecimal("1e11"))).isEqualTo("USD 100 B");
  }

  @Test
  void gradedByTwoTierSetsTakesTheMoreSevereAndRecordsBoth() {
    Finding finding = built(raise(Severity.LOW)
        .grade("diversion-gw", "capacity", 6, Unit.GW)
        .grade("loop-usd", "money", new BigDecimal("2000000000"), Unit.USD));

    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.crossings()).extracting(ThresholdCrossing::threshold)
        .containsExactly("diversion-gw.high", "loop-usd.medium");
  }

  @Test
  void aValueBelowAFloorTakesOneLevelOffWhicheverCallComesFirst() {
    Finding lowered = built(raise(Severity.LOW)
        .lowerBelow("loop-weakest-link-floor", "weakest link", 0.1, Unit.NUMBER)
        .grade("loop-usd", "money", new BigDecimal("20000000000"), Unit.USD));

    assertThat(lowered.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(lowered.crossings()).extracting(ThresholdCrossing::text).containsExactly(
        "weakest link: 0.1, below the threshold 0.25 (loop-weakest-link-floor)",
        "money: USD 20 B, at or above the threshold USD 10 B (loop-usd.high)");
  }

  @Test
  void aValueAtAFloorIsNotBelowIt() {
    Finding finding = built(raise(Severity.HIGH).lowerBelow("loop-weakest-link-floor", "weakest link", 0.25, Unit.NUMBER));

    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.crossings()).isEmpty();
  }

  @Test
  void crossedLooksUpTheThresholdsOwnValue() {
    Finding finding = built(raise(Severity.MEDIUM).crossed("stalled-grace-days", "days late", 45L, Unit.DAYS));

    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.crossings()).extracting(ThresholdCrossing::text)
        .containsExactly("days late: 45 days, at or above the threshold 30 days (stalled-grace-days)");
  }

  @Test
  void theSameCrossingRecordedTwiceIsListedOnce() {
    Finding finding = built(raise(Severity.LOW)
        .crossed("loop-usd.medium", "money", new BigDecimal("2000000000"), Unit.USD)
        .grade("loop-usd", "money", new BigDecimal("2000000000"), Unit.USD));

    assertThat(finding.crossings()).extracting(ThresholdCrossing::threshold).containsExactly("loop-usd.medium");
  }

  @Test
  void anUnknownTierSetNamesTheFileAndTheSetsItDefines() {
    assertThatThrownBy(() -> raise(Severity.LOW).grade("lop-usd", "money", 1, Unit.USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(Path.of("rules/thresholds.yaml") + " has no tier set 'lop-usd'; tier sets: [diversion-gw, loop-usd]");
  }

  @Test
  void gradingInARuleBaseWithoutThresholdsSaysWhatToDeclare() {
    AlertBuilder builder = new AlertBuilder(new RuleMetadata("bare", Category.CONTAGION, Severity.LOW, ""), () -> null);

    assertThatThrownBy(() -> builder.grade("loop-usd", "money", 1, Unit.USD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule 'bare' calls grade(\"loop-usd\"), but its rule base has no thresholds")
        .hasMessageContaining("global io.loopwatch.rules.Thresholds thresholds;");
  }

  @Test
  void theFindingCarriesTheKeyAndEvidenceTheRuleGave() {
    Finding finding = raise(Severity.LOW).subjects("nvidia", "openai", "nvidia").message("m")
        .evidence("inv-1", "deal-2").key("nvidia,openai").build();

    assertThat(finding.key()).isEqualTo("loop-rule:nvidia,openai");
    assertThat(finding.subjects()).containsExactly("nvidia", "openai");
    assertThat(finding.facts()).containsExactly("inv-1", "deal-2");
    assertThat(finding.path()).isEmpty();
  }

  @Test
  void refusesAKeyThatAlreadyStartsWithTheRuleIdAndSaysWhatToPass() {
    AlertBuilder builder = raise(Severity.LOW).subjects("nvidia").message("m");

    assertThatThrownBy(() -> builder.key("loop-rule:nvidia,openai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'loop-rule' passed .key(\"loop-rule:nvidia,openai\"), which starts with its own id;"
            + " the engine puts 'loop-rule:' in front of every key itself, so pass only the part after it:"
            + " .key(\"nvidia,openai\")");
  }

  @Test
  void aKeyThatMerelyBeginsLikeTheRuleIdIsKept() {
    Finding longerId = raise(Severity.LOW).subjects("nvidia").message("m").key("loop-rule-2:nvidia").build();
    Finding bareId = raise(Severity.LOW).subjects("nvidia").message("m").key("loop-rule").build();

    assertThat(longerId.key()).isEqualTo("loop-rule:loop-rule-2:nvidia");
    assertThat(bareId.key()).isEqualTo("loop-rule:loop-rule");
  }

  @Test
  void aNullKeyKeepsTheDefaultOfTheSubjects() {
    Finding finding = raise(Severity.LOW).subjects("nvidia", "openai").message("m").key(null).build();

    assertThat(finding.key()).isEqualTo("loop-rule:nvidia,openai");
  }
}
