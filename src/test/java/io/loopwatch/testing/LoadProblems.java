package io.loopwatch.testing;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactFiles;
import java.nio.file.Path;
import java.util.List;

/** What loading a fact file reports, for tests that write a small file and check its errors. */
public final class LoadProblems {

  private LoadProblems() {}

  /** The problems loading the file reports; fails the test when it loads. */
  public static List<Diagnostic> of(Path file) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(file)).actual().diagnostics();
  }
}
