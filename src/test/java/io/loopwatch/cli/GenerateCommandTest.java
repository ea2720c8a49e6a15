package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.generate.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCommandTest {

  @TempDir
  Path temp;

  @Test
  void writesFactsAndGroundTruthAndSaysWhatItWrote() {
    Path dir = temp.resolve("set");

    CommandLineRun run = CommandLineRun.of("generate", "--companies", "100", "--deals", "800", "--loops", "6",
        "--max-loop-length", "3", "--seed", "9", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("wrote " + dir + ": 100 companies, ", " in 3 fact file(s)",
        "ground-truth.jsonl: ", ", 6 of them planted; by length 2: ");
    assertThat(run.err()).startsWith("reference loop search: ");
    assertThat(dir.resolve(GroundTruth.FILE_NAME)).exists();
  }

  @Test
  void runEvaluatesTheGeneratedFactsAndFindsEveryLoop() throws Exception {
    Path dir = temp.resolve("set");
    CommandLineRun.of("generate", "--companies", "100", "--deals", "800", "--loops", "6", "--seed", "9",
        "--out", dir.toString());

    CommandLineRun run = CommandLineRun.of("run", "--format", "json", "--facts", dir.toString(),
        "--as-of", "2026-02-05");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("\"loops\" : " + GroundTruth.read(dir).loops().size() + ",");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--companies 3 --max-loop-length 5 | a loop of 5 companies needs at least 5 companies, but only 3",
      "--max-loop-length 1               | the maximum loop length must be at least 2",
      "--deals -5                        | deals must not be negative, was -5",
      "--loops -1                        | loops must not be negative, was -1",
      "--companies 1                     | companies must be at least 2",
      "--deals 3 --loops 4               | 4 planted loop(s) of length 2 to 4 need 11 deals, but only 3",
      "--companies 2 --deals 9 --loops 2 --max-loop-length 2 | could plant only 1 different loop(s)",
      "--deals many                      | Invalid value for option '--deals'",
  })
  void badOptionsAreBadInput(String options, String message) {
    String[] args = (options + " --out " + temp.resolve("x")).split(" +");
    String[] command = new String[args.length + 1];
    command[0] = "generate";
    System.arraycopy(args, 0, command, 1, args.length);

    CommandLineRun run = CommandLineRun.of(command);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("error: ", message).contains("loopwatch generate --help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryThatIsNotEmptyIsBadInput() throws Exception {
    Files.writeString(temp.resolve("facts.yaml"), "companies: []\n");

    CommandLineRun run = CommandLineRun.of("generate", "--out", temp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("not empty");
  }

  @Test
  void outIsRequired() {
    CommandLineRun run = CommandLineRun.of("generate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("Missing required option: '--out=DIR'");
  }
}
