package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShockTest {

  @ParameterizedTest
  @CsvSource({
      "openai=shortfall:0.5, SHORTFALL, 0.5",
      "openai=default:0.4, DEFAULT, 0.4",
      "openai=revenue-loss:1, REVENUE_LOSS, 1",
      "openai=Shortfall:0, SHORTFALL, 0"})
  void readsTheCommandLineForm(String text, Shock.Kind kind, double fraction) {
    Shock shock = Shock.parse(text);

    assertThat(shock.company()).isEqualTo("openai");
    assertThat(shock.kind()).isEqualTo(kind);
    assertThat(shock.fraction()).isEqualTo(fraction);
  }

  @Test
  void readsACancellationWithItsDeal() {
    Shock shock = Shock.parse("openai=cancel:openai-oracle-cloud-2025-09");

    assertThat(shock.kind()).isEqualTo(Shock.Kind.CANCEL);
    assertThat(shock.dealId()).isEqualTo("openai-oracle-cloud-2025-09");
    assertThat(shock.describe()).isEqualTo("openai=cancel:openai-oracle-cloud-2025-09");
  }

  /** Java reads these as numbers; an analyst writing them made a typo, not a fraction. */
  @ParameterizedTest
  @CsvSource({"0x1p-1", "0.5d", "0.5f", "Infinity", "NaN"})
  void refusesWhatIsNotAPlainDecimal(String value) {
    assertThatThrownBy(() -> Shock.parse("openai=shortfall:" + value))
        .hasMessage("shortfall expects a fraction from 0 to 1 (0.5 is half); found '" + value + "'");
  }

  @Test
  void refusesAFractionOutsideZeroToOne() {
    assertThatThrownBy(() -> Shock.parse("openai=shortfall:50"))
        .hasMessage("shortfall expects a fraction from 0 to 1 (0.5 is half); found '50'");
  }

  @Test
  void refusesAnUnknownKindListingTheKnownOnes() {
    assertThatThrownBy(() -> Shock.parse("openai=bankrupt:1"))
        .hasMessage("unknown shock 'bankrupt' in 'openai=bankrupt:1'; kinds are shortfall:FRACTION, default:RECOVERY,"
            + " revenue-loss:FRACTION, cancel:DEAL_ID");
  }

  @Test
  void refusesTextWithoutCompanyOrKind() {
    assertThatThrownBy(() -> Shock.parse("shortfall:0.5"))
        .hasMessageStartingWith("expected COMPANY=KIND:VALUE, e.g. openai=shortfall:0.5; found 'shortfall:0.5'");
  }
}
