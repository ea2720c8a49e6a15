package io.loopwatch.facts;

import static io.loopwatch.facts.Fixtures.KNOWN_COMPANIES;
import static io.loopwatch.facts.Fixtures.errorsLoading;
import static io.loopwatch.facts.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks that need every file: ids unique across files, references resolved across files. */
class CrossFileChecksTest {

  @ParameterizedTest
  @CsvSource({"yaml, 3, 15", "json, 5, 19"})
  void reportsUnknownCompanyDefinedInNoFileAndSuggestsTheClosest(
      String format, int line, int column) {
    Path companies = fixture("unknown-company/companies." + format);
    Path deals = fixture("unknown-company/deals." + format);

    assertThat(errorsLoading(companies, deals)).containsExactly(new Diagnostic(deals, line,
        column, "investments[0].investor", "unknown company 'nvdia' (did you mean 'nvidia'?)"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 6, 9, 2, 9", "json, 4, 13, 3, 13"})
  void reportsDuplicateIdAcrossFilesNamingBothPlaces(
      String format, int line, int column, int firstLine, int firstColumn) {
    Path first = fixture("duplicate-id/first." + format);
    Path second = fixture("duplicate-id/second." + format);

    assertThat(errorsLoading(first, second)).containsExactly(new Diagnostic(second, line, column,
        "companies[1].id", "duplicate id 'nvidia'; first defined at " + first + ":" + firstLine
            + ":" + firstColumn));
  }

  @Test
  void reportsTheLaterDuplicateWhicheverOrderTheFilesAreNamedIn() {
    Path first = fixture("duplicate-id/first.yaml");
    Path second = fixture("duplicate-id/second.yaml");

    assertThat(errorsLoading(second, first)).extracting(Diagnostic::file).containsExactly(second);
  }

  @Test
  void reportsReferencesToMissingOrWrongKindsOfFactsAndSelfDeals() {
    Path file = fixture("bad-references.yaml");

    assertThat(errorsLoading(KNOWN_COMPANIES, file)).containsExactly(
        new Diagnostic(file, 17, 17, "investments[1].supersedes",
            "unknown investment 'nvidia-openai-lio' (did you mean 'nvidia-openai-loi'?)"),
        new Diagnostic(file, 21, 15, "investments[2].investee", "investor and investee are both"
            + " 'openai'; an investment is between two different companies"),
        new Diagnostic(file, 35, 17, "supplyDeals[0].supersedes",
            "'nvidia-openai-loi' is an investment, not a supply deal"),
        new Diagnostic(file, 41, 14, "events[0].subject", "unknown subject 'orcale' (did you"
            + " mean 'oracle'?); expected the id of a company, investment, supply deal or chip"));
  }

  @Test
  void doesNotReportReferencesToAFactThatHasErrorsOfItsOwn() {
    Path file = fixture("broken-company.yaml");

    // The supply deal names cerebras, which is unreadable but written: one problem, not two.
    assertThat(errorsLoading(KNOWN_COMPANIES, file)).extracting(Diagnostic::path)
        .containsExactly("companies[0].roles[0]");
  }
}
