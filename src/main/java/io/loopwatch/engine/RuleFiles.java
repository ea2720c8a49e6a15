package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.check.CheckCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The DRL files of a rule set: every {@code *.drl} under the rules directory, in a stable order. */
public record RuleFiles(Path directory, List<DrlFile> files) {

  /** One DRL file with its text, read once so that positions and compilation agree. */
  public record DrlFile(Path path, String relativeName, String text) {}

  /** These rule files less some; fails like {@link #scan} when none is left. */
  RuleFiles without(Set<Path> excluded) throws InvalidInputException {
    if (excluded.isEmpty()) {
      return this;
    }
    List<DrlFile> kept = files.stream().filter(f -> !excluded.contains(f.path())).toList();
    if (kept.isEmpty()) {
      throw new InvalidInputException(List.of(new Diagnostic(directory, 0, 0, "",
          "no rule files left to check", CheckCode.NO_RULES.code())));
    }
    return new RuleFiles(directory, kept);
  }

  public static RuleFiles scan(Path directory) throws IOException, InvalidInputException {
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException(List.of(new Diagnostic(directory, 0, 0, "",
          "rules directory not found; expected a directory holding *.drl files", CheckCode.NO_RULES.code())));
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    if (paths.isEmpty()) {
      throw new InvalidInputException(List.of(new Diagnostic(directory, 0, 0, "",
          "no rule files found; expected at least one *.drl file", CheckCode.NO_RULES.code())));
    }
    List<DrlFile> files = new ArrayList<>();
    for (Path path : paths) {
      String relative = directory.relativize(path).toString().replace('\\', '/');
      files.add(new DrlFile(path, relative, Files.readString(path)));
    }
    return new RuleFiles(directory, List.copyOf(files));
  }
}
