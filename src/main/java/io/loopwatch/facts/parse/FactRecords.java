package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one fact that arrives on its own, as a record of a stream rather than a file: a JSON
 * document in the schema of fact files ({@code {"investments": [{...}]}}, the section naming the
 * kind) that holds exactly one fact. Problems are reported as for a fact file, at a line and column
 * of the record, which {@code name} stands in for as the file.
 */
public final class FactRecords {

  private FactRecords() {}

  /**
   * The fact, checked on its own: its values, but not what it refers to, which is checked where the
   * other facts are.
   *
   * @throws InvalidInputException with every problem, positioned in the record
   */
  public static Fact readOne(String name, byte[] json) throws InvalidInputException {
    Path where = Path.of(name);
    FactFileReader.Read read;
    try {
      read = FactFileReader.read(where, Format.JSON, new SharedValues(),
          file -> new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a record held in memory cannot fail", e);
    }
    List<Diagnostic> problems = new ArrayList<>(read.problems());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    LoadedFacts loaded = new LoadedFacts();
    loaded.add(read.facts());
    FactSet facts = loaded.build();
    problems.addAll(FactValidation.findInPart(facts, id -> true));
    if (problems.isEmpty() && facts.size() != 1) {
      problems.add(new Diagnostic(where, 1, 1, "", "expected exactly one fact, in one of the sections "
          + String.join(", ", Section.names()) + "; found " + facts.size()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return facts.all().findFirst().orElseThrow();
  }
}
