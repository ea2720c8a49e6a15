package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The flags of {@code serve}; the service itself is tested in {@code io.loopwatch.kafka}. */
class ServeCommandTest {

  @Test
  void serveWithoutBrokersIsAUsageErrorThatNamesTheOption() {
    CommandLineRun run = CommandLineRun.of("serve");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--bootstrap-servers");
  }

  @Test
  void aSettingKafkaRefusesIsAUsageErrorThatNamesItBeforeAnyBrokerIsAsked() {
    // Port 1: nothing listens; the setting must be refused before the topics are created.
    CommandLineRun run = CommandLineRun.of("serve", "--bootstrap-servers", "localhost:1", "--config",
        "num.stream.threads=abc");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--config").contains("num.stream.threads").doesNotContain("internal error");
  }

  @Test
  void helpListsServeAmongTheCommands() {
    CommandLineRun run = CommandLineRun.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("serve").contains("watch").contains("generate");
  }

  @Test
  void serveHelpNamesItsOptions() {
    CommandLineRun run = CommandLineRun.of("serve", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("--bootstrap-servers", "--universe", "--rules", "--as-of", "--config");
  }
}
