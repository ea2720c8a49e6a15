package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import io.loopwatch.testing.LoadProblems;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stakes} section: what a holder owns of a company on a date, checked like every other fact. */
class StakesTest {

  private static final String COMPANIES = """
      companies:
        - {id: microsoft, name: Microsoft, roles: [hyperscaler], country: US}
        - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
      """;
  private static final String SOURCE = "sources: [{publisher: Microsoft, date: 2025-10-28}]";

  @TempDir Path dir;

  @Test
  void aStakeIsReadWithItsPercentDateAndStatus() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsoft, company: openai, percent: 27, asOf: 2025-10-28, status: closed,
             %s}
        """.formatted(SOURCE)));

    Stake stake = facts.stakes().get(0);
    assertThat(stake.percent()).isEqualByComparingTo(new BigDecimal("27"));
    assertThat(stake.share()).isEqualTo(0.27);
    assertThat(stake.asOf()).isEqualTo(LocalDate.of(2025, 10, 28));
    assertThat(stake.status()).isEqualTo(DealStatus.CLOSED);
    assertThat(stake.parties()).containsExactly("microsoft", "openai");
    assertThat(facts.locationOf("msft-openai")).isPresent();
  }

  @Test
  void anAsOfEvaluationCountsAStakeFromItsDate() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + """
        stakes:
          - {id: msft-openai-old, holder: microsoft, company: openai, percent: 49, asOf: 2023-01-23, status: reported,
             %1$s}
          - {id: msft-openai, holder: microsoft, company: openai, percent: 27, asOf: 2025-10-28, status: closed,
             supersedes: msft-openai-old, %1$s}
        """.formatted(SOURCE)));

    assertThat(AsOfFilter.apply(facts, LocalDate.of(2025, 10, 27)).stakes()).extracting(Stake::id)
        .containsExactly("msft-openai-old");
    assertThat(AsOfFilter.apply(facts, LocalDate.of(2025, 10, 28)).stakes()).extracting(Stake::id)
        .containsExactly("msft-openai-old", "msft-openai");
  }

  @Test
  void aPercentAbove100IsReportedAtItsValue() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsoft, company: openai, percent: 127, asOf: 2025-10-28, status: closed,
             %s}
        """.formatted(SOURCE));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.path()).isEqualTo("stakes[0].percent");
      assertThat(d.message()).isEqualTo("stake 127 is above the ceiling of 100 %");
    });
  }

  @Test
  void aNegativePercentIsReported() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsoft, company: openai, percent: -5, asOf: 2025-10-28, status: closed,
             %s}
        """.formatted(SOURCE));

    assertThat(problems(file)).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo("must not be negative; found -5"));
  }

  @Test
  void missingFieldsAndUnknownCompaniesAreReportedWithThePathsOfTheSection() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsfot, company: openai, percent: 27, status: closed, %s}
        """.formatted(SOURCE));

    assertThat(problems(file)).extracting(Diagnostic::path, Diagnostic::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("stakes[0].asOf", "missing required field 'asOf'"));

    Path unknown = write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsfot, company: openai, percent: 27, asOf: 2025-10-28, status: closed,
             %s}
        """.formatted(SOURCE));
    assertThat(problems(unknown)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("stakes[0].holder");
      assertThat(d.message()).startsWith("unknown company 'microsfot'").contains("did you mean 'microsoft'");
    });
  }

  @Test
  void anUnknownFieldListsTheValidOnes() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: msft-openai, holder: microsoft, company: openai, percentage: 27, percent: 27, asOf: 2025-10-28,
             status: closed, %s}
        """.formatted(SOURCE));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("stakes[0].percentage");
      assertThat(d.message()).isEqualTo("unknown field 'percentage' (did you mean 'percent'?); valid fields are: id,"
          + " holder, company, percent, asOf, status, supersedes, note, sources");
    });
  }

  @Test
  void aCompanyCannotHoldItself() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: openai-openai, holder: openai, company: openai, percent: 10, asOf: 2025-10-28, status: closed, %s}
        """.formatted(SOURCE));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("stakes[0].company");
      assertThat(d.message()).contains("a stake is one company's holding in another");
    });
  }

  @Test
  void aStakeSupersedesOnlyAStakeOfTheSameHolderInTheSameCompany() throws Exception {
    Path file = write(COMPANIES + """
        investments:
          - {id: msft-openai-equity, investor: microsoft, investee: openai, amountUsd: 13000000000, instrument: equity,
             status: signed, announced: 2023-01-23, %1$s}
        stakes:
          - {id: openai-msft, holder: openai, company: microsoft, percent: 1, asOf: 2025-01-01, status: reported, %1$s}
          - {id: msft-openai, holder: microsoft, company: openai, percent: 27, asOf: 2025-10-28, status: closed,
             supersedes: openai-msft, %1$s}
          - {id: msft-openai-2, holder: microsoft, company: openai, percent: 27, asOf: 2025-10-29, status: closed,
             supersedes: msft-openai-equity, %1$s}
        """.formatted(SOURCE));

    assertThat(problems(file)).extracting(Diagnostic::path, Diagnostic::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("stakes[1].supersedes",
            "a stake replaces an earlier stake of the same holder in the same company; 'openai-msft' is 'openai''s"
                + " stake in 'microsoft', this one 'microsoft''s in 'openai'"),
        org.assertj.core.groups.Tuple.tuple("stakes[2].supersedes",
            "'msft-openai-equity' is an investment, not a stake"));
  }

  @Test
  void stakesThatSupersedeEachOtherAreACycle() throws Exception {
    Path file = write(COMPANIES + """
        stakes:
          - {id: a, holder: microsoft, company: openai, percent: 27, asOf: 2025-10-28, status: closed, supersedes: b, %1$s}
          - {id: b, holder: microsoft, company: openai, percent: 30, asOf: 2025-10-29, status: closed, supersedes: a, %1$s}
        """.formatted(SOURCE));

    assertThat(problems(file)).anySatisfy(d -> assertThat(d.message())
        .contains("a stake cannot replace one that replaces it"));
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("facts.yaml"), text);
  }

  private static List<Diagnostic> problems(Path file) {
    return LoadProblems.of(file);
  }
}
