package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory for real: a child JVM with a 32 MB heap runs a generated network that needs
 * more. It must say so in one line with the heap hint and exit 3, not print a stack trace and exit 1
 * (the code for alerts at or above --fail-on).
 */
class TinyHeapTest {

  @TempDir
  Path temp;

  @Test
  void aRunThatOutgrowsTheHeapExits3WithOneLineAndTheHint() throws Exception {
    Path facts = temp.resolve("facts");
    Generator.generate(new GenerationSettings(2000, 30_000, 10, 4, 1), facts);
    Path err = temp.resolve("err.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-Dloopwatch.rulesCache=off", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--rules", "rules", "--facts", facts.toString(), "--as-of", "2026-02-05", "--fail-on", "LOW")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    try {
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child finished").isTrue();

      assertThat(child.exitValue()).isEqualTo(ExitCode.OUT_OF_MEMORY);
      assertThat(Files.readString(err, StandardCharsets.UTF_8)).matches(
          "error: out of memory \\([^)]+, with at most \\d+ MB of heap\\); give Java more heap with -Xmx,"
              + " e\\.g\\. java -Xmx4g -jar loopwatch\\.jar \\.\\.\\.\n");
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
