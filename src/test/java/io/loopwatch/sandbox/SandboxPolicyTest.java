package io.loopwatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Alert;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.RuleInfo;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.rules.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sandbox lets through: the bundled rules, the rule vocabulary, and what an embedder allows on purpose. */
class SandboxPolicyTest {

  private static final String READS_PATH = """
      package sandbox.widened;
      import io.loopwatch.facts.Company;

      rule "reads-the-path"
          @id("reads-the-path") @category("CONTAGION") @severity("LOW") @description("Reads an environment variable.")
      when
          Company()
      then
          String path = System.getenv("PATH");
      end
      """;

  @TempDir
  Path work;

  @Test
  void theBundledRulesPass() throws Exception {
    RiskEngine engine = RiskEngine.builder().rules(Path.of("rules")).build();

    assertThat(engine.rules()).extracting(RuleInfo::id).contains("vendor-funds-customer", "circular-loop");
  }

  @Test
  void aRuleUsingOnlyWhatRulesMayUseCompilesAndRuns() throws Exception {
    Path facts = work.resolve("facts.yaml");
    Files.writeString(facts, "companies:\n  - {id: acme, name: Acme Labs, roles: [ai-lab], country: US}\n");

    Report report = RiskEngine.builder().rules(Path.of("src/test/resources/sandbox/allowed")).build()
        .evaluate(FactFiles.load(facts));

    assertThat(report.alerts()).extracting(Alert::message).containsExactly("Acme Labs (AL): "
        + Money.usd(new BigDecimal("1250000000.00")) + " over 35 days; chip=2,loop=1; max 4; id well formed: true");
  }

  @Test
  void everyDrlFeatureARuleMayUsePassesAndRuns() throws Exception {
    // Queries, declared and event types, functions, globals, accumulate functions, modify, delete,
    // exists, forall, temporal operators, rule attributes, lambdas and streams in consequences.
    RiskEngine engine = RiskEngine.builder().rules(Path.of("src/test/resources/sandbox/features")).build();

    Report report = engine.evaluate(FactFiles.load(Path.of("facts")), java.time.LocalDate.parse("2026-02-05"));

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrder("counts", "modifies", "deletes",
        "from-a-list");
    assertThat(report.alerts()).isEmpty();
  }

  @Test
  void aRuleMayMatchAnyDealThroughTheFactVocabulary() throws Exception {
    Path rules = rulesWith("any-deal.drl", """
        package sandbox.deals;
        import io.loopwatch.facts.Deal;
        import io.loopwatch.facts.Fact;
        import io.loopwatch.rules.Alerts;

        rule "any-deal"
            @id("any-deal") @category("CONTAGION") @severity("LOW") @description("Names every deal from nvidia.")
        when
            $d : Deal(from == "nvidia", isLive())
        then
            Fact fact = $d;
            insertLogical(Alerts.raise(kcontext).subjects($d.from(), $d.to())
                .message(fact.id() + " " + String.join(">", fact.parties())).evidence($d).build());
        end
        """);

    Report report = RiskEngine.builder().rules(rules).build()
        .evaluate(FactFiles.load(Path.of("facts")), java.time.LocalDate.parse("2026-02-05"));

    assertThat(report.alerts()).isNotEmpty().allSatisfy(alert -> {
      assertThat(alert.subjects()).contains("nvidia");
      assertThat(alert.message()).contains(" nvidia>");
    });
  }

  @Test
  void anEmbedderWidensThePolicyByNameAndNoFurther() throws Exception {
    Path rules = rulesWith("reads-the-path.drl", READS_PATH);
    RulePolicy widened = RulePolicy.standard().allowing("java.lang.System#getenv");

    InvalidInputException standard = catchThrowableOfType(InvalidInputException.class,
        () -> RiskEngine.builder().rules(rules).build());
    RiskEngine engine = RiskEngine.builder().rules(rules).rulePolicy(widened).build();
    Files.writeString(rules.resolve("exits.drl"), READS_PATH.replace("widened", "exits")
        .replace("reads-the-path", "exits").replace("String path = System.getenv(\"PATH\");", "System.exit(42);"));
    InvalidInputException stillRefused = catchThrowableOfType(InvalidInputException.class,
        () -> RiskEngine.builder().rules(rules).rulePolicy(widened).build());

    assertThat(standard.diagnostics()).extracting(Diagnostic::code).containsExactly("LW501");
    assertThat(standard.diagnostics().get(0).message()).contains("calls java.lang.System.getenv");
    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("reads-the-path");
    assertThat(widened.granted()).containsExactly("java.lang.System#getenv");
    assertThat(stillRefused.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("exits.drl"));
      assertThat(d.message()).contains("calls java.lang.System.exit");
    });
  }

  @Test
  void aPatternThatNamesNoClassMemberOrPackageIsRefused() {
    assertThatThrownBy(() -> RulePolicy.standard().allowing("java.lang.System.exit(0)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'java.lang.System.exit(0)'")
        .hasMessageContaining("com.acme.Prices#lookup");
  }

  private Path rulesWith(String name, String drl) throws IOException {
    Path rules = Files.createDirectories(work.resolve("rules"));
    Files.writeString(rules.resolve(name), drl);
    return rules;
  }
}
