package io.loopwatch.ruletest;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads the rule test files that live beside the rules: {@code *.test.yaml}, {@code .yml} or {@code .json}. */
public final class RuleTestFiles {

  private RuleTestFiles() {}

  /** True for a file name this class reads as rule tests. */
  public static boolean isTestFile(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".test.yaml") || name.endsWith(".test.yml") || name.endsWith(".test.json");
  }

  /** Every test file under the directory, in a stable order. */
  public static List<Path> find(Path rulesDirectory) throws IOException {
    if (!Files.isDirectory(rulesDirectory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(rulesDirectory)) {
      return walk.filter(Files::isRegularFile).filter(RuleTestFiles::isTestFile).sorted().toList();
    }
  }

  /**
   * Reads every case in every test file under the directory.
   *
   * @param today the as-of date of cases that give none
   * @throws InvalidInputException with every problem in every file
   */
  public static List<RuleTestCase> load(Path rulesDirectory, LocalDate today) throws IOException, InvalidInputException {
    List<RuleTestCase> cases = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : find(rulesDirectory)) {
      try {
        cases.addAll(RuleTestReader.read(file, today));
      } catch (InvalidInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return cases;
  }
}
