package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObligationRuleTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private final ObligationRule rule = ObligationRule.DEFAULT;

  @ParameterizedTest
  @CsvSource({"SIGNED, true", "CLOSED, true", "TERM_SHEET, false", "LOI, false", "CANCELLED, false"})
  void aSupplyDealIsAnObligationOnceItBinds(DealStatus status, boolean counts) {
    assertThat(rule.counts(supply(status, BigDecimal.TEN, null), AS_OF)).isEqualTo(counts);
  }

  @Test
  void aSupplyDealWithoutAnAmountOwesNothingKnown() {
    assertThat(rule.counts(supply(DealStatus.SIGNED, null, null), AS_OF)).isFalse();
  }

  @Test
  void onlyObligationsDueWithinTheHorizonCount() {
    assertThat(rule.counts(supply(DealStatus.SIGNED, BigDecimal.TEN, LocalDate.parse("2031-02-05")), AS_OF)).isTrue();
    assertThat(rule.counts(supply(DealStatus.SIGNED, BigDecimal.TEN, LocalDate.parse("2031-02-06")), AS_OF)).isFalse();
  }

  @Test
  void saysWhyADealIsNoObligation() {
    assertThat(rule.whyNotAnObligation(supply(DealStatus.SIGNED, BigDecimal.TEN, null), AS_OF)).isNull();
    assertThat(rule.whyNotAnObligation(supply(DealStatus.LOI, BigDecimal.TEN, null), AS_OF))
        .isEqualTo("it is loi, not signed, so it binds nobody yet");
    assertThat(rule.whyNotAnObligation(supply(DealStatus.SIGNED, BigDecimal.TEN, LocalDate.parse("2031-02-06")), AS_OF))
        .isEqualTo("it falls due on 2031-02-06, after the 5-year horizon that ends on 2031-02-05");
    Investment closed = new Investment("i", "nvidia", "openai", BigDecimal.TEN, Instrument.EQUITY, DealStatus.CLOSED,
        AS_OF.minusDays(1), null, null, null, List.of());
    assertThat(rule.whyNotAnObligation(closed, AS_OF))
        .isEqualTo("it is a closed investment: its money has moved, so nothing is left to pay");
  }

  @ParameterizedTest
  @CsvSource({"SIGNED, true, true", "CLOSED, false, true", "LOI, false, false"})
  void aSignedInvestmentIsAnObligationAndAClosedOneAStake(DealStatus status, boolean obligation, boolean stake) {
    Investment investment = new Investment("i", "nvidia", "openai", BigDecimal.TEN, Instrument.EQUITY, status,
        AS_OF.minusDays(1), null, null, null, List.of());

    assertThat(rule.counts(investment, AS_OF)).isEqualTo(obligation);
    assertThat(rule.isStake(investment)).isEqualTo(stake);
  }

  @ParameterizedTest
  @CsvSource({"SIGNED", "CLOSED"})
  void anInvestmentOfUndisclosedSizeIsNeitherAnObligationNorAStake(DealStatus status) {
    Investment investment = new Investment("i", "nvidia", "xai", null, Instrument.EQUITY, status,
        AS_OF.minusDays(1), null, null, null, List.of());

    assertThat(rule.counts(investment, AS_OF)).isFalse();
    assertThat(rule.isStake(investment)).isFalse();
  }

  private static SupplyDeal supply(DealStatus status, BigDecimal amount, LocalDate expectedClose) {
    return new SupplyDeal("d", "openai", "oracle", Product.CLOUD, amount, null, status, AS_OF.minusDays(1),
        expectedClose, null, null, List.of());
  }
}
