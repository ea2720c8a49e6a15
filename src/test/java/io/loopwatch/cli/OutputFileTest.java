package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output: the target file is either absent (or as before) or complete, never half-written. */
class OutputFileTest {

  @TempDir
  Path temp;

  @Test
  void writesTheWholeBodyToTheFileAndNothingToStdout() throws Exception {
    Path target = temp.resolve("report.txt");
    StringWriter stdout = new StringWriter();

    OutputFile.write(target, new PrintWriter(stdout), out -> out.println("complete report"));

    assertThat(target).hasContent("complete report");
    assertThat(stdout.toString()).isEmpty();
    assertThat(files()).containsExactly(target);
  }

  @Test
  void writesIntoAPipeInsteadOfReplacingIt() throws Exception {
    Path fifo = temp.resolve("report.fifo");
    boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    Assumptions.assumeTrue(made, "mkfifo is not available here");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    OutputFile.write(fifo, new PrintWriter(new StringWriter()), out -> out.println("through the pipe"));

    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
    assertThat(Files.isRegularFile(fifo)).as("still a pipe, as /dev/null stays a device").isFalse();
  }

  @Test
  void aFailureHalfwayLeavesNoFileAndNoTemporaryFile() throws IOException {
    Path target = temp.resolve("report.html");

    assertThatThrownBy(() -> OutputFile.write(target, null, out -> {
      out.println("<html><body>first half");
      out.flush();
      throw new IllegalStateException("renderer failed");
    })).hasMessage("renderer failed");

    assertThat(target).doesNotExist();
    assertThat(files()).isEmpty();
  }

  @Test
  void aFailureHalfwayKeepsThePreviousReport() throws IOException {
    Path target = temp.resolve("report.html");
    Files.writeString(target, "yesterday's complete report");

    assertThatThrownBy(() -> OutputFile.write(target, null, out -> {
      out.print("today's half");
      throw new IllegalStateException("renderer failed");
    }));

    assertThat(target).hasContent("yesterday's complete report");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aMissingDirectoryIsReportedByName() {
    Path target = temp.resolve("no-such-dir/report.html");

    assertThatThrownBy(() -> OutputFile.write(target, null, out -> out.println("x")))
        .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
  }

  @Test
  void withoutAFileTheBodyGoesToStdout() throws Exception {
    StringWriter stdout = new StringWriter();

    OutputFile.write(null, new PrintWriter(stdout), out -> out.print("to the terminal"));

    assertThat(stdout.toString()).isEqualTo("to the terminal");
  }

  private java.util.List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(temp)) {
      return list.toList();
    }
  }
}
