package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one file so far; reading goes on after each so that all are reported. */
final class Problems {

  private final Path file;
  private final List<Diagnostic> found = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  void at(Node node, String path, String message) {
    at(node.line(), node.column(), path, message);
  }

  void at(int line, int column, String path, String message) {
    found.add(new Diagnostic(file, line, column, path, message));
  }

  int count() {
    return found.size();
  }

  List<Diagnostic> list() {
    return List.copyOf(found);
  }
}
