package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References that go round in a circle: two deals that supersede each other would each cancel the
 * other, so a loop through them silently disappeared; companies that own each other. Both are
 * refused, naming every fact on the circle where it was written.
 */
class CycleChecksTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 4);
  private static final List<Source> REPORTED = List.of(new Source("Reuters", DAY, null));

  @TempDir Path dir;

  @Test
  void refusesInvestmentsThatSupersedeEachOtherNamingBothWithTheirPositions() throws Exception {
    Path file = Files.writeString(dir.resolve("deals.yaml"), """
        companies:
          - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
          - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
        investments:
          - id: first
            investor: nvidia
            investee: openai
            amountUsd: 100
            instrument: equity
            status: signed
            announced: 2026-01-01
            supersedes: second
            sources: [{publisher: Reuters, date: 2026-01-01}]
          - id: second
            investor: nvidia
            investee: openai
            amountUsd: 50
            instrument: equity
            status: signed
            announced: 2026-01-02
            supersedes: first
            sources: [{publisher: Reuters, date: 2026-01-02}]
        """);

    assertThat(errors(file)).containsExactly(new Diagnostic(file, 12, 17, "investments[0].supersedes",
        "supersession cycle: 'first' (" + file + ":12:17) supersedes 'second', 'second' (" + file
            + ":21:17) supersedes 'first'; an investment cannot replace one that replaces it;"
            + " each would cancel the other"));
  }

  @Test
  void refusesAParentCycleOfThreeNamingEveryCompanyOnIt() throws Exception {
    Path file = Files.writeString(dir.resolve("companies.yaml"), """
        companies:
          - {id: a, name: A, roles: [investor], country: US, parent: b}
          - {id: b, name: B, roles: [investor], country: US, parent: c}
          - {id: c, name: C, roles: [investor], country: US, parent: a}
          - {id: d, name: D, roles: [investor], country: US, parent: a}
        """);

    assertThat(errors(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.path()).isEqualTo("companies[0].parent");
      assertThat(d.message()).isEqualTo("ownership cycle: 'a' (" + file + ":2:62) is owned by 'b', 'b' ("
          + file + ":3:62) is owned by 'c', 'c' (" + file + ":4:62) is owned by 'a'; a company cannot"
          + " own, through its parents, the company that owns it");
    });
  }

  @Test
  void refusesSupplyDealsThatSupersedeEachOtherBuiltInCode() {
    FactSet facts = FactSet.builder()
        .add(company("nvidia")).add(company("openai"))
        .add(deal("one", "two")).add(deal("two", "one"))
        .build();

    assertThat(FactSetValidator.validate(facts)).containsExactly(new Diagnostic(null, 0, 0,
        "supplyDeals[0](one).supersedes", "supersession cycle: 'one' (supplyDeals[0](one).supersedes)"
            + " supersedes 'two', 'two' (supplyDeals[1](two).supersedes) supersedes 'one'; a supply deal"
            + " cannot replace one that replaces it; each would cancel the other"));
  }

  @Test
  void acceptsAChainOfSupersessionsThatEnds() {
    FactSet facts = FactSet.builder()
        .add(company("nvidia")).add(company("openai"))
        .add(deal("one", null)).add(deal("two", "one")).add(deal("three", "two"))
        .build();

    assertThat(FactSetValidator.validate(facts)).isEmpty();
  }

  private static Company company(String id) {
    return new Company(id, id, List.of(Role.INVESTOR), "US", null, List.of());
  }

  private static SupplyDeal deal(String id, String supersedes) {
    return new SupplyDeal(id, "openai", "nvidia", Product.CLOUD, new BigDecimal("100"), null,
        DealStatus.SIGNED, DAY, null, supersedes, null, REPORTED);
  }

  private static List<Diagnostic> errors(Path file) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(file)).actual().diagnostics();
  }
}
