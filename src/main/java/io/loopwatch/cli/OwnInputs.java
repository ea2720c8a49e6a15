package io.loopwatch.cli;

import io.loopwatch.facts.FactFiles;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files a command reads, so that {@code --output} cannot overwrite one of them: writing the
 * report over the facts it was made from would lose them. Paths are compared as the file system
 * resolves them (symbolic links, {@code ..} and relative paths included); an output that does not
 * exist yet is its directory's real path plus its name. An output inside a rules or facts directory
 * is refused too if its name is one that directory's files are read by, since the next run would
 * read the report as input.
 */
final class OwnInputs {

  /** One input: a file, or a directory whose files with these endings are read. */
  private record Input(Path path, String option, List<String> endings) {}

  private static final List<String> RULE_FILES = List.of(".drl", ".yaml", ".yml");
  private static final List<String> FACT_FILES = List.of(".json", ".yaml", ".yml");

  private final List<Input> inputs = new ArrayList<>();

  /** The rules directory: DRL files, thresholds.yaml, suppressions.yaml and the rule tests. */
  OwnInputs rules(Path directory) {
    inputs.add(new Input(directory, "--rules", RULE_FILES));
    return this;
  }

  /** Fact files, or directories of them. */
  OwnInputs facts(List<Path> paths) {
    paths.forEach(p -> inputs.add(new Input(p, "--facts", FACT_FILES)));
    return this;
  }

  /** One more file read, if given (a baseline, a suppressions file). */
  OwnInputs file(Path file, String option) {
    if (file != null) {
      inputs.add(new Input(file, option, List.of()));
    }
    return this;
  }

  /**
   * Refuses an {@code --output} that is one of the inputs, before anything is evaluated.
   *
   * @throws ParameterException naming the option, the output and the input it would overwrite
   */
  void refuseAsOutput(Path output, CommandLine command) throws IOException {
    if (output == null) {
      return;
    }
    Optional<Path> target = realPath(output);
    if (target.isEmpty()) {
      // Its directory does not exist: writing fails on its own, with its own message.
      return;
    }
    for (Input input : inputs) {
      if (!Files.exists(input.path())) {
        continue;
      }
      Path real = input.path().toRealPath();
      if (!Files.isDirectory(real)) {
        if (real.equals(target.get())) {
          throw overwrites(command, output, input.path(), input);
        }
        continue;
      }
      for (Path read : filesUnder(input)) {
        if (read.toRealPath().equals(target.get())) {
          throw overwrites(command, output, read, input);
        }
      }
      String name = target.get().getFileName().toString().toLowerCase(Locale.ROOT);
      if (target.get().startsWith(real) && input.endings().stream().anyMatch(name::endsWith)) {
        throw new ParameterException(command, "--output " + output + " is inside " + input.path() + " ("
            + input.option() + "), whose " + String.join(", ", input.endings()) + " files are read as input;"
            + " write the report outside it");
      }
    }
  }

  private static ParameterException overwrites(CommandLine command, Path output, Path read, Input input) {
    return new ParameterException(command, "--output " + output + " would overwrite " + read
        + ", an input of this run (" + input.option() + "); write the report to another file");
  }

  /** The files read from an input directory, as its loader finds them. */
  private static List<Path> filesUnder(Input input) throws IOException {
    if (input.option().equals("--facts")) {
      return FactFiles.filesIn(input.path());
    }
    try (Stream<Path> walk = Files.walk(input.path(), FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> input.endings().stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
          .toList();
    } catch (IOException | RuntimeException unreadable) {
      // A loop of links or an unreadable corner: the name check below still guards the directory.
      return List.of();
    }
  }

  /** The path as the file system resolves it; for a file not yet written, its directory's real path and its name. */
  private static Optional<Path> realPath(Path output) throws IOException {
    if (Files.exists(output)) {
      return Optional.of(output.toRealPath());
    }
    Path absolute = output.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return Optional.empty();
    }
    return Optional.of(parent.toRealPath().resolve(absolute.getFileName()));
  }
}
