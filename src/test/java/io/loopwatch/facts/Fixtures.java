package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/** The fact files under {@code src/test/resources/facts}, and what loading them reports. */
final class Fixtures {

  static final Path DIR = Path.of("src/test/resources/facts");

  /** Defines the companies the single-case fixtures refer to, so each shows only its own error. */
  static final Path KNOWN_COMPANIES = fixture("known-companies.yaml");

  private Fixtures() {}

  static Path fixture(String name) {
    return DIR.resolve(name);
  }

  /** Loads the files, expecting failure, and returns every diagnostic in the order reported. */
  static List<Diagnostic> errorsLoading(Path... files) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(files))
        .actual()
        .diagnostics();
  }

  /** Loads a single-case fixture beside the companies it refers to. */
  static List<Diagnostic> errorsIn(String fixture) {
    return errorsLoading(KNOWN_COMPANIES, fixture(fixture));
  }
}
