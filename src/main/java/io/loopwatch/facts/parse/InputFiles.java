package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the paths a user names into the fact files to read, in a stable order. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Files as named, directories as their fact files in sorted order, each file once even when named
   * twice (a directory and a file in it), so that it does not collide with itself.
   */
  static List<Path> resolve(List<Path> paths, List<Diagnostic> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      for (Path file : expand(path, problems)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<Path> expand(Path path, List<Diagnostic> problems) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile)
            .filter(f -> Format.of(f).isPresent())
            .sorted()
            .collect(Collectors.toList());
      }
    }
    if (!Files.exists(path)) {
      problems.add(new Diagnostic(path, 0, 0, "", "no such file or directory"));
      return List.of();
    }
    if (Format.of(path).isEmpty()) {
      problems.add(new Diagnostic(path, 0, 0, "",
          "not a fact file; expected a name ending in " + Format.EXTENSIONS + ", or a directory"));
      return List.of();
    }
    return List.of(path);
  }
}
