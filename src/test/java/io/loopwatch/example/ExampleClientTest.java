package io.loopwatch.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it as a library" example, run as a client would run it: the same source file
 * ({@code examples/LiveSessionExample.java}, which the README shows verbatim), compiled with the
 * JDK's compiler and run in a separate JVM against Loopwatch's classes and only the dependencies
 * its pom gives a client ({@code target/client-classpath.txt}, written by maven-dependency-plugin
 * before the tests: runtime scope, without the optional logging backend). No test library, no
 * test class and nothing of Maven's own is on that class path.
 */
class ExampleClientTest {

  private static final Path EXAMPLE = Path.of("examples", "LiveSessionExample.java");

  @TempDir
  Path classes;

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains(Files.readString(EXAMPLE).strip());
  }

  @Test
  void theExampleCompilesAndRunsAgainstTheLibraryAndItsDeclaredDependenciesAlone() throws Exception {
    String classPath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of("target", "client-classpath.txt")).strip();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "--release", "17", "-cp", classPath, "-d", classes.toString(),
        EXAMPLE.toString());
    assertThat(compiled).as("javac exit code").isZero();

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + classPath, "LiveSessionExample"));
    Process run = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(run.exitValue()).as("exit code; stderr:\n" + err).isZero();
    assertThat(out)
        .contains("raised  CRITICAL pledge-cut:nvidia-openai-loi-2025-09")
        .contains("cleared circular-loop:loop:nvidia>openai>oracle")
        .contains("raised  HIGH denial-after-negative-report:ev-nvidia-openai-commitment-cut-2026-02>ev-denial-2026-02-05")
        .containsPattern("\\d+ alerts now; most severe: ");
  }
}
