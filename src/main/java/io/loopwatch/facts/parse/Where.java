package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A place in the facts that a cross-file check can report: a position in a file where the fact was
 * read from one, and always a document path.
 *
 * @param file null for facts built in code
 * @param line 1-based, or 0 when unknown
 */
public record Where(Path file, int line, int column, String path) {

  /** The order diagnostics are shown in: by file, then line, then column; unknown files first. */
  public static final Comparator<Diagnostic> DIAGNOSTIC_ORDER =
      Comparator.comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.<Path>naturalOrder()))
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column);

  static final Comparator<Where> ORDER =
      Comparator.comparing(Where::file, Comparator.nullsFirst(Comparator.<Path>naturalOrder()))
          .thenComparingInt(Where::line)
          .thenComparingInt(Where::column);

  Diagnostic error(String message) {
    return new Diagnostic(file, line, column, path, message);
  }

  /** {@code facts/deals.yaml:3:9}, or the document path when the fact was not read from a file. */
  String describe() {
    if (file == null) {
      return path;
    }
    return line == 0 ? file.toString() : file + ":" + line + ":" + column;
  }
}
