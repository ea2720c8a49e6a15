package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output} never overwrites what the command reads, however the path is spelt. */
class OutputOntoInputTest {

  private static final String AS_OF = "2026-02-05";

  @TempDir
  Path temp;

  private Path rules;
  private Path facts;
  private Path factFile;
  private String factsBefore;

  @BeforeEach
  void copyTheBundledRulesAndFacts() throws IOException {
    rules = copy(Path.of("rules"), temp.resolve("rules"));
    facts = copy(Path.of("facts"), temp.resolve("facts"));
    factFile = facts.resolve("ai-industry-2026-02.yaml");
    factsBefore = Files.readString(factFile);
  }

  @Test
  void refusesToWriteTheReportOverAFactFileItReads() throws IOException {
    CommandLineRun run = run("--facts", factFile.toString(), "--output", factFile.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --output " + factFile + " would overwrite " + factFile
        + ", an input of this run (--facts); write the report to another file\n");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(factFile)).isEqualTo(factsBefore);
  }

  @Test
  void refusesAFactFileFoundInAFactsDirectory() throws IOException {
    CommandLineRun run = run("--facts", facts.toString(), "--output", factFile.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --output " + factFile + " would overwrite " + factFile
        + ", an input of this run (--facts)");
    assertThat(Files.readString(factFile)).isEqualTo(factsBefore);
  }

  @Test
  void refusesThresholdsReachedThroughASymbolicLink() throws IOException {
    Path thresholds = rules.resolve("thresholds.yaml");
    String before = Files.readString(thresholds);
    Path link = Files.createSymbolicLink(temp.resolve("limits.yaml"), thresholds);

    CommandLineRun run = run("--facts", facts.toString(), "--output", link.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --output " + link + " would overwrite " + thresholds
        + ", an input of this run (--rules)");
    assertThat(Files.readString(thresholds)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void refusesAPathThatReachesAnInputThroughDotDot() throws IOException {
    Path roundabout = temp.resolve("rules").resolve("..").resolve("facts").resolve("ai-industry-2026-02.yaml");

    CommandLineRun run = run("--facts", facts.toString(), "--output", roundabout.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("would overwrite").contains("(--facts)");
    assertThat(Files.readString(factFile)).isEqualTo(factsBefore);
  }

  @Test
  void refusesANewFileInsideAFactsDirectoryThatTheNextRunWouldReadAsFacts() {
    Path report = facts.resolve("report.json");

    CommandLineRun run = run("--facts", facts.toString(), "--format", "json", "--output", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: --output " + report + " is inside " + facts
        + " (--facts), whose .json, .yaml, .yml files are read as input; write the report outside it\n");
    assertThat(report).doesNotExist();
  }

  @Test
  void refusesTheBaselineAndTheSuppressionsFile() throws IOException {
    Path baseline = temp.resolve("baseline.json");
    assertThat(run("--facts", facts.toString(), "--format", "json", "--output", baseline.toString()).exitCode())
        .isEqualTo(ExitCode.OK);
    Path suppressions = temp.resolve("quiet.yaml");
    Files.writeString(suppressions, "suppressions: []\n");

    CommandLineRun overBaseline = run("--facts", facts.toString(), "--format", "json", "--baseline",
        baseline.toString(), "--output", baseline.toString());
    CommandLineRun overSuppressions = run("--facts", facts.toString(), "--suppressions", suppressions.toString(),
        "--output", suppressions.toString());

    assertThat(overBaseline.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(overBaseline.err()).contains("an input of this run (--baseline)");
    assertThat(overSuppressions.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(overSuppressions.err()).contains("an input of this run (--suppressions)");
    assertThat(Files.readString(suppressions)).isEqualTo("suppressions: []\n");
  }

  @Test
  void graphRefusesItsFactsToo() throws IOException {
    CommandLineRun run = CommandLineRun.of("graph", "--facts", factFile.toString(), "--output", factFile.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("would overwrite " + factFile);
    assertThat(Files.readString(factFile)).isEqualTo(factsBefore);
  }

  @Test
  void writesBesideTheInputsAsBefore() throws IOException {
    Path report = temp.resolve("report.html");

    CommandLineRun run = run("--facts", facts.toString(), "--format", "html", "--output", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
  }

  private CommandLineRun run(String... options) {
    String[] args = Stream.concat(Stream.of("run", "--as-of", AS_OF, "--rules", rules.toString()), Stream.of(options))
        .toArray(String[]::new);
    return CommandLineRun.of(args);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path source : tree.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }
}
