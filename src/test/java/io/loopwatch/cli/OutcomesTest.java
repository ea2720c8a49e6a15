package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that could not finish never ends as an outcome (0 or 1): a timeout, running out of
 * memory and a report that could not be written all exit 3 with one line on stderr.
 */
class OutcomesTest {

  /** Never returns as far as anyone waits, but ends by itself after a few seconds: the test JVM keeps no busy thread. */
  private static final String SPINNING_RULE = """
        package test.spin;
        import io.loopwatch.facts.Company;

        function void spinForSeconds(long seconds) {
            java.time.Instant end = java.time.Instant.now().plusSeconds(seconds);
            while (java.time.Instant.now().isBefore(end)) {}
        }

        rule "spins"
            @id("spins") @category("CONTAGION") @severity("LOW") @description("Never returns, as far as anyone waits.")
        when
            $c : Company()
        then
            spinForSeconds(3);
        end
        """;

  @TempDir
  Path temp;

  @Test
  void aRuleThatNeverReturnsStopsRunAtTheTimeoutWithExit3AndOneLineNamingIt() throws Exception {
    Path rules = rulesWith("spin.drl", SPINNING_RULE);

    CommandLineRun run = CommandLineRun.of("run", "--rules", rules.toString(), "--facts", oneCompany().toString(),
        "--timeout", "200ms");

    assertThat(run.exitCode()).isEqualTo(ExitCode.TIMED_OUT).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: " + rules.resolve("spin.drl") + ":9: rule 'spins': still running when"
        + " the time limit of 200ms passed; the evaluation was stopped. If the rules need longer, raise the limit"
        + " with --timeout (or RiskEngine.builder().timeout(...))\n");
  }

  @Test
  void aCaseThatRunsOutOfTimeStopsTheRuleTestsWithExit3() throws Exception {
    Path rules = rulesWith("spin.drl", SPINNING_RULE);
    Files.writeString(rules.resolve("spin.test.yaml"), """
        cases:
          - name: a company makes the rule spin
            asOf: 2026-02-05
            facts:
              companies:
                - {id: acme, name: Acme, roles: [ai-lab], country: US}
            expectNone:
              - rule: spins
        """);

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString(), "--timeout", "200ms");

    assertThat(run.exitCode()).isEqualTo(ExitCode.TIMED_OUT);
    assertThat(run.err()).startsWith("error: " + rules.resolve("spin.drl") + ":9: rule 'spins': still running when"
        + " the time limit of 200ms passed");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aTimeoutThatIsNotADurationIsABadOptionNamingTheFormsAccepted() {
    for (String command : new String[] {"run", "explain", "graph", "test", "watch"}) {
      CommandLineRun run = command.equals("explain")
          ? CommandLineRun.of(command, "some-key", "--timeout", "soon")
          : CommandLineRun.of(command, "--timeout", "soon");

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).as(command).startsWith("error: Invalid value for option '--timeout': 'soon' is not a"
          + " duration; expected a positive duration such as 500ms, 20s, 5m, 1h or ISO-8601 PT20S\n");
    }
  }

  @Test
  void aTimeoutOfZeroIsABadOption() {
    CommandLineRun run = CommandLineRun.of("run", "--timeout", "0s");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--timeout").contains("must be positive");
  }

  @Test
  void acceptsEveryDocumentedFormOfTimeout() {
    for (String limit : new String[] {"20s", "5m", "1h", "500ms", "PT20S"}) {
      CommandLineRun run = CommandLineRun.of("run", "--as-of", "2026-02-05", "--timeout", limit);

      assertThat(run.exitCode()).as(limit).isEqualTo(ExitCode.OK);
    }
  }

  @Test
  void runningOutOfMemoryExits3WithTheHeapHintAndNoStackTrace() throws Exception {
    Path rules = rulesWith("hungry.drl", """
        package test.hungry;
        import io.loopwatch.facts.Company;

        // More than any heap holds: the JVM refuses it at once with OutOfMemoryError.
        function int allocateTooMuch() {
            long[] huge = new long[Integer.MAX_VALUE];
            return huge.length;
        }

        rule "hungry"
            @id("hungry") @category("CONTAGION") @severity("LOW") @description("Asks for more memory than there is.")
        when
            $c : Company()
        then
            allocateTooMuch();
        end
        """);

    CommandLineRun run = CommandLineRun.of("run", "--rules", rules.toString(), "--facts", oneCompany().toString(),
        "--fail-on", "LOW");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OUT_OF_MEMORY).isEqualTo(3);
    assertThat(run.err()).startsWith("error: out of memory (Requested array size exceeds VM limit, with at most ")
        .endsWith(" MB of heap); give Java more heap with -Xmx, e.g. java -Xmx4g -jar loopwatch.jar ...\n")
        .doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aReportThatCannotBeWrittenToStandardOutputExits3SayingWhy() {
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"run", "--as-of", "2026-02-05"}, new ReportWriter(new FullDisk()),
        new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.CANNOT_WRITE).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("error: cannot write the report to standard output: No space left on device\n");
  }

  @Test
  void aFailedWriteThroughAnyPrintWriterStillExits3() {
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"run", "--as-of", "2026-02-05", "--fail-on", "CRITICAL"},
        new PrintWriter(new FullDisk()), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.CANNOT_WRITE);
    assertThat(err.toString()).isEqualTo("error: cannot write the report to standard output: the stream reported an error\n");
  }

  @Test
  void anInternalErrorIsOneLineWithoutAStackTraceUnlessDebugging() {
    StringWriter err = new StringWriter();

    int code = FailureHandler.report(new IllegalStateException("no such state"), new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).isEqualTo("internal error: java.lang.IllegalStateException: no such state (a bug in"
        + " Loopwatch; please report it with the command you ran; set LOOPWATCH_DEBUG=1 for the stack trace)\n");
  }

  @Test
  void anInternalErrorShowsItsStackTraceWhenDebugging() {
    StringWriter err = new StringWriter();
    System.setProperty(FailureHandler.DEBUG_PROPERTY, "true");
    try {
      FailureHandler.report(new IllegalStateException("no such state"), new PrintWriter(err, true));
    } finally {
      System.clearProperty(FailureHandler.DEBUG_PROPERTY);
    }

    assertThat(err.toString()).contains("\tat io.loopwatch.cli.OutcomesTest.");
  }

  @Test
  void outOfMemoryWrappedByAnotherFailureIsStillOutOfMemory() {
    StringWriter err = new StringWriter();

    int code = FailureHandler.report(new RuntimeException("compiling failed", new OutOfMemoryError("Java heap space")),
        new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.OUT_OF_MEMORY);
    assertThat(err.toString()).startsWith("error: out of memory (Java heap space, with at most ");
  }

  private Path rulesWith(String name, String drl) throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(rules.resolve(name), drl);
    return rules;
  }

  private Path oneCompany() throws IOException {
    Path facts = temp.resolve("facts.yaml");
    Files.writeString(facts, "companies:\n  - {id: acme, name: Acme, roles: [ai-lab], country: US}\n");
    return facts;
  }

  /** A destination on a full disk: every write fails, as {@code > /dev/full} does. */
  private static final class FullDisk extends Writer {
    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }
}
