package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
