package io.loopwatch.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a scenario must name to run on the bundled facts of 2026-02-05. */
class ScenarioCheckTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static FactSet facts;

  @BeforeAll
  static void loadFacts() throws Exception {
    facts = AsOfFilter.apply(FactFiles.load(Path.of("facts")), AS_OF);
  }

  /**
   * Two shortfalls at one company are either a typo or a sum the models read differently (clearing
   * kept the larger, DebtRank added them up): the scenario must say which it means.
   */
  @Test
  void refusesTwoShocksOfOneKindAtOneCompany() {
    assertThat(problems("openai=shortfall:0.3", "openai=shortfall:0.5")).extracting(Diagnostic::message)
        .containsExactly("a second shortfall at 'openai'; a company takes one shock of each kind, so give one"
            + " shortfall with the fraction meant");
  }

  /**
   * A shortfall and a default both cap what a company pays; clearing kept the harsher cap while
   * DebtRank added the two (0.5 + 0.6 made 1), so the scenario must give one.
   */
  @Test
  void refusesAShortfallAndADefaultAtOneCompany() {
    assertThat(problems("openai=shortfall:0.5", "openai=default:0.4")).extracting(Diagnostic::toString)
        .containsExactly("command line: --shock openai=default:0.4: a default and a shortfall at 'openai' both limit"
            + " what it pays; give one: a default paying RECOVERY, or a shortfall of 1 - RECOVERY");
  }

  @Test
  void refusesTheSameDealCancelledTwice() {
    assertThat(problems("openai=cancel:openai-oracle-cloud-2025-09", "openai=cancel:openai-oracle-cloud-2025-09"))
        .extracting(Diagnostic::message)
        .containsExactly("deal 'openai-oracle-cloud-2025-09' is cancelled twice");
  }

  @Test
  void acceptsDifferentKindsAtOneCompanyAndDifferentDealsCancelled() {
    assertThat(problems("openai=shortfall:0.3", "openai=revenue-loss:0.5")).isEmpty();
  }

  /** Cancelling a deal the models do not count would pass and move nothing: refused, saying why. */
  @Test
  void refusesCancellingADealThatIsNoObligation() {
    assertThat(problems("softbank=cancel:softbank-openai-2025-03", "oracle=cancel:oracle-nvidia-gb200-2025-05",
        "nvidia=cancel:nvidia-openai-loi-2025-09")).extracting(Diagnostic::toString).containsExactly(
        "command line: --shock softbank=cancel:softbank-openai-2025-03: deal 'softbank-openai-2025-03' is no"
            + " obligation the models count: it is a closed investment: its money has moved, so nothing is left to"
            + " pay; expected a signed or closed supply deal or a signed investment, due within 5 years",
        "command line: --shock oracle=cancel:oracle-nvidia-gb200-2025-05: deal 'oracle-nvidia-gb200-2025-05' is no"
            + " obligation the models count: it is reported, not signed, so it binds nobody yet; expected a signed"
            + " or closed supply deal or a signed investment, due within 5 years",
        "command line: --shock nvidia=cancel:nvidia-openai-loi-2025-09: deal 'nvidia-openai-loi-2025-09' is no"
            + " obligation the models count: deal 'nvidia-openai-2026-02' supersedes it; expected a signed"
            + " or closed supply deal or a signed investment, due within 5 years");
  }

  /** The problems of the scenario of these command-line shocks. */
  private static List<Diagnostic> problems(String... shocks) {
    return ScenarioCheck.problems(Scenario.of(Arrays.stream(shocks).map(Shock::parse).toList()), facts, AS_OF);
  }
}
