package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.RiskEngine;
import io.loopwatch.testing.RuleAlerts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on its own, with a store that outlives it: what happens when Kafka Streams closes a
 * task and opens it again in the same process (a rebalance, a replaced thread), which {@link
 * org.apache.kafka.streams.TopologyTestDriver} cannot show, since it wipes its state when closed.
 */
class FactChangeProcessorTest {

  private static final Path BUNDLED = Path.of("facts/ai-industry-2026-02.yaml");

  @TempDir Path failingRules;
  private final MockProcessorContext<String, String> context = new MockProcessorContext<>();
  private final KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(
      Stores.inMemoryKeyValueStore(AlertTopology.STORE), Serdes.String(), Serdes.String()).withLoggingDisabled().build();
  private long offset;

  @Test
  void rulesThatFailOnTheStoredFactsAreNotAppliedWhenTheTaskStartsAgain() throws Exception {
    Files.writeString(failingRules.resolve("fails.drl"), RuleAlerts.FAILS_WITHOUT_A_PARENT);
    RulesInForce rules = new RulesInForce(RuleAlerts.bundledRules());
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
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
