package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a YAML or JSON file into positioned {@link Node}s, for Loopwatch's other file formats
 * (rule test files) that must report errors at a line and column like fact files do.
 */
public final class PositionedReader {

  private PositionedReader() {}

  /**
   * The document's root; empty for an empty document or one with syntax errors, which are added to
   * {@code problems}.
   */
  public static Optional<Node> read(Path file, List<Diagnostic> problems) throws IOException {
    Problems inFile = new Problems(file);
    Optional<Format> format = Format.of(file);
    if (format.isEmpty()) {
      problems.add(new Diagnostic(file, 0, 0, "", "expected a " + Format.EXTENSIONS + " file"));
      return Optional.empty();
    }
    TreeReader.Result tree = TreeReader.read(file, format.get(), inFile);
    problems.addAll(inFile.list());
    return Optional.ofNullable(tree.syntaxOk() ? tree.root() : null);
  }
}
