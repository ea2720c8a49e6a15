package io.loopwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import io.loopwatch.generate.GroundTruth;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark suite honest: the naive baseline finds exactly the loops LoopFinder and the
 * generator's ground truth find, before and after an update, and the generated rule set of the
 * compile figure is one Loopwatch accepts and runs. No timings here; those are BENCHMARKS.md's.
 */
class BenchmarkBaselineTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @TempDir
  static Path temp;

  private static Path data;
  private static FactSet facts;

  @BeforeAll
  static void generateSmallNetwork() throws Exception {
    data = temp.resolve("deals");
    Generator.generate(new GenerationSettings(150, 1_500, 9, 4, 7), data);
    facts = FactFiles.load(data);
  }

  @Test
  void baselineFindsTheGroundTruthLoopsAndNothingElse() throws Exception {
    List<String> baseline = NaiveLoops.compile().find(facts);

    assertThat(baseline).isNotEmpty().containsExactlyElementsOf(GroundTruth.read(data).keys());
    assertThat(baseline).containsExactlyElementsOf(keys(new LoopFinder(4).find(facts)));
  }

  @Test
  void baselineSessionDropsALoopWhenItsDealIsCancelledAndFindsItAgainWhenRestored() throws Exception {
    Investment deal = plantedInvestment();
    Investment cancelled = withStatus(deal, DealStatus.CANCELLED);
    FactSet without = FactSet.builder().addAll(withoutFact(deal.id())).add(cancelled).build();

    try (NaiveLoops.Live live = NaiveLoops.compile().open(facts)) {
      live.update(cancelled);
      assertThat(live.loopKeys()).containsExactlyElementsOf(keys(new LoopFinder(4).find(without)));
      live.update(deal);
      assertThat(live.loopKeys()).containsExactlyElementsOf(GroundTruth.read(data).keys());
    }
  }

  @Test
  void recallCheckReadsTheLoopsOfARunReport() throws Exception {
    Path report = temp.resolve("baseline.json");
    BaselineMain.main(new String[] {data.toString(), report.toString()});

    LoopRecall.Result result = LoopRecall.check(GroundTruth.read(data).keys(), LoopRecall.reportedKeys(report));

    assertThat(result.exact()).isTrue();
    assertThat(result.recall()).isEqualTo(1.0);
    // --length 3, as the hand-written baseline is checked: only the ground truth's loops of three.
    assertThat(LoopRecall.expected(data, OptionalInt.of(3))).isNotEmpty().allMatch(k -> k.split(">").length == 3)
        .isSubsetOf(GroundTruth.read(data).keys());
    assertThat(LoopRecall.check(Set.of("loop:a>b", "loop:a>c"), List.of("loop:a>b", "loop:b>c", "loop:b>c")))
        .satisfies(r -> {
          assertThat(r.missing()).containsExactly("loop:a>c");
          assertThat(r.extra()).containsExactly("loop:b>c", "(1 loop(s) reported more than once)");
          assertThat(r.recall()).isEqualTo(0.5);
        });
  }

  @Test
  void generatedRulesCompileInLoopwatchAndRaiseAlertsOnGeneratedData() throws Exception {
    Path rules = temp.resolve("generated-rules");
    GeneratedRules.write(40, rules);

    RiskEngine engine = RiskEngine.builder().rules(rules).build();
    Report report = engine.evaluate(facts, AS_OF);

    assertThat(engine.rules()).hasSize(40);
    assertThat(report.alerts()).extracting(a -> a.rule().substring(0, 4)).isNotEmpty().containsOnly("gen-");
    assertThat(NaiveLoops.PlainBuilder.build(GeneratedRules.drlFiles(rules)).getKiePackages()).isNotEmpty();
  }

  private static Investment plantedInvestment() throws Exception {
    List<String> planted = GroundTruth.read(data).planted().get(0).companies();
    return facts.investments().stream()
        .filter(i -> planted.contains(i.investor()) && planted.contains(i.investee()) && i.isLive())
        .findFirst().orElseThrow();
  }

  static Investment withStatus(Investment i, DealStatus status) {
    return new Investment(i.id(), i.investor(), i.investee(), i.amountUsd(), i.instrument(), status, i.announced(),
        i.expectedClose(), i.supersedes(), i.note(), i.sources());
  }

  private static FactSet withoutFact(String id) {
    FactSet.Builder builder = FactSet.builder();
    facts.companies().forEach(builder::add);
    facts.investments().stream().filter(i -> !i.id().equals(id)).forEach(builder::add);
    facts.supplyDeals().forEach(builder::add);
    return builder.build();
  }

  private static List<String> keys(List<Loop> loops) {
    return loops.stream().map(Loop::key).toList();
  }
}
