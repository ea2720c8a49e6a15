package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The DRL files of a rule set: every {@code *.drl} under the rules directory, in a stable order. */
record RuleFiles(Path directory, List<DrlFile> files) {

  /** One DRL file with its text, read once so that positions and compilation agree. */
  record DrlFile(Path path, String relativeName, String text) {}

  static RuleFiles scan(Path directory) throws IOException, InvalidInputException {
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException(List.of(new Diagnostic(directory, 0, 0, "",
          "rules directory not found; expected a directory holding *.drl files")));
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    if (paths.isEmpty()) {
      throw new InvalidInputException(List.of(new Diagnostic(directory, 0, 0, "",
          "no rule files found; expected at least one *.drl file")));
    }
    List<DrlFile> files = new ArrayList<>();
    for (Path path : paths) {
      String relative = directory.relativize(path).toString().replace('\\', '/');
      files.add(new DrlFile(path, relative, Files.readString(path)));
    }
    return new RuleFiles(directory, List.copyOf(files));
  }
}
