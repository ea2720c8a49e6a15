package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C ends {@code watch} even while a rule it set aside keeps a thread spinning: the case in
 * which it used to need {@code kill -9}. A child JVM runs the command line from the test classpath
 * and gets a real SIGINT. Every wait is bounded, and the child is always killed at the end.
 */
class WatchCtrlCTest {

  private static final String TRIVIAL = """
      package test.calm;
      import io.loopwatch.facts.Company;

      rule "sees-companies"
          @id("sees-companies") @category("CONTAGION") @severity("INFO") @description("Does nothing.")
      when
          Company()
      then
      end
      """;

  private static final String SPIN = """
      package test.spin;
      import io.loopwatch.facts.Company;

      rule "spins"
          @id("spins") @category("CONTAGION") @severity("LOW") @description("Never returns.")
      when
          $c : Company()
      then
          while (true) {}
      end
      """;

  @TempDir
  Path temp;

  @Test
  void ctrlCEndsWatchWhileARunawayRuleSpins() throws Exception {
    assumeTrue(sigintReachesChildren(), "SIGINT is ignored in this process, so a child would ignore it too");
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(rules.resolve("calm.drl"), TRIVIAL);
    Path facts = temp.resolve("facts.yaml");
    Files.writeString(facts, "companies:\n  - {id: acme, name: Acme, roles: [ai-lab], country: US}\n");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dloopwatch.rulesCache=off", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "watch", "--rules", rules.toString(), "--facts", facts.toString(), "--timeout", "1s", "--quiet-ms", "50")
        .start();
    List<String> out = collect(child.getInputStream());
    List<String> err = collect(child.getErrorStream());
    try {
      awaitLine(out, "watching ", child);
      Files.writeString(rules.resolve("spin.drl"), SPIN);
      awaitLine(err, "rule 'spins': still running when the time limit of 1s passed", child);

      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);

      assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("watch ended after Ctrl-C").isTrue();
      awaitLine(out, "stopped watching", child);
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Whether this process (and so a child it starts) handles SIGINT rather than ignoring it. */
  private static boolean sigintReachesChildren() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    String ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
        .map(l -> l.substring("SigIgn:".length()).strip()).orElse("0");
    return (Long.parseUnsignedLong(ignored, 16) & (1L << 1)) == 0;
  }

  private static List<String> collect(InputStream stream) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException closed) {
        // The child is gone.
      }
    });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** Waits, at most a minute, for a line containing the text. */
  private static void awaitLine(List<String> lines, String text, Process child) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (lines.stream().noneMatch(l -> l.contains(text)) && System.nanoTime() - end < 0) {
      Thread.sleep(50);
    }
    assertThat(lines).as("output of the child (alive: %s)", child.isAlive()).anyMatch(l -> l.contains(text));
  }
}
