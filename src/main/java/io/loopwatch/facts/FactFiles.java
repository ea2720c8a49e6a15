package io.loopwatch.facts;

import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.parse.FactLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads fact files written in JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) into one
 * {@link FactSet}. Files are only read, never written.
 *
 * <p>A fact file has any of the top-level lists {@code companies}, {@code investments}, {@code
 * supplyDeals}, {@code chips}, {@code financials} and {@code events}. Facts may refer to facts in
 * other files; ids are unique across all files. Symbolic links are followed, and each real file
 * is read once however many links lead to it.
 *
 * <pre>{@code
 * FactSet facts = FactFiles.load(Path.of("facts"));
 * }</pre>
 */
public final class FactFiles {

  private FactFiles() {}

  /**
   * Reads every file named, and every fact file under every directory named, in sorted order.
   * Files are read side by side on the cores there are; the facts, their order and the problems
   * reported are the same as if they were read one after another.
   *
   * @throws InvalidInputException with every problem in every file, sorted by file, line and
   *     column: syntax errors, unknown or missing fields, values of the wrong type, duplicate ids,
   *     references to facts that do not exist, circles of {@code supersedes} or {@code parent},
   *     paths that are missing, unreadable, not UTF-8 or not fact files, links that lead nowhere
   *     or in a circle, empty files, and paths that hold no facts at all (see {@link
   *     #loadAllowingEmpty})
   * @throws IOException when reading fails in a way that is not about one file
   */
  public static FactSet load(List<Path> paths) throws InvalidInputException, IOException {
    return FactLoader.load(List.copyOf(paths), false);
  }

  /**
   * {@link #load(List)}, but paths that hold no facts at all (an empty directory, files of
   * {@code {}}) give an empty fact set rather than an error. An empty file is still an error.
   */
  public static FactSet loadAllowingEmpty(List<Path> paths)
      throws InvalidInputException, IOException {
    return FactLoader.load(List.copyOf(paths), true);
  }

  /** The fact files under a directory ({@code .json}, {@code .yaml}, {@code .yml}), in the order {@link #load} reads them. */
  public static List<Path> filesIn(Path directory) throws IOException {
    return FactLoader.filesIn(directory);
  }

  /** {@link #load(List)} for paths given one by one. */
  public static FactSet load(Path... paths) throws InvalidInputException, IOException {
    return load(List.of(paths));
  }
}
