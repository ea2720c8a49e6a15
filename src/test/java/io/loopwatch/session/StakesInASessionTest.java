package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskSession;
import io.loopwatch.Severity;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Stake;
import io.loopwatch.testing.RecordingListener;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live session takes stakes and deals of undisclosed amount like any fact: a stake recorded,
 * changed or withdrawn regrades the ownership loop it lies on, as an evaluation of the same facts
 * would; a stake naming an unknown company is refused whole.
 */
class StakesInASessionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final List<Source> WIRE = List.of(new Source("Test Wire", LocalDate.parse("2025-07-01"), null));

  @Test
  void aStakeRegradesTheOwnershipLoopItLiesOn() throws Exception {
    try (RiskSession session = bundledRules().newSession(new RecordingListener(), AS_OF)) {
      session.insert(company("alpha"));
      session.insert(company("beta"));
      // Stakes of undisclosed amount both ways: the loop is there, no money is claimed.
      session.insert(investment("alpha-holds-beta", "alpha", "beta", "2025-06-01"));
      session.insert(investment("beta-holds-alpha", "beta", "alpha", "2025-07-01"));
      assertThat(shareholding(session).severity()).isEqualTo(Severity.LOW);
      assertThat(shareholding(session).message()).contains("no amount on any link is disclosed");

      session.insert(stake("alpha-stake-beta", "alpha", "beta", "30", null));
      session.insert(stake("beta-stake-alpha", "beta", "alpha", "25", null));
      assertThat(shareholding(session).severity()).isEqualTo(Severity.HIGH);
      assertThat(session.alerts()).isEqualTo(bundledRules().evaluate(session.facts(), AS_OF).alerts());

      session.insert(stake("beta-stake-alpha-diluted", "beta", "alpha", "4", "beta-stake-alpha"));
      assertThat(shareholding(session).severity()).isEqualTo(Severity.LOW);

      session.retract("beta-stake-alpha-diluted");
      assertThat(shareholding(session).severity()).isEqualTo(Severity.HIGH);
    }
  }

  @Test
  void aStakeOfAnUnknownCompanyIsRefused() throws Exception {
    try (RiskSession session = bundledRules().newSession(new RecordingListener(), AS_OF)) {
      session.insert(company("alpha"));

      assertThatExceptionOfType(InvalidInputException.class)
          .isThrownBy(() -> session.insert(stake("alpha-stake-gamma", "alpha", "gamma", "30", null)))
          .satisfies(e -> assertThat(e.diagnostics()).singleElement()
              .satisfies(d -> assertThat(d.message()).startsWith("unknown company 'gamma'")));
      assertThat(session.facts().stakes()).isEmpty();
    }
  }

  private static Alert shareholding(RiskSession session) {
    return session.alerts().stream().filter(a -> a.rule().equals("circular-shareholding")).findFirst().orElseThrow();
  }

  private static Company company(String id) {
    return new Company(id, id.toUpperCase(), List.of(Role.INVESTOR), "US", null, List.of());
  }

  private static Investment investment(String id, String investor, String investee, String announced) {
    return new Investment(id, investor, investee, null, Instrument.EQUITY, DealStatus.CLOSED,
        LocalDate.parse(announced), null, null, null, WIRE);
  }

  private static Stake stake(String id, String holder, String company, String percent, String supersedes) {
    return new Stake(id, holder, company, new BigDecimal(percent), LocalDate.parse("2025-07-01"), DealStatus.CLOSED,
        supersedes, null, WIRE);
  }
}
