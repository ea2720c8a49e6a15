package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.testing.RecordingListener;
import io.loopwatch.testing.RuleAlerts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A faulty rule stops the evaluation with an error that names it; it never hangs the engine. */
class RuleExecutionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final FactSet ONE_COMPANY = FactSet.builder().add(company("acme", Role.AI_LAB)).build();

  @TempDir
  Path rules;

  @Test
  void stopsARuleThatKeepsRetriggeringItselfAndNamesIt() throws Exception {
    Files.writeString(rules.resolve("runaway.drl"), """
        package test.runaway;
        import io.loopwatch.facts.Company;

        rule "runaway"
            @id("runaway") @category("CONTAGION") @severity("LOW") @description("Updates what it matches.")
        when
            $c : Company()
        then
            update($c);
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).firingLimit(500).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure.rule().id()).isEqualTo("runaway");
    assertThat(failure.getMessage()).startsWith(rules.resolve("runaway.drl") + ":4: rule 'runaway': stopped after 500 firings");
  }

  @Test
  void namesTheRuleThatChangesFactsEvenWhenInnocentRulesFireMore() throws Exception {
    Files.writeString(rules.resolve("runaway.drl"), """
        package test.runaway;
        import io.loopwatch.facts.Company;

        rule "touches-company"
            @id("touches-company") @category("CONTAGION") @severity("LOW") @description("Updates what it matches.")
        when
            $c : Company( id == "acme" )
        then
            update($c);
        end

        rule "watches-one"
            @id("watches-one") @category("CONTAGION") @severity("LOW") @description("Fires on every change.")
        when
            Company()
        then
        end

        rule "watches-two"
            @id("watches-two") @category("CONTAGION") @severity("LOW") @description("Fires on every change too.")
        when
            Company( name != null )
        then
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).firingLimit(300).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure.rule().id()).isEqualTo("touches-company");
  }

  @Test
  void namesTheRuleWhoseConsequenceThrows() throws Exception {
    Files.writeString(rules.resolve("throws.drl"), """
        package test.throwing;
        import io.loopwatch.facts.Company;

        rule "divides-by-zero"
            @id("divides-by-zero") @category("CONTAGION") @severity("LOW") @description("Fails.")
        when
            $c : Company()
        then
            int broken = 1 / ($c.id().length() - 4);
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure.rule().id()).isEqualTo("divides-by-zero");
    assertThat(failure.getMessage()).contains("rule 'divides-by-zero': failed while firing")
        .contains("ArithmeticException");
  }

  @Test
  void refusesARuleThatWritesItsOwnIdIntoItsKeyAndSaysWhatToPassInstead() throws Exception {
    Files.writeString(rules.resolve("doubled.drl"), """
        package test.doubled;
        import io.loopwatch.facts.Company;
        import io.loopwatch.rules.Alerts;

        rule "keyed-twice"
            @id("keyed-twice") @category("CONTAGION") @severity("LOW") @description("Writes its id into its key.")
        when
            $c : Company()
        then
            insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("seen").key("keyed-twice:" + $c.id()).build());
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure.rule().id()).isEqualTo("keyed-twice");
    assertThat(failure.getMessage()).contains("rule 'keyed-twice' passed .key(\"keyed-twice:acme\"), which starts"
        + " with its own id").contains("pass only the part after it: .key(\"acme\")");
  }

  @Test
  void namesTheRuleWhoseConditionFailsOnAFact() throws Exception {
    Files.writeString(rules.resolve("condition.drl"), RuleAlerts.FAILS_WITHOUT_A_PARENT);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure).isNotNull();
    assertThat(failure.rule().id()).isEqualTo("assumes-a-parent");
    assertThat(failure.getMessage()).startsWith(rules.resolve("condition.drl")
        + ":4: rule 'assumes-a-parent': condition 'parent.length() > 3' failed: NullPointerException: ")
        .contains("parent()");
  }

  @Test
  void namesTheRuleWhoseConditionFailsInTheExecutableModel(@TempDir Path cache) throws Exception {
    Files.writeString(rules.resolve("condition.drl"), RuleAlerts.FAILS_WITHOUT_A_PARENT);
    // With a compiled-rules cache, as the command line runs, the rules are built as an executable
    // model, whose failing constraint names its rule rather than its text's place.
    RiskEngine engine = RiskEngine.builder().rules(rules).compiledRulesCache(cache).build();

    RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
        () -> engine.evaluate(ONE_COMPANY, AS_OF));

    assertThat(failure).isNotNull();
    assertThat(failure.rule().id()).isEqualTo("assumes-a-parent");
    assertThat(failure.getMessage()).startsWith(rules.resolve("condition.drl")
        + ":4: rule 'assumes-a-parent': condition 'parent.length() > 3' failed: ")
        .contains("Company.parent()\" is null");
  }

  @Test
  void namesTheRuleWhenDroolsFailsInsideItsOwnMatching() throws Exception {
    // Drools 10.2 fails on this shape of rule in a live session (see README, "Test a gathered
    // result in its own pattern"): the failure is in Drools' bookkeeping, and no condition names a
    // rule. The session still says which rule Drools was matching.
    Files.writeString(rules.resolve("gathers.drl"), """
        package test.gathers;
        import io.loopwatch.facts.Company;
        import io.loopwatch.facts.SupplyDeal;
        import io.loopwatch.rules.Alerts;
        import java.util.List;

        rule "gathers-then-tests"
            @id("gathers-then-tests") @category("CONTAGION") @severity("LOW") @description("Tests its purchases in an eval.")
        when
            $c : Company()
            $deals : List( size > 0 ) from collect( SupplyDeal( buyer == $c.id ) )
            eval( $deals.size() > 0 )
        then
            insertLogical(Alerts.raise(kcontext).subjects($c.id()).message($c.id() + " buys").build());
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();

    try (RiskSession session = engine.newSession(new RecordingListener(), AS_OF)) {
      session.insertAll(FactSet.builder().add(company("acme", Role.AI_LAB)).add(company("bolt", Role.CHIP_VENDOR))
          .add(company("volt", Role.CHIP_VENDOR)).build());
      session.insert(buy("acme", "bolt", "1e9"));
      session.retract("acme-buys-from-bolt");
      session.insert(buy("acme", "bolt", "1e9"));

      RuleExecutionException failure = catchThrowableOfType(RuleExecutionException.class,
          () -> session.insert(buy("acme", "volt", "1e9")));

      assertThat(failure).isNotNull();
      assertThat(failure.rule().id()).isEqualTo("gathers-then-tests");
      assertThat(failure.getMessage()).startsWith(rules.resolve("gathers.drl")
          + ":7: rule 'gathers-then-tests': Drools failed inside its own matching, right after it updated this rule's matches: "
          + "java.lang.NullPointerException");
      assertThatThrownBy(() -> session.retract("acme")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("close it and open a new one");
    }
  }

  @Test
  void oneEngineEvaluatesManyTimesWithFreshSessions() throws Exception {
    Files.writeString(rules.resolve("count.drl"), """
        package test.count;
        import io.loopwatch.facts.Company;
        import io.loopwatch.rules.Alerts;

        rule "every-company"
            @id("every-company") @category("CONTAGION") @severity("INFO") @description("One alert per company.")
        when
            $c : Company()
        then
            insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("seen " + $c.name()).build());
        end
        """);
    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    FactSet two = FactSet.builder().add(company("acme", Role.AI_LAB)).add(company("bolt", Role.NEOCLOUD)).build();

    Report first = engine.evaluate(ONE_COMPANY, AS_OF);
    Report second = engine.evaluate(two, AS_OF);
    Report third = engine.evaluate(ONE_COMPANY, AS_OF);

    assertThat(first.alerts()).extracting(a -> a.key()).containsExactly("every-company:acme");
    assertThat(second.alerts()).extracting(a -> a.key()).containsExactly("every-company:acme", "every-company:bolt");
    assertThat(third.alerts()).isEqualTo(first.alerts());
  }
}
