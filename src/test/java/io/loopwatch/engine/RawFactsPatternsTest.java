package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw facts go into Drools only when some pattern matches their type: every way a rule can reach
 * raw supply deals (accumulate, not, exists, a query, a supertype) must count as matching them.
 */
class RawFactsPatternsTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private static final String RULES = """
      package analyst.patterns;

      import io.loopwatch.facts.Company;
      import io.loopwatch.facts.Fact;
      import io.loopwatch.facts.Product;
      import io.loopwatch.facts.SupplyDeal;
      import io.loopwatch.rules.Alerts;

      query buys(String $buyer, SupplyDeal $deal)
          $deal := SupplyDeal( buyer == $buyer )
      end

      rule "counted"
          @id("counted") @category("CONCENTRATION") @severity("LOW") @description("Counts purchases.")
      when
          $c : Company( id == "openai" )
          $n : Number( intValue > 0 ) from accumulate( SupplyDeal( buyer == "openai" ), count(1) )
      then
          insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("counted " + $n).evidence($c).key("counted").build());
      end

      rule "no-power"
          @id("no-power") @category("CONCENTRATION") @severity("LOW") @description("No power deal.")
      when
          $c : Company( id == "openai" )
          not SupplyDeal( product == Product.POWER )
      then
          insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("no power").evidence($c).key("no-power").build());
      end

      rule "queried"
          @id("queried") @category("CONCENTRATION") @severity("LOW") @description("By query.")
      when
          $c : Company( id == "openai" )
          buys( $c.id, $deal; )
      then
          insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("queried " + $deal.id()).evidence($c)
              .key($deal.id()).build());
      end
      """;

  private static final String SUPERTYPE = """
      package analyst.supertype;

      import io.loopwatch.facts.Fact;
      import io.loopwatch.rules.Alerts;

      rule "any-fact"
          @id("any-fact") @category("CONCENTRATION") @severity("LOW") @description("Every fact.")
      when
          $f : Fact( id == "openai-buys-from-oracle" )
      then
          insertLogical(Alerts.raise(kcontext).subjects("openai").message("fact " + $f.id()).key($f.id()).build());
      end
      """;

  @Test
  void everyWayOfReachingRawDealsSeesThem(@TempDir Path rules) throws Exception {
    Files.writeString(rules.resolve("patterns.drl"), RULES);
    Files.writeString(rules.resolve("supertype.drl"), SUPERTYPE);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    List<Fact> facts = List.of(company("openai", Role.AI_LAB), company("oracle", Role.HYPERSCALER),
        buy("openai", "oracle", "30e9"), buy("power-deal", "openai", "oracle", Product.POWER, "1e9", DealStatus.SIGNED));
    FactSet.Builder builder = FactSet.builder();
    facts.forEach(builder::addFact);

    List<String> expected = List.of("counted 2", "queried openai-buys-from-oracle", "queried power-deal",
        "fact openai-buys-from-oracle");
    assertThat(engine.evaluate(builder.build(), AS_OF).alerts()).extracting(Alert::message)
        .containsExactlyInAnyOrderElementsOf(expected);
    try (RiskSession session = engine.newSession(new AlertListener() {}, AS_OF)) {
      session.insertAll(builder.build());
      assertThat(session.alerts()).extracting(Alert::message).containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
