package io.loopwatch.rules;

import static io.loopwatch.testing.Facts.DAY;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.event;
import static io.loopwatch.testing.Facts.pledge;
import static io.loopwatch.testing.Facts.replacement;
import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.alertsOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.Severity;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** rules/commitment-gap.drl: pledged investments that shrink, stall or never bind. */
class CommitmentGapRulesTest extends BundledRulesTest {

  private static final LocalDate LOI_DAY = LocalDate.parse("2025-09-22");

  private static FactSet.Builder nvidiaAndOpenAi() {
    return FactSet.builder()
        .add(company("nvidia", Role.CHIP_VENDOR, Role.INVESTOR))
        .add(company("openai", Role.AI_LAB));
  }

  /** Nvidia's letter of intent to invest in OpenAI, announced in September 2025, with no expected close. */
  private static Investment letterOfIntent(String amountUsd) {
    return pledge("nvidia-openai-loi", "nvidia", "openai", amountUsd, DealStatus.LOI, LOI_DAY, null);
  }

  private static Investment pledgeExpectedToClose(LocalDate expectedClose, String amountUsd, DealStatus status) {
    return pledge("nvidia-openai-loi", "nvidia", "openai", amountUsd, status, LOI_DAY, expectedClose);
  }

  private static Investment pledgeAnnounced(LocalDate announced, String amountUsd, DealStatus status) {
    return pledge("nvidia-openai-loi", "nvidia", "openai", amountUsd, status, announced, null);
  }

  /** The smaller deal that replaces the letter of intent. */
  private static Investment replacedBy(String amountUsd, DealStatus status) {
    return replacement("nvidia-openai-deal", "nvidia-openai-loi", "nvidia", "openai", amountUsd, status);
  }

  @Nested
  class PledgeCut {

    @Test
    void raisesCriticalAlertWhenAHundredBillionPledgeIsReplacedByTwentyBillion() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy("20e9", DealStatus.REPORTED))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF.minusDays(1))));

      assertThat(alertsOf(report, "pledge-cut")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("pledge-cut:nvidia-openai-loi");
        assertThat(alert.message()).isEqualTo("Nvidia's commitment to Openai shrank from USD 100 B (loi, 2025-09-22)"
            + " to USD 20 B (reported, " + DAY + "): a gap of USD 80 B, 80 % of the pledge.");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "nvidia-openai-deal", "cut-reported");
      });
    }

    @ParameterizedTest(name = "{0} cut to {1} -> {2}")
    @CsvSource({
        "100e9, 50e9,        CRITICAL",
        "100e9, 50000000001, HIGH",
        "20e9,  10e9,        HIGH",
        "20e9,  10000000001, MEDIUM",
        "2e9,   1e9,         MEDIUM"})
    void gradesByTheSizeOfTheGap(String pledgedUsd, String signedUsd, Severity expected) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent(pledgedUsd))
          .add(replacedBy(signedUsd, DealStatus.SIGNED)));

      assertThat(alertsOf(report, "pledge-cut")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(expected);
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "nvidia-openai-deal");
      });
    }

    @ParameterizedTest(name = "replacement of {0}")
    @CsvSource({"100e9", "120e9"})
    void raisesNothingWhenTheReplacementIsAsLargeOrLarger(String signedUsd) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy(signedUsd, DealStatus.SIGNED)));

      assertThat(alertsOf(report, "pledge-cut")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheSmallerReplacementWasCancelled() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy("20e9", DealStatus.CANCELLED)));

      assertThat(alertsOf(report, "pledge-cut")).isEmpty();
    }
  }

  @Nested
  class ReportedCommitmentCut {

    @Test
    void raisesAlertWhenACutIsReportedBeforeAnySmallerDealIsOnRecord() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF.minusDays(1))));

      assertThat(alertsOf(report, "reported-commitment-cut")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("reported-commitment-cut:nvidia-openai-loi");
        assertThat(alert.message())
            .isEqualTo("A cut to Nvidia's USD 100 B commitment to Openai is reported (Test Wire, " + DAY + ").");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "cut-reported");
      });
    }

    @ParameterizedTest(name = "pledge of {0} -> {1}")
    @CsvSource({"10e9, HIGH", "9999999999, MEDIUM"})
    void gradesByTheSizeOfThePledge(String pledgedUsd, Severity expected) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent(pledgedUsd))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF)));

      assertThat(alertsOf(report, "reported-commitment-cut")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void leavesTheCutToPledgeCutOnceTheSmallerDealIsOnRecord() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy("20e9", DealStatus.REPORTED))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF)));

      assertThat(alertsOf(report, "reported-commitment-cut")).isEmpty();
      assertThat(alertsOf(report, "pledge-cut")).hasSize(1);
    }

    @Test
    void stillRaisesAlertWhenTheSmallerDealWasCancelled() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy("20e9", DealStatus.CANCELLED))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF)));

      assertThat(alertsOf(report, "reported-commitment-cut")).hasSize(1);
    }

    @Test
    void raisesNothingForACancelledPledge() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledge("nvidia-openai-loi", "nvidia", "openai", "100e9", DealStatus.CANCELLED, LOI_DAY, null))
          .add(event("cut-reported", EventKind.COMMITMENT_CUT, "nvidia-openai-loi", AS_OF)));

      assertThat(alertsOf(report, "reported-commitment-cut")).isEmpty();
    }

    @Test
    void raisesNothingWhenTheCommitmentIsReportedRaised() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("raise-reported", EventKind.COMMITMENT_RAISED, "nvidia-openai-loi", AS_OF)));

      assertThat(alertsOf(report, "reported-commitment-cut")).isEmpty();
    }
  }

  @Nested
  class PledgePastExpectedClose {

    @Test
    void raisesAlertWhenAPledgeIsStillUnsignedWellAfterItsExpectedClose() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeExpectedToClose(LocalDate.parse("2025-12-31"), "100e9", DealStatus.LOI)));

      assertThat(alertsOf(report, "pledge-past-expected-close")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("pledge-past-expected-close:nvidia-openai-loi");
        assertThat(alert.message()).isEqualTo(
            "Nvidia's USD 100 B pledge to Openai is still loi 36 days after its expected close on 2025-12-31.");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi");
      });
    }

    @ParameterizedTest(name = "{0} days late -> raised: {1}")
    @CsvSource({"29, false", "30, false", "31, true", "-10, false"})
    void allowsAGracePeriodOfThirtyDays(int daysLate, boolean raised) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeExpectedToClose(AS_OF.minusDays(daysLate), "100e9", DealStatus.TERM_SHEET)));

      assertThat(alertsOf(report, "pledge-past-expected-close")).hasSize(raised ? 1 : 0);
    }

    @ParameterizedTest(name = "pledge of {0} -> {1}")
    @CsvSource({"10e9, HIGH", "9999999999, MEDIUM"})
    void gradesByTheSizeOfThePledge(String pledgedUsd, Severity expected) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeExpectedToClose(AS_OF.minusDays(60), pledgedUsd, DealStatus.LOI)));

      assertThat(alertsOf(report, "pledge-past-expected-close")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DealStatus.class, names = {"SIGNED", "CLOSED", "CANCELLED"})
    void raisesNothingForADealThatIsNoLongerAPledge(DealStatus status) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeExpectedToClose(AS_OF.minusDays(60), "100e9", status)));

      assertThat(alertsOf(report, "pledge-past-expected-close")).isEmpty();
    }

    @Test
    void raisesNothingWhenThePledgeWasSuperseded() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeExpectedToClose(AS_OF.minusDays(60), "100e9", DealStatus.LOI))
          .add(replacedBy("20e9", DealStatus.REPORTED)));

      assertThat(alertsOf(report, "pledge-past-expected-close")).isEmpty();
    }

    @Test
    void raisesNothingForAPledgeWithoutAnExpectedClose() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi().add(letterOfIntent("100e9")));

      assertThat(alertsOf(report, "pledge-past-expected-close")).isEmpty();
    }
  }

  @Nested
  class NegotiationStalled {

    private final LocalDate stallReported = LocalDate.parse("2026-01-31");

    @Test
    void raisesAlertWhenTalksOnAPledgeStallAndCountsTheDenialsThatFollow() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported))
          .add(event("ceo-denies-rift", EventKind.DENIAL, "nvidia-openai-loi", stallReported.plusDays(3))));

      assertThat(alertsOf(report, "negotiation-stalled")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("negotiation-stalled:nvidia-openai-loi");
        assertThat(alert.message()).isEqualTo("Talks on Nvidia's USD 100 B loi with Openai are reported stalled"
            + " (Test Wire, " + DAY + "); 1 denial(s) followed, a sign of stress rather than calm.");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "talks-stalled", "ceo-denies-rift");
      });
    }

    @Test
    void countsDenialsAboutTheInvestorToo() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported))
          .add(event("ceo-denies-rift", EventKind.DENIAL, "nvidia", stallReported.plusDays(3)))
          .add(event("lab-denies-rift", EventKind.DENIAL, "nvidia-openai-loi", stallReported.plusDays(3))));

      assertThat(alertsOf(report, "negotiation-stalled")).singleElement()
          .extracting(Alert::message).asString().contains("; 2 denial(s) followed");
    }

    @Test
    void saysNothingOfDenialsWhenThereWereNone() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledge("nvidia-openai-loi", "nvidia", "openai", "5e9", DealStatus.TERM_SHEET, LOI_DAY, null))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).singleElement().satisfies(alert -> {
        assertThat(alert.message()).isEqualTo("Talks on Nvidia's USD 5 B term-sheet with Openai are reported stalled"
            + " (Test Wire, " + DAY + ").");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "talks-stalled");
      });
    }

    @ParameterizedTest(name = "pledge of {0} -> {1}")
    @CsvSource({"10e9, HIGH", "9999999999, MEDIUM"})
    void gradesByTheSizeOfThePledge(String pledgedUsd, Severity expected) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent(pledgedUsd))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).singleElement()
          .extracting(Alert::severity).isEqualTo(expected);
    }

    @Test
    void doesNotCountADenialMadeBeforeTheStallWasReported() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("earlier-denial", EventKind.DENIAL, "nvidia-openai-loi", stallReported.minusDays(20)))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).singleElement().satisfies(alert -> {
        assertThat(alert.message()).doesNotContain("denial(s) followed");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi", "talks-stalled");
      });
    }

    @Test
    void raisesNothingWhenTheDealWasSignedAnyway() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledge("nvidia-openai-loi", "nvidia", "openai", "100e9", DealStatus.SIGNED, LOI_DAY, null))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).isEmpty();
    }

    @Test
    void raisesNothingOnceTheStalledPledgeIsSupersededByASmallerDeal() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(replacedBy("20e9", DealStatus.REPORTED))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).isEmpty();
      assertThat(alertsOf(report, "pledge-cut")).hasSize(1);
    }

    @Test
    void raisesNothingForAStallReportAboutACompanyRatherThanADeal() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(letterOfIntent("100e9"))
          .add(event("talks-stalled", EventKind.NEGOTIATION_STALLED, "openai", stallReported)));

      assertThat(alertsOf(report, "negotiation-stalled")).isEmpty();
    }
  }

  @Nested
  class LargePledgeUnbound {

    @Test
    void raisesAlertWhenALargePledgeStaysUnboundForMoreThanHalfAYear() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeAnnounced(LocalDate.parse("2025-07-01"), "100e9", DealStatus.LOI)));

      assertThat(alertsOf(report, "large-pledge-unbound")).singleElement().satisfies(alert -> {
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.subjects()).containsExactly("nvidia", "openai");
        assertThat(alert.key()).isEqualTo("large-pledge-unbound:nvidia-openai-loi");
        assertThat(alert.message()).isEqualTo(
            "Nvidia's USD 100 B investment in Openai is still loi 219 days after it was announced on 2025-07-01.");
        assertThat(alert.evidence().facts()).containsExactly("nvidia-openai-loi");
      });
    }

    @ParameterizedTest(name = "{1} announced {0} days ago -> raised: {2}")
    @CsvSource({
        "180, 100e9,      false",
        "181, 100e9,      true",
        "181, 10e9,       true",
        "181, 9999999999, false"})
    void flagsPledgesOfTenBillionOrMoreAfterOneHundredEightyDays(int daysAgo, String amountUsd, boolean raised)
        throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeAnnounced(AS_OF.minusDays(daysAgo), amountUsd, DealStatus.REPORTED)));

      assertThat(alertsOf(report, "large-pledge-unbound")).hasSize(raised ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DealStatus.class, names = {"SIGNED", "CLOSED", "CANCELLED"})
    void raisesNothingForADealThatIsNoLongerAPledge(DealStatus status) throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeAnnounced(AS_OF.minusDays(400), "100e9", status)));

      assertThat(alertsOf(report, "large-pledge-unbound")).isEmpty();
    }

    @Test
    void raisesNothingWhenThePledgeWasSuperseded() throws Exception {
      Report report = evaluate(nvidiaAndOpenAi()
          .add(pledgeAnnounced(AS_OF.minusDays(400), "100e9", DealStatus.LOI))
          .add(replacedBy("20e9", DealStatus.SIGNED)));

      assertThat(alertsOf(report, "large-pledge-unbound")).isEmpty();
    }
  }
}
