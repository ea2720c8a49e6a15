package io.loopwatch.kafka;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology: fact changes in; alert deltas, current alerts and dead letters out; the facts in a
 * persistent (RocksDB), changelogged store. One processor does the work ({@link
 * FactChangeProcessor}); the outputs are partitioned by universe.
 */
public final class AlertTopology {

  /** The store of facts, by key {@code universe/factId}; Kafka Streams changelogs it. */
  public static final String STORE = "loopwatch-facts-store";
  static final String SOURCE = "fact-changes";
  static final String PROCESSOR = "sessions";
  static final String DELTAS_SINK = "alert-deltas";
  static final String ALERTS_SINK = "current-alerts";
  static final String DEAD_LETTERS_SINK = "dead-letters";

  private AlertTopology() {}

  /**
   * @param asOf the date the sessions see the world at, asked every second and before every change:
   *     when it moves, the sessions move with it and the alerts the new date changes are published
   * @param universes the universes to serve; empty for every universe that appears
   */
  public static Topology build(Topics topics, RulesInForce rules, Supplier<LocalDate> asOf, Set<String> universes) {
    UniversePartitioner byUniverse = new UniversePartitioner();
    Topology topology = new Topology();
    // Values as bytes: a string deserializer would turn bytes that are not UTF-8 into U+FFFD silently,
    // where the fact reader names the byte.
    // No reset policy of its own (null): the application's (Kafka Streams': earliest) applies.
    topology.addSource((AutoOffsetReset) null, SOURCE, new ChangeTimestamps(),
        new StringDeserializer(), new ByteArrayDeserializer(), topics.facts());
    topology.addProcessor(PROCESSOR, () -> new FactChangeProcessor(rules, asOf, universes), SOURCE);
    topology.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String()), PROCESSOR);
    topology.addSink(DELTAS_SINK, topics.deltas(), new StringSerializer(), new StringSerializer(),
        byUniverse, PROCESSOR);
    topology.addSink(ALERTS_SINK, topics.alerts(), new StringSerializer(), new StringSerializer(),
        byUniverse, PROCESSOR);
    topology.addSink(DEAD_LETTERS_SINK, topics.deadLetters(), new StringSerializer(), new StringSerializer(),
        PROCESSOR);
    return topology;
  }
}
