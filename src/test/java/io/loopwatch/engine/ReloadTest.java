package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @TempDir
  Path rules;

  @Test
  void aBrokenReloadKeepsTheOldRulesAndAGoodOneSwapsWhileOthersEvaluate() throws Exception {
    for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
      Files.copy(file, rules.resolve(file.getFileName().toString()));
    }
    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    FactSet facts = FactFiles.load(Path.of("facts"));
    int before = engine.evaluate(facts, AS_OF).alerts().size();
    Path rivals = rules.resolve("rival-chips.drl");
    String good = Files.readString(rivals);

    Files.writeString(rivals, good + "\nrule \"broken\"\nwhen\n    Foo(\nthen\nend\n");
    assertThatThrownBy(engine::reload).isInstanceOf(InvalidInputException.class);
    int afterBrokenReload = engine.evaluate(facts, AS_OF).alerts().size();

    Files.delete(rivals);
    AtomicBoolean reloading = new AtomicBoolean(true);
    ExecutorService evaluator = Executors.newSingleThreadExecutor();
    Future<Integer> evaluations = evaluator.submit(() -> {
      int count = 0;
      while (reloading.get()) {
        Report report = engine.evaluate(facts, AS_OF);
        assertThat(report.alerts()).isNotEmpty();
        count++;
      }
      return count;
    });
    engine.reload();
    reloading.set(false);
    int evaluated = evaluations.get();
    evaluator.shutdown();
    Report withoutRivalRules = engine.evaluate(facts, AS_OF);

    assertThat(afterBrokenReload).isEqualTo(before);
    assertThat(evaluated).isPositive();
    assertThat(withoutRivalRules.alerts()).noneMatch(a -> a.rule().equals("rival-chip"));
    assertThat(engine.rules()).noneMatch(r -> r.id().equals("rival-chip"));
  }
}
