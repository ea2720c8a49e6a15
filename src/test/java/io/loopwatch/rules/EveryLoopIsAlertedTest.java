package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.Report;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import io.loopwatch.generate.GroundTruth;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopShape;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every money loop gets an alert from some bundled rule, whatever its shape: financed by a vendor
 * (circular-loop, vendor-funds-customer), cross-shareholding (circular-shareholding) or purchases
 * only (round-trip-trade, purchase-loop). A loop counts as alerted when some alert's path is that
 * loop.
 */
class EveryLoopIsAlertedTest {

  /** After the generator's last day, so that no generated deal is left out as not yet known. */
  private static final LocalDate AFTER_EVERY_DEAL = LocalDate.parse("2027-01-01");

  @TempDir
  Path temp;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {14, 15, 16})
  void everyLoopInAGeneratedWebGetsAnAlert(long seed) throws Exception {
    Path dir = temp.resolve("web");
    Generator.generate(new GenerationSettings(300, 3_000, 30, 4, seed), dir);
    GroundTruth truth = GroundTruth.read(dir);

    Report report = bundledRules().evaluate(FactFiles.load(dir), AFTER_EVERY_DEAL);

    assertThat(report.loops()).extracting(Loop::key).as("the engine's loops are the ground truth's")
        .containsExactlyElementsOf(truth.keys());
    Map<String, LoopShape> shapes = report.loops().stream().collect(Collectors.toMap(Loop::key, Loop::shape));
    assertThat(truth.planted()).extracting(planted -> shapes.get(planted.key()))
        .as("the generator planted every shape").contains(LoopShape.values());
    assertThat(unalerted(report)).as("loops no rule alerted").isEmpty();
  }

  @Test
  void everyLoopInTheBundledFactsGetsAnAlert() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));
    for (String asOf : List.of("2026-02-05", "2026-12-06")) {
      Report report = bundledRules().evaluate(facts, LocalDate.parse(asOf));

      assertThat(report.loops()).isNotEmpty();
      assertThat(unalerted(report)).as("loops no rule alerted as of %s", asOf).isEmpty();
    }
  }

  @Test
  void aLoopCountsAsAlertedOnlyThroughAnAlertWhosePathIsThatLoop() {
    EvidenceStep there = new EvidenceStep("b", "a", "b-buys", "supply", null, "signed", null, "gpu");
    EvidenceStep back = new EvidenceStep("a", "b", "a-holds", "investment", null, "signed", null, "equity");

    assertThat(loopKey(List.of(there, back))).isEqualTo("loop:a>b");
    assertThat(loopKey(List.of())).isNull();
  }

  private static List<String> unalerted(Report report) {
    Set<String> alerted = report.alerts().stream()
        .map(Alert::evidence)
        .map(evidence -> loopKey(evidence.path()))
        .filter(key -> key != null)
        .collect(Collectors.toSet());
    List<String> missed = new ArrayList<>();
    report.loops().stream().map(Loop::key).filter(key -> !alerted.contains(key)).forEach(missed::add);
    return missed;
  }

  /** The key of the loop a path goes round, as {@link Loop#key()} writes it; null for no path. */
  static String loopKey(List<EvidenceStep> path) {
    List<String> companies = path.stream().map(EvidenceStep::from).distinct().collect(Collectors.toList());
    if (companies.isEmpty()) {
      return null;
    }
    Collections.rotate(companies, -companies.indexOf(Collections.min(companies)));
    return "loop:" + String.join(">", companies);
  }
}
