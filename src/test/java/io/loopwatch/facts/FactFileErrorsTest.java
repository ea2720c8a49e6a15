package io.loopwatch.facts;

import static io.loopwatch.facts.Fixtures.errorsIn;
import static io.loopwatch.facts.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes within one fact file. Each case is written in JSON and in YAML; the message and path
 * are the same for both, only the position differs with the syntax.
 */
class FactFileErrorsTest {

  private static final String INVESTMENT_FIELDS = "id, investor, investee, amountUsd, disclosed, instrument,"
      + " status, announced, expectedClose, supersedes, note, sources";

  @ParameterizedTest
  @CsvSource({"yaml, 9, 5", "json, 11, 7"})
  void reportsUnknownFieldAtItsKeyWithTheValidFields(String format, int line, int column) {
    String file = "unknown-field." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "investments[0].notes",
        "unknown field 'notes' (did you mean 'note'?); valid fields are: " + INVESTMENT_FIELDS));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 3, 11, 4, 12, 10, 16, 15, 7", "json, 3, 31, 3, 44, 10, 20, 14, 18"})
  void reportsWrongTypeSayingWhatWasExpected(String format, int nameLine, int nameColumn,
      int rolesLine, int rolesColumn, int amountLine, int amountColumn, int sourcesLine,
      int sourcesColumn) {
    String file = "wrong-type." + format;

    assertThat(errorsIn(file)).containsExactly(
        new Diagnostic(fixture(file), nameLine, nameColumn, "companies[0].name",
            "expected a string; found the number 42 (put it in quotes if it is text)"),
        new Diagnostic(fixture(file), rolesLine, rolesColumn, "companies[0].roles",
            "expected a list with at least one of: chip-vendor, ai-lab, cloud-provider,"
                + " hyperscaler, neocloud, investor, foundry, datacenter-developer,"
                + " networking-vendor; found the string 'ai-lab'"),
        new Diagnostic(fixture(file), amountLine, amountColumn, "investments[0].amountUsd",
            "expected a number of US dollars, e.g. 20000000000; found the boolean true"),
        new Diagnostic(fixture(file), sourcesLine, sourcesColumn, "investments[0].sources",
            "expected a list with at least one source (publisher and date); found an object"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 2, 5", "json, 3, 5"})
  void reportsMissingRequiredFieldAtTheStartOfItsObject(String format, int line, int column) {
    String file = "missing-field." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "investments[0].status", "missing required field 'status'"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 5, 16", "json, 7, 20"})
  void reportsNegativeAmount(String format, int line, int column) {
    String file = "negative-amount." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "investments[0].amountUsd", "must not be negative; found -100000000000"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 7, 13", "json, 9, 17"})
  void reportsUnknownEnumValueWithValidChoices(String format, int line, int column) {
    String file = "unknown-enum." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "investments[0].status", "unknown value 'signd'; expected one of:"
            + " rumored, reported, loi, term-sheet, signed, closed, cancelled"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 3, 11, 8, 15", "json, 5, 15, 8, 49"})
  void reportsDatesThatAreNotIsoCalendarDates(
      String format, int line, int column, int sourceLine, int sourceColumn) {
    String file = "bad-date." + format;

    assertThat(errorsIn(file)).containsExactly(
        new Diagnostic(fixture(file), line, column, "events[0].date",
            "expected an ISO-8601 date yyyy-mm-dd; found '2026/01/31'"),
        new Diagnostic(fixture(file), sourceLine, sourceColumn, "events[0].sources[0].date",
            "no such date '2026-02-30'; expected an ISO-8601 date yyyy-mm-dd"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 2, 9", "json, 4, 13"})
  void reportsIdThatIsNotKebabCase(String format, int line, int column) {
    String file = "bad-id." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "chips[0].id", "malformed id 'Zhenwu_810E'; expected kebab-case: lowercase letters and"
            + " digits joined by single hyphens, e.g. 'nvidia-openai-2025'"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 2, 5, 16, 14", "json, 3, 5, 19, 18"})
  void reportsFactWithoutSources(
      String format, int missingLine, int missingColumn, int emptyLine, int emptyColumn) {
    String file = "missing-sources." + format;

    assertThat(errorsIn(file)).containsExactly(
        new Diagnostic(fixture(file), missingLine, missingColumn, "supplyDeals[0].sources",
            "missing required field 'sources'; expected at least one source (publisher and date)"),
        new Diagnostic(fixture(file), emptyLine, emptyColumn, "supplyDeals[1].sources",
            "expected at least one source (publisher and date); found an empty list"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 10, 13", "json, 9, 17"})
  void reportsMalformedPeriod(String format, int line, int column) {
    String file = "bad-period." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "financials[1].period", "malformed period '2025-q3'; expected a year (2025),"
            + " a half (2025-H1, 2025-H2) or a quarter (2025-Q1 to 2025-Q4)"));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 4, 5, 2, 5", "json, 6, 7, 4, 7"})
  void reportsDuplicateKeyWithTheFirstOne(
      String format, int line, int column, int firstLine, int firstColumn) {
    String file = "duplicate-key." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "companies[0].name", "duplicate key 'name'; first given at line " + firstLine
            + ", column " + firstColumn));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 1, 1", "json, 2, 3"})
  void reportsUnknownSectionWithTheValidOnes(String format, int line, int column) {
    String file = "unknown-section." + format;

    assertThat(errorsIn(file)).containsExactly(new Diagnostic(fixture(file), line, column,
        "investment", "unknown section 'investment' (did you mean 'investments'?);"
            + " valid sections are: companies, investments, supplyDeals, stakes, chips, financials,"
            + " events"));
  }

  @ParameterizedTest
  @CsvSource({
    "yaml, 5, 16, 6, 17, 10, 9, 11, 5, 15, 13",
    "json, 7, 20, 8, 21, 11, 19, 13, 5, 18, 17"
  })
  void reportsEveryErrorInAFileNotJustTheFirst(String format, int amountLine, int amountColumn,
      int instrumentLine, int instrumentColumn, int sourceLine, int sourceColumn,
      int investorLine, int investorColumn, int statusLine, int statusColumn) {
    String file = "several-errors." + format;

    assertThat(errorsIn(file)).containsExactly(
        new Diagnostic(fixture(file), amountLine, amountColumn, "investments[0].amountUsd",
            "expected a number of US dollars, e.g. 20000000000; found the string '100B'"),
        new Diagnostic(fixture(file), instrumentLine, instrumentColumn,
            "investments[0].instrument", "unknown value 'shares'; expected one of: equity,"
                + " warrant, convertible, debt, capacity-backstop, guarantee, revenue-share"),
        new Diagnostic(fixture(file), sourceLine, sourceColumn, "investments[0].sources[0].date",
            "missing required field 'date'"),
        new Diagnostic(fixture(file), investorLine, investorColumn, "investments[1].investor",
            "missing required field 'investor'"),
        new Diagnostic(fixture(file), statusLine, statusColumn, "investments[1].status",
            "unknown value 'signd'; expected one of:"
                + " rumored, reported, loi, term-sheet, signed, closed, cancelled"));
  }
}
