package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads fact files and directories of them into one fact set. */
public final class FactLoader {

  private FactLoader() {}

  /** The fact files under a directory, in the order {@link #load} reads them. */
  public static List<Path> filesIn(Path directory) throws IOException {
    return InputFiles.resolve(List.of(directory), new ArrayList<>());
  }

  public static FactSet load(List<Path> paths) throws InvalidInputException, IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = InputFiles.resolve(paths, problems);
    return new FactAssembly().addProblems(problems).addFiles(files).finish();
  }
}
