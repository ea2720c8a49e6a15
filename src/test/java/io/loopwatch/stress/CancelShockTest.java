package io.loopwatch.stress;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whoever walks away from a deal, the money it no longer moves is lost to the one it was owed to:
 * the supplier. Both models must say so; DebtRank used to distress the canceller's counterparty,
 * the buyer, when the supplier cancelled, while clearing charged the supplier.
 */
class CancelShockTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  /** A lab buying USD 10 B of chips from a vendor; each has USD 20 B of revenue a year. */
  private static StressTest labAndVendor() {
    FactSet facts = FactSet.builder()
        .add(company("lab", Role.AI_LAB))
        .add(company("vendor", Role.CHIP_VENDOR))
        .add(buy("lab", "vendor", "10e9"))
        .add(financials("lab", "20e9", "1e9", null))
        .add(financials("vendor", "20e9", "1e9", null))
        .build();
    return new StressTest(StressNetworks.of(facts, AS_OF, ObligationRule.DEFAULT));
  }

  @ParameterizedTest
  @EnumSource(StressModel.class)
  void theSupplierLosesWhenItCancelsItself(StressModel model) {
    StressResult result = labAndVendor().run(Scenario.of(Shock.cancel("vendor", "lab-buys-from-vendor")), model);

    assertThat(result.companies()).filteredOn(c -> c.company().equals("lab"))
        .allSatisfy(lab -> assertThat(lab.distress()).isZero());
    assertThat(result.companies()).filteredOn(c -> c.company().equals("vendor")).singleElement()
        .satisfies(vendor -> assertThat(vendor.distress()).isGreaterThan(0));
  }

  /** What the vendor cancels owed to itself is its own doing: given up, not lost through others. */
  @ParameterizedTest
  @EnumSource(StressModel.class)
  void aSupplierCancellingItsOwnReceivableGivesItUpRatherThanLosingItThroughOthers(StressModel model) {
    StressResult result = labAndVendor().run(Scenario.of(Shock.cancel("vendor", "lab-buys-from-vendor")), model);

    CompanyStress vendor = result.companies().stream().filter(c -> c.company().equals("vendor")).findFirst()
        .orElseThrow();
    assertThat(vendor.lossUsd()).isZero();
    assertThat(vendor.forgoneUsd()).isEqualTo(10e9);
    assertThat(result.totalLossUsd()).isZero();
    assertThat(result.systemicImpact()).isZero();
  }

  @ParameterizedTest
  @EnumSource(StressModel.class)
  void theSupplierLosesWhenTheBuyerCancels(StressModel model) {
    StressResult result = labAndVendor().run(Scenario.of(Shock.cancel("lab", "lab-buys-from-vendor")), model);

    assertThat(result.hurt()).extracting(CompanyStress::company).containsExactly("vendor");
    assertThat(result.hurt().get(0).path()).containsExactly("lab", "vendor");
  }
}
