package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fact with a problem of its own still has its references checked, so that one pass shows every
 * problem: a fact that cannot be bound at all (a value of the wrong type) is no exception.
 */
class EveryProblemOfAFactTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void aWrongTypeAndAnUnknownCompanyInOneFactAreBothReported(String format) throws Exception {
    // Flow-style YAML is JSON, so one text serves both parsers.
    Path file = Files.writeString(dir.resolve("facts." + format), """
        {"companies": [{"id": "nvidia", "name": "NVIDIA", "roles": ["chip-vendor"], "country": "US"}],
         "investments": [{"id": "nvidia-gamma", "investor": "nvidia", "investee": "gamma",
           "amountUsd": true, "instrument": "equity", "status": "signed", "announced": "2026-01-01",
           "sources": [{"publisher": "Reuters", "date": "2026-01-01"}]}],
         "events": [{"id": "gamma-denial", "date": "2026-01-02", "kind": "denial", "subject": "gamma"}]}
        """);

    assertThat(messages(file)).containsExactly(
        "investments[0].investee: unknown company 'gamma'; no company has this id",
        "investments[0].amountUsd: expected a number of US dollars, e.g. 20000000000; found the boolean true",
        "events[0].sources: missing required field 'sources'; expected at least one source (publisher and date)",
        "events[0].subject: unknown subject 'gamma'; expected the id of a company, investment, supply deal or chip");
  }

  private static List<String> messages(Path file) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(file)).actual().diagnostics().stream()
        .map(d -> d.path() + ": " + d.message()).toList();
  }
}
