package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads fact files and directories of them into one fact set. */
public final class FactLoader {

  private static final Logger LOG = LoggerFactory.getLogger(FactLoader.class);

  /** How to accept no facts at all, for the message that refuses them. */
  private static final String ALLOW_EMPTY =
      "pass --allow-empty (FactFiles.loadAllowingEmpty in code) if that is expected";

  private FactLoader() {}

  /** The fact files under a directory, in the order {@link #load} reads them. */
  public static List<Path> filesIn(Path directory) throws IOException {
    return InputFiles.resolve(List.of(directory), new ArrayList<>());
  }

  /**
   * @param allowEmpty false to refuse paths that hold no facts at all: a mistyped directory or an
   *     unmounted volume would otherwise read as a network with nothing wrong in it
   */
  public static FactSet load(List<Path> paths, boolean allowEmpty)
      throws InvalidInputException, IOException {
    return load(paths, allowEmpty, FileOpener.FILE_SYSTEM);
  }

  static FactSet load(List<Path> paths, boolean allowEmpty, FileOpener opener)
      throws InvalidInputException, IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = InputFiles.resolve(paths, problems);
    if (files.isEmpty() && problems.isEmpty() && !allowEmpty) {
      throw new InvalidInputException(paths.stream()
          .map(path -> new Diagnostic(path, 0, 0, "", "no facts found: "
              + (Files.isDirectory(path) ? "no file under it ends in " + Format.EXTENSIONS : "nothing to read")
              + "; " + ALLOW_EMPTY))
          .toList());
    }
    long started = System.nanoTime();
    FactAssembly assembly = new FactAssembly(opener).addProblems(problems).addFiles(files);
    long read = System.nanoTime();
    FactSet facts = assembly.finish();
    // Where loading's time goes, for anyone sizing a run over a large network.
    LOG.debug("{} facts in {} file(s): read and bound in {} ms, checked across files in {} ms", facts.size(),
        files.size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    if (facts.size() == 0 && !allowEmpty && !paths.isEmpty()) {
      String named = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
      throw new InvalidInputException(List.of(new Diagnostic(paths.get(0), 0, 0, "",
          "no facts found in " + named + ": " + files.size() + " fact file(s), none with a company,"
              + " deal, chip, financials record or event; " + ALLOW_EMPTY)));
    }
    CheckedSets.remember(facts);
    return facts;
  }
}
