package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fact files into one fact set: each file on its own first, then the checks that need all
 * of them. Nothing is returned unless every file is clean; every problem is reported at once.
 */
public final class FactLoader {

  private FactLoader() {}

  public static FactSet load(List<Path> paths) throws InvalidInputException, IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = InputFiles.resolve(paths, problems);
    LoadedFacts loaded = new LoadedFacts();
    boolean allParsed = true;
    for (Path file : files) {
      Problems inFile = new Problems(file);
      // Format.of cannot be empty: InputFiles only returns fact files.
      TreeReader.Result tree = TreeReader.read(file, Format.of(file).orElseThrow(), inFile);
      allParsed &= tree.syntaxOk();
      DocumentBinder.bind(tree.root(), file, inFile, loaded);
      problems.addAll(inFile.list());
    }
    FactSet facts = loaded.build();
    problems.addAll(DuplicateCheck.find(facts, loaded));
    // A file that could not be parsed defines ids we never saw; references to them would be
    // reported as unknown by mistake.
    if (allParsed) {
      problems.addAll(ReferenceCheck.find(facts, loaded, loaded.unreadableIds()));
    }
    if (!problems.isEmpty()) {
      problems.sort(Where.DIAGNOSTIC_ORDER);
      throw new InvalidInputException(problems);
    }
    return facts;
  }
}
