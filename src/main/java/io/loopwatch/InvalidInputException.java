package io.loopwatch;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Facts or rules that cannot be used as given. Carries every problem found, not just the first,
 * so that an analyst can fix a file in one pass. Nothing is evaluated when this is thrown.
 */
public class InvalidInputException extends Exception {

  private final List<Diagnostic> diagnostics;

  public InvalidInputException(List<Diagnostic> diagnostics) {
    super(summarise(diagnostics));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summarise(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
