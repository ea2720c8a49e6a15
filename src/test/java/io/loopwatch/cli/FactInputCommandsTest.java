package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tester's fact inputs on the command line: exit codes and what each stream says. */
class FactInputCommandsTest {

  private static final String AS_OF = "2026-02-04";

  @TempDir Path dir;

  @Test
  void runRefusesAnEmptyFactsDirectoryWithExitTwoEvenWithoutFailOn() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--facts", empty.toString(), "--fail-on", "LOW");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(empty + ": no facts found: no file under it ends in .json, .yaml or .yml;"
        + " pass --allow-empty");
  }

  @Test
  void runAcceptsAnEmptyFactsDirectoryWhenAskedTo() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--facts", empty.toString(), "--allow-empty");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runRefusesAnAmountOfAHundredMillionDigitsInsteadOfHanging() throws Exception {
    Path facts = Files.writeString(dir.resolve("huge.yaml"), """
        companies:
          - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
          - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
        investments:
          - id: nvidia-openai
            investor: nvidia
            investee: openai
            amountUsd: 1e100000000
            instrument: equity
            status: signed
            announced: 2026-01-01
            sources: [{publisher: Reuters, date: 2026-01-01}]
        supplyDeals:
          - id: openai-nvidia
            buyer: openai
            supplier: nvidia
            product: gpu
            amountUsd: 1e2147483647
            status: signed
            announced: 2026-01-01
            sources: [{publisher: Reuters, date: 2026-01-01}]
        """);

    CommandLineRun run = CommandLineRun.of("run", "--as-of", AS_OF, "--facts", facts.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains(facts + ":8:16: investments[0].amountUsd: amount 1e100000000 is above the ceiling of USD 100 T")
        .contains(facts + ":18:16: supplyDeals[0].amountUsd: amount 1e2147483647 is above the ceiling of USD 100 T")
        .doesNotContain(".drl");
  }

  @Test
  void checkReportsTheAmountAsABadFactFile() throws Exception {
    Path facts = Files.writeString(dir.resolve("big.yaml"), """
        companies:
          - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
          - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
        investments:
          - {id: nvidia-openai, investor: nvidia, investee: openai, amountUsd: 1e400, instrument: equity,
             status: signed, announced: 2026-01-01, sources: [{publisher: Reuters, date: 2026-01-01}]}
        """);

    CommandLineRun run = CommandLineRun.of("check", "--facts", facts.toString());

    assertThat(run.exitCode()).isNotEqualTo(ExitCode.OK);
    assertThat(run.out() + run.err()).contains("LW401").contains("amount 1e400 is above the ceiling of USD 100 T");
  }
}
