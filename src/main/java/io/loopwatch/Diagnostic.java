package io.loopwatch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in an input file (facts or rules), with the position an editor can jump to.
 *
 * @param file the file the problem is in, or {@code null} for facts built in code
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path where in the document, e.g. {@code investments[2].amountUsd}; empty when not applicable
 * @param message what was found and what was expected
 * @param code the stable code of this kind of problem (README, "Check codes"), or empty
 */
public record Diagnostic(Path file, int line, int column, String path, String message, String code) {

  public Diagnostic {
    Objects.requireNonNull(message, "message");
    path = path == null ? "" : path;
    code = code == null ? "" : code;
  }

  public Diagnostic(Path file, int line, int column, String path, String message) {
    this(file, line, column, path, message, "");
  }

  /** This problem with a code, for the places that know which kind of problem it is. */
  public Diagnostic withCode(String newCode) {
    return new Diagnostic(file, line, column, path, message, newCode);
  }

  /** {@code file:line:column: path: message}, the form editors and CI logs recognise. */
  @Override
  public String toString() {
    return describe(false);
  }

  /**
   * As {@link #toString()}, with the stable code after the position when there is one ({@code
   * file:line:column: LW501: message}), so that a reader can look it up in the README's table.
   */
  public String toStringWithCode() {
    return describe(true);
  }

  private String describe(boolean withCode) {
    StringBuilder out = new StringBuilder();
    out.append(file == null ? "<facts>" : file.toString());
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ");
    if (withCode && !code.isEmpty()) {
      out.append(code).append(": ");
    }
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
