package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-fact checks on fact sets built in code, where positions come from the builder. */
class FactSetValidatorTest {

  private static final List<Source> REPORTED =
      List.of(new Source("Kukmin Ilbo", LocalDate.of(2026, 2, 4), null));

  private static Company company(String id) {
    return new Company(id, id.toUpperCase(), List.of(Role.CHIP_VENDOR), "US", null, List.of());
  }

  private static Investment investment(String id, String investor, String investee) {
    return new Investment(id, investor, investee, new BigDecimal("20000000000"),
        Instrument.EQUITY, DealStatus.SIGNED, LocalDate.of(2026, 2, 4), null, null, null,
        REPORTED);
  }

  @Test
  void findsNothingWrongWithConsistentFacts() {
    FactSet facts = FactSet.builder()
        .add(company("nvidia"))
        .add(company("openai"))
        .add(investment("nvidia-openai", "nvidia", "openai"))
        .build();

    assertThat(FactSetValidator.validate(facts)).isEmpty();
  }

  @Test
  void reportsFactsBuiltInCodeByTheirIndexAndIdWhenTheyHaveNoLocation() {
    FactSet facts = FactSet.builder()
        .add(company("nvidia"))
        .add(investment("nvidia-openai", "nvidia", "open-ai"))
        .add(company("nvidia"))
        .build();

    assertThat(FactSetValidator.validate(facts)).containsExactly(
        new Diagnostic(null, 0, 0, "companies[1](nvidia).id",
            "duplicate id 'nvidia'; first defined at companies[0](nvidia).id"),
        new Diagnostic(null, 0, 0, "investments[0](nvidia-openai).investee",
            "unknown company 'open-ai'; no company has this id"));
  }

  @Test
  void reportsFactsAtTheLocationsRecordedForThem() {
    Path file = Path.of("deals.yaml");
    FactSet facts = FactSet.builder()
        .add(company("nvidia"))
        .add(investment("nvidia-self", "nvidia", "nvidia"))
        .locate("nvidia-self", new FileLocation(file, 12, 5))
        .build();

    assertThat(FactSetValidator.validate(facts)).containsExactly(new Diagnostic(file, 12, 5,
        "investments[0].investee",
        "investor and investee are both 'nvidia'; an investment is between two different"
            + " companies"));
  }
}
