package io.loopwatch.facts;

import static io.loopwatch.facts.Fixtures.errorsLoading;
import static io.loopwatch.facts.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not well-formed JSON or YAML, or not shaped like a fact document. */
class SyntaxErrorsTest {

  @Test
  void reportsJsonSyntaxErrorWithoutJacksonNoise() {
    // A trailing comma before the closing bracket.
    assertThat(errorsLoading(fixture("syntax-error.json"))).containsExactly(new Diagnostic(
        fixture("syntax-error.json"), 4, 3, "", "invalid JSON: unexpected character ']':"
            + " expected a value"));
  }

  @Test
  void reportsYamlSyntaxErrorWhereTheParserFoundItAndWhereTheConstructStarted() {
    // An unterminated quote: found at the end of the file, started on line 3.
    assertThat(errorsLoading(fixture("syntax-error.yaml"))).containsExactly(new Diagnostic(
        fixture("syntax-error.yaml"), 6, 1, "", "invalid YAML: found unexpected end of stream"
            + " (while scanning a quoted scalar started at line 3, column 11)"));
  }

  @Test
  void rejectsYamlAliasesRatherThanReadingTheAnchorNameAsTheValue() {
    assertThat(errorsLoading(fixture("yaml-alias.yaml"))).containsExactly(new Diagnostic(
        fixture("yaml-alias.yaml"), 9, 14, "companies[1].country",
        "YAML aliases (*name) are not supported; write the value out"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "yaml | 4 | 1 | a fact file holds one YAML document; found a second one here"
        + " (split it into another file)",
    "json | 2 | 1 | unexpected content after the end of the JSON document"
  })
  void rejectsASecondDocumentInOneFile(String format, int line, int column, String message) {
    String file = "second-document." + format;

    assertThat(errorsLoading(fixture(file)))
        .containsExactly(new Diagnostic(fixture(file), line, column, "", message));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 1, 1", "json, 1, 1"})
  void reportsDocumentThatIsNotAnObjectOfSections(String format, int line, int column) {
    String file = "not-an-object." + format;

    assertThat(errorsLoading(fixture(file))).containsExactly(new Diagnostic(fixture(file), line,
        column, "", "expected an object with any of the sections companies, investments,"
            + " supplyDeals, stakes, chips, financials, events; found a list"));
  }
}
