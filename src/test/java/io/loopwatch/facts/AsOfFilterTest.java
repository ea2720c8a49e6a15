package io.loopwatch.facts;

import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.event;
import static io.loopwatch.testing.Facts.pledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsOfFilterTest {

  private static final LocalDate LOI_DAY = LocalDate.parse("2025-09-22");
  private static final LocalDate CUT_DAY = LocalDate.parse("2026-02-04");

  private static final Investment LETTER_OF_INTENT =
      pledge("loi", "nvidia", "openai", "100e9", DealStatus.LOI, LOI_DAY, null);
  private static final Investment SMALLER_DEAL = new Investment("deal", "nvidia", "openai", new BigDecimal("20e9"),
      Instrument.EQUITY, DealStatus.REPORTED, CUT_DAY, null, "loi", null, List.of(new Source("Test Wire", CUT_DAY, null)));

  private static final FactSet FACTS = FactSet.builder()
      .add(company("nvidia", Role.CHIP_VENDOR))
      .add(company("openai", Role.AI_LAB))
      .add(LETTER_OF_INTENT)
      .add(SMALLER_DEAL)
      .add(event("cut", EventKind.COMMITMENT_CUT, "loi", CUT_DAY))
      .add(new Financials("openai", "2025-H1", BigDecimal.ONE, BigDecimal.ONE.negate(), null, null, List.of()))
      .build();

  @Test
  void aDealAnnouncedLaterDoesNotSupersedeYet() {
    FactSet before = AsOfFilter.apply(FACTS, CUT_DAY.minusDays(1));

    assertThat(before.investments()).containsExactly(LETTER_OF_INTENT);
    assertThat(before.events()).isEmpty();
  }

  @Test
  void keepsFactsDatedOnTheDayItself() {
    FactSet onTheDay = AsOfFilter.apply(FACTS, CUT_DAY);

    assertThat(onTheDay.investments()).containsExactly(LETTER_OF_INTENT, SMALLER_DEAL);
    assertThat(onTheDay.events()).hasSize(1);
  }

  @Test
  void keepsCompaniesAndFinancialsWhichCarryNoDate() {
    FactSet longBefore = AsOfFilter.apply(FACTS, LocalDate.parse("2000-01-01"));

    assertThat(longBefore.companies()).hasSize(2);
    assertThat(longBefore.financials()).hasSize(1);
    assertThat(longBefore.size()).isEqualTo(3);
  }
}
