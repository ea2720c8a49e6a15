package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's second edition (derived facts, rules as checklists over them) must not change what
 * an analyst reads: on the bundled rules and facts, every alert keeps its key, severity and
 * message. The expected alerts were written by the first edition (commit 0d39ae9) with {@code run
 * --as-of DATE --format json}; a rule change that corrects an alert on purpose updates them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledAlertsUnchangedTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What an analyst reads of an alert. */
  record Seen(String key, String severity, String message) {}

  private RiskEngine engine;
  private FactSet facts;

  @BeforeAll
  void loadBundledRulesAndFacts() throws Exception {
    engine = bundledRules();
    facts = FactFiles.load(Path.of("facts"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-05", "2026-12-06"})
  void everyBundledAlertKeepsItsKeySeverityAndMessage(String asOf) throws Exception {
    List<Seen> now = engine.evaluate(facts, LocalDate.parse(asOf)).alerts().stream()
        .map(alert -> new Seen(alert.key(), alert.severity().name(), alert.message()))
        .sorted(Comparator.comparing(Seen::key))
        .toList();

    assertThat(now).containsExactlyElementsOf(expected(asOf));
  }

  private static List<Seen> expected(String asOf) {
    String name = "unchanged/bundled-alerts-" + asOf + ".jsonl";
    try (InputStream in = BundledAlertsUnchangedTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(BundledAlertsUnchangedTest::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Seen read(String line) {
    try {
      Map<?, ?> fields = JSON.readValue(line, Map.class);
      return new Seen((String) fields.get("key"), (String) fields.get("severity"), (String) fields.get("message"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
