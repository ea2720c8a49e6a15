package io.loopwatch.session;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import io.loopwatch.testing.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two live deals replacing one pledge, one cancelled then reinstated, one moved to another
 * investee and later dated out of view, a company renamed: after each step the session shows what
 * evaluate gives for the same facts.
 */
class SupersessionChurnTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @Test
  void twoReplacementsOfOnePledgeStayInStepWithEvaluate() throws Exception {
    RiskEngine engine = bundledRules();
    Map<String, Fact> held = new LinkedHashMap<>();
    try (RiskSession session = engine.newSession(new AlertListener() {}, AS_OF)) {
      for (Fact fact : List.<Fact>of(company("nvidia", Role.CHIP_VENDOR), company("openai", Role.AI_LAB),
          company("oracle", Role.HYPERSCALER), invest("pledge", "nvidia", "openai", "100e9", DealStatus.LOI),
          buy("openai", "nvidia", "30e9"), buy("oracle", "nvidia", "20e9"), invest("nvidia", "oracle", "5e9"),
          buy("openai", "oracle", "40e9"))) {
        step(engine, session, held, fact, true);
      }
      Investment a = replacement("a", "nvidia", "openai", "20e9", DealStatus.SIGNED, Facts.DAY);
      Investment b = replacement("b", "nvidia", "openai", "60e9", DealStatus.SIGNED, Facts.DAY);
      step(engine, session, held, b, true);
      step(engine, session, held, a, true);
      step(engine, session, held, replacement("a", "nvidia", "openai", "20e9", DealStatus.CANCELLED, Facts.DAY), false);
      step(engine, session, held, replacement("b", "nvidia", "oracle", "60e9", DealStatus.SIGNED, Facts.DAY), false);
      step(engine, session, held, replacement("a", "nvidia", "openai", "20e9", DealStatus.SIGNED, Facts.DAY), false);
      step(engine, session, held, replacement("a", "nvidia", "openai", "20e9", DealStatus.SIGNED,
          AS_OF.plusDays(10)), false);
      step(engine, session, held, new Company("nvidia", "NVIDIA Corp", List.of(Role.CHIP_VENDOR), "US", null,
          List.of()), false);
      session.advanceTo(AS_OF.plusDays(10));
      assertThat(session.alerts()).isEqualTo(engine.evaluate(set(held), AS_OF.plusDays(10)).alerts());
      session.retract("b");
      held.remove("b");
      assertThat(session.alerts()).isEqualTo(engine.evaluate(set(held), AS_OF.plusDays(10)).alerts());
    }
  }

  private static void step(RiskEngine engine, RiskSession session, Map<String, Fact> held, Fact fact, boolean insert)
      throws Exception {
    if (insert) {
      session.insert(fact);
    } else {
      session.update(fact);
    }
    held.put(fact.id(), fact);
    assertThat(session.alerts()).as("after %s", fact).isEqualTo(engine.evaluate(set(held), AS_OF).alerts());
  }

  private static FactSet set(Map<String, Fact> held) {
    FactSet.Builder builder = FactSet.builder();
    held.values().forEach(builder::addFact);
    return builder.build();
  }

  private static Investment replacement(String id, String investor, String investee, String amount, DealStatus status,
      LocalDate announced) {
    return new Investment(id, investor, investee, new BigDecimal(amount), Instrument.EQUITY, status, announced, null,
        "pledge", null, Facts.SOURCE);
  }
}
