package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {
  @TempDir Path dir;

  @Test
  void readsShocksNameAndDefaultCosts() throws Exception {
    Path file = write("""
        name: OpenAI raises half
        defaultCosts: {alpha: 0.9, beta: 0.95}
        shocks:
          - company: openai
            shortfall: 0.5
          - company: openai
            cancel: openai-oracle-cloud-2025-09
        """);

    Scenario scenario = ScenarioFile.read(file);

    assertThat(scenario.name()).isEqualTo("OpenAI raises half");
    assertThat(scenario.defaultCosts()).isEqualTo(new DefaultCosts(0.9, 0.95));
    assertThat(scenario.shocks()).extracting(Shock::describe)
        .containsExactly("openai=shortfall:0.5", "openai=cancel:openai-oracle-cloud-2025-09");
    assertThat(scenario.shocks().get(0).origin()).isEqualTo(new Shock.Origin(file, 4, 5));
  }

  @Test
  void reportsEveryBadShockAtItsPosition() throws Exception {
    Path file = write("""
        shocks:
          - company: openai
            shortfall: 1.5
          - company: oracle
          - company: amd
            default: 0.4
            revenueLoss: 0.2
          - {company: nvidia, bankrupt: true}
        """);

    assertThatThrownBy(() -> ScenarioFile.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::toString)
            .containsExactly(
                file + ":3:16: shocks[0].shortfall: expected a fraction from 0 to 1 (0.5 is half); found the number 1.5",
                file + ":4:5: shocks[1]: expected exactly one of shortfall: FRACTION, default: RECOVERY,"
                    + " revenueLoss: FRACTION or cancel: DEAL_ID; found none",
                file + ":5:5: shocks[2]: expected exactly one of shortfall: FRACTION, default: RECOVERY,"
                    + " revenueLoss: FRACTION or cancel: DEAL_ID; found 2",
                file + ":8:23: shocks[3].bankrupt: unknown field 'bankrupt'; valid fields are: company, shortfall,"
                    + " default, revenueLoss, cancel",
                file + ":8:5: shocks[3]: expected exactly one of shortfall: FRACTION, default: RECOVERY,"
                    + " revenueLoss: FRACTION or cancel: DEAL_ID; found none"));
  }

  /** A shock field written with nothing after it asks for its value, rather than reporting no shock. */
  @Test
  void asksForTheValueOfAShockLeftEmpty() throws Exception {
    Path file = write("""
        shocks:
          - company: openai
            cancel:
          - company: oracle
            default:
        """);

    assertThatThrownBy(() -> ScenarioFile.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::toString)
            .containsExactly(
                file + ":3:5: shocks[0].cancel: 'cancel' has no value; expected a deal id, e.g."
                    + " cancel: openai-oracle-cloud-2025-09",
                file + ":5:5: shocks[1].default: 'default' has no value; expected a recovery rate from 0 to 1"
                    + " (0.4 pays 40 %)"));
  }

  @Test
  void refusesAFileWithoutShocks() throws Exception {
    Path file = write("name: nothing happens\n");

    assertThatThrownBy(() -> ScenarioFile.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::toString)
            .containsExactly(file + ":1:1: shocks: expected 'shocks:' with at least one shock, e.g."
                + " '- {company: openai, shortfall: 0.5}'"));
  }

  @Test
  void checksCompaniesAndDealsAgainstTheFactsAtTheShocksPosition() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));
    Path file = write("""
        shocks:
          - company: opnai
            shortfall: 0.5
          - company: nvidia
            cancel: openai-oracle-cloud-2025-09
          - company: openai
            cancel: openai-nvidia-systems-loi-2025-09
        """);

    assertThat(ScenarioCheck.problems(ScenarioFile.read(file), facts, LocalDate.parse("2026-02-05"))).extracting(Diagnostic::toString).containsExactly(
        file + ":2:5: company: unknown company 'opnai' (did you mean 'openai'?)",
        file + ":4:5: cancel: deal 'openai-oracle-cloud-2025-09' is between openai and oracle, not nvidia's;"
            + " a company cancels only its own deals",
        file + ":6:5: cancel: deal 'openai-nvidia-systems-loi-2025-09' has no disclosed amount, so cancelling it"
            + " moves no known money; expected a deal with amountUsd");
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("scenario.yaml"), text);
  }
}
