package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.testing.RuleAlerts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on its own, with a store that outlives it: what happens when Kafka Streams closes a
 * task and opens it again in the same process (a rebalance, a replaced thread), which {@link
 * org.apache.kafka.streams.TopologyTestDriver} cannot show, since it wipes its state when closed.
 */
class FactChangeProcessorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BUNDLED = Path.of("facts/ai-industry-2026-02.yaml");

  @TempDir Path failingRules;
  private final MockProcessorContext<String, String> context = new MockProcessorContext<>();
  private final KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(
      Stores.inMemoryKeyValueStore(AlertTopology.STORE), Serdes.String(), Serdes.String()).withLoggingDisabled().build();
  private long offset;
  /** What the current-alerts topic holds, as compaction would keep it. */
  private final Map<String, String> currentAlerts = new TreeMap<>();

  @BeforeEach
  void openStore() {
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    context.setCurrentSystemTimeMs(1_000_000);
  }

  @Test
  void rulesThatFailOnTheStoredFactsAreNotAppliedWhenTheTaskStartsAgain() throws Exception {
    Files.writeString(failingRules.resolve("fails.drl"), RuleAlerts.FAILS_WITHOUT_A_PARENT);
    RulesInForce rules = new RulesInForce(RuleAlerts.bundledRules());
    FactChangeProcessor first = start(rules);
    for (FactChanges.Change change : FactChanges.fromFiles("desk-a", List.of(BUNDLED))) {
      send(first, change.key(), change.json());
    }
    rules.offer(RiskEngine.builder().rules(failingRules).build());
    context.resetForwards();
    context.scheduledPunctuators().get(0).getPunctuator().punctuate(0);
    assertThat(context.forwarded()).isEmpty();

    // The task is closed and opened again on its store, in the same process.
    first.close();
    FactChangeProcessor second = start(rules);
    send(second, "desk-a/openai-oracle-cloud-2025-09", null);

    assertThat(context.forwarded(AlertTopology.DELTAS_SINK)).isNotEmpty();
    assertThat(context.forwarded(AlertTopology.DEAD_LETTERS_SINK)).isEmpty();
  }

  @Test
  void rulesChangedWhileTheTaskWasClosedArePublishedOnceWhenItStartsAgain(@TempDir Path fewerRules) throws Exception {
    FactChangeProcessor first = start(new RulesInForce(RuleAlerts.bundledRules()));
    for (FactChanges.Change change : FactChanges.fromFiles("desk-a", List.of(BUNDLED))) {
      send(first, change.key(), change.json());
    }
    first.close();
    takeForwards();
    // The rules are edited while the task is down: the rules on circular financing are gone.
    try (var files = Files.list(Path.of("rules"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("circular-financing.drl")) {
          Files.copy(file, fewerRules.resolve(file.getFileName()));
        }
      }
    }
    RiskEngine fewer = RiskEngine.builder().rules(fewerRules).build();
    Set<String> expected = fewer.evaluate(FactFiles.load(BUNDLED), RuleAlerts.AS_OF).alerts().stream()
        .map(alert -> "desk-a/" + alert.key()).collect(Collectors.toSet());
    assertThat(currentAlerts.keySet()).isNotEqualTo(expected);

    FactChangeProcessor second = start(new RulesInForce(fewer));
    punctuateLatest();
    punctuateLatest();

    List<JsonNode> deltas = takeForwards();
    assertThat(deltas).isNotEmpty().allSatisfy(delta -> {
      assertThat(delta.path("cause").path("rules").asText()).isEqualTo("in force at task start");
      assertThat(delta.path("alert").path("explanation").isObject()).isTrue();
    });
    assertThat(deltas).extracting(delta -> delta.path("universe").asText() + "/" + delta.path("key").asText())
        .doesNotHaveDuplicates();
    assertThat(deltas).anySatisfy(delta -> assertThat(delta.path("change").asText()).isEqualTo("cleared"));
    assertThat(currentAlerts.keySet()).isEqualTo(expected);

    // Started again with the same rules: the alerts published are the alerts they give, nothing to publish.
    second.close();
    FactChangeProcessor third = start(new RulesInForce(fewer));
    punctuateLatest();
    send(third, "desk-a/no-such-fact", null);
    assertThat(context.forwarded(AlertTopology.DELTAS_SINK)).isEmpty();
    assertThat(context.forwarded(AlertTopology.ALERTS_SINK)).isEmpty();
  }

  /** Runs the punctuation of the task started last. */
  private void punctuateLatest() {
    List<MockProcessorContext.CapturedPunctuator> punctuators = context.scheduledPunctuators();
    punctuators.get(punctuators.size() - 1).getPunctuator().punctuate(0);
  }

  /** The deltas forwarded since the last call, after applying the current alerts forwarded to {@link #currentAlerts}. */
  private List<JsonNode> takeForwards() throws Exception {
    for (MockProcessorContext.CapturedForward<? extends String, ? extends String> alert
        : context.forwarded(AlertTopology.ALERTS_SINK)) {
      if (alert.record().value() == null) {
        currentAlerts.remove(alert.record().key());
      } else {
        currentAlerts.put(alert.record().key(), alert.record().value());
      }
    }
    List<JsonNode> deltas = new ArrayList<>();
    for (MockProcessorContext.CapturedForward<? extends String, ? extends String> delta
        : context.forwarded(AlertTopology.DELTAS_SINK)) {
      deltas.add(JSON.readTree(delta.record().value()));
    }
    context.resetForwards();
    return deltas;
  }

  private FactChangeProcessor start(RulesInForce rules) {
    FactChangeProcessor processor = new FactChangeProcessor(rules, () -> RuleAlerts.AS_OF, Set.of());
    processor.init(context);
    return processor;
  }

  private void send(FactChangeProcessor processor, String key, String json) {
    context.setRecordMetadata(Topics.DEFAULT.facts(), 0, offset);
    processor.process(new Record<>(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), 1_000 + offset++));
  }
}
