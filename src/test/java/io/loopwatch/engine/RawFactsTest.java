package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.invest;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.SupplyDeal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules match derived facts, so the raw deals cost Drools nothing; an analyst's own
 * rule can still match raw {@code SupplyDeal} and {@code Investment} facts, which then go in.
 */
class RawFactsTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private static final String RAW_RULES = """
      package analyst.raw;

      import io.loopwatch.facts.Investment;
      import io.loopwatch.facts.SupplyDeal;
      import io.loopwatch.rules.Alerts;

      rule "large-raw-purchase"
          @id("large-raw-purchase")
          @category("CONCENTRATION")
          @severity("LOW")
          @description("A single purchase of USD 5 B or more.")
      when
          $deal : SupplyDeal( amountUsd != null, amountUsd >= 5000000000B )
      then
          insertLogical(Alerts.raise(kcontext).subjects($deal.buyer()).message("big purchase " + $deal.id())
              .evidence($deal).key($deal.id()).build());
      end

      rule "any-raw-investment"
          @id("any-raw-investment")
          @category("CONCENTRATION")
          @severity("LOW")
          @description("Every investment.")
      when
          $investment : Investment()
      then
          insertLogical(Alerts.raise(kcontext).subjects($investment.investor()).message("investment " + $investment.id())
              .evidence($investment).key($investment.id()).build());
      end
      """;

  @Test
  void theBundledRulesLeaveRawSupplyDealsAndChipsOutOfDrools() throws Exception {
    CompiledRules bundled = RuleCompiler.compile(Path.of("rules"));

    assertThat(bundled.matches(SupplyDeal.class)).isFalse();
    assertThat(bundled.matches(Chip.class)).isFalse();
    // Still matched by the bundled rules: pledges and warrants, companies, financials and news.
    assertThat(bundled.matches(Investment.class)).isTrue();
    assertThat(bundled.matches(Company.class)).isTrue();
    assertThat(bundled.matches(Financials.class)).isTrue();
    assertThat(bundled.matches(Event.class)).isTrue();
  }

  @Test
  void anAnalystsRuleMatchesRawDealsInAnEvaluationAndALiveSession(@TempDir Path rules) throws Exception {
    Files.writeString(rules.resolve("raw.drl"), RAW_RULES);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    List<Fact> facts = List.of(company("openai", Role.AI_LAB), company("oracle", Role.HYPERSCALER),
        buy("openai", "oracle", "30e9"), buy("oracle", "openai", "1e9"), invest("oracle", "openai", "2e9"));
    FactSet.Builder builder = FactSet.builder();
    facts.forEach(builder::addFact);
    FactSet set = builder.build();

    assertThat(engine.evaluate(set, AS_OF).alerts()).extracting(Alert::message)
        .containsExactlyInAnyOrder("big purchase openai-buys-from-oracle", "investment oracle-invests-openai");

    try (RiskSession session = engine.newSession(new AlertListener() {}, AS_OF)) {
      facts.forEach(fact -> insert(session, fact));
      assertThat(session.alerts()).extracting(Alert::message)
          .containsExactlyInAnyOrder("big purchase openai-buys-from-oracle", "investment oracle-invests-openai");
      session.retract("openai-buys-from-oracle");
      assertThat(session.alerts()).extracting(Alert::message).containsExactly("investment oracle-invests-openai");
    }
  }

  private static void insert(RiskSession session, Fact fact) {
    try {
      session.insert(fact);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
