package io.loopwatch.kafka;

import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.parse.FactRecords;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A task's facts in its persistent, changelogged store: the last change applied to each fact key
 * ({@link StoredFact}), the date the task's sessions saw when their alerts were published, and the
 * alerts published, so that a task that starts with other rules than those can publish the
 * difference. The keys of the last two start with '/', which no fact key can (it starts with a universe).
 */
final class FactStore {

  /** The key of the date; it has no universe, so no fact change can have it. */
  private static final String AS_OF_KEY = "/asOf";
  /** The prefix of a published alert's key; then its output key, {@code universe/alertKey}. */
  private static final String PUBLISHED = "/alert/";

  private final KeyValueStore<String, String> store;

  FactStore(KeyValueStore<String, String> store) {
    this.store = store;
  }

  /** The last change applied to this fact key, if any. */
  Optional<StoredFact> last(String key) {
    return Optional.ofNullable(StoredFact.decode(store.get(key)));
  }

  void put(String key, StoredFact change) {
    store.put(key, change.encode());
  }

  /** The date the sessions saw when they last published, if any was recorded. */
  Optional<LocalDate> date() {
    return Optional.ofNullable(store.get(AS_OF_KEY)).map(LocalDate::parse);
  }

  void recordDate(LocalDate date) {
    store.put(AS_OF_KEY, date.toString());
  }

  /** The alerts published and not cleared since: their JSON by output key, in key order. */
  Map<String, String> publishedAlerts() {
    Map<String, String> published = new TreeMap<>();
    try (KeyValueIterator<String, String> all = store.prefixScan(PUBLISHED, new StringSerializer())) {
      all.forEachRemaining(entry -> published.put(entry.key.substring(PUBLISHED.length()), entry.value));
    }
    return published;
  }

  /** Records what the current-alerts topic now holds for an output key: the alert's JSON, or null when cleared. */
  void recordPublished(String outputKey, String json) {
    if (json == null) {
      store.delete(PUBLISHED + outputKey);
    } else {
      store.put(PUBLISHED + outputKey, json);
    }
  }

  /** The facts held, by universe, in key order. */
  Map<String, List<Fact>> heldFacts() {
    Map<String, List<Fact>> byUniverse = new LinkedHashMap<>();
    try (KeyValueIterator<String, String> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, String> entry = all.next();
        if (entry.key.startsWith("/")) {
          continue;
        }
        StoredFact stored = StoredFact.decode(entry.value);
        if (stored.isHeld()) {
          UniverseKey key = UniverseKey.parse(entry.key).orElseThrow();
          byUniverse.computeIfAbsent(key.universe(), u -> new ArrayList<>()).add(read(entry.key, stored));
        }
      }
    }
    return byUniverse;
  }

  /** The facts of one universe. */
  List<Fact> heldFacts(String universe) {
    return heldFacts().getOrDefault(universe, List.of());
  }

  private static Fact read(String key, StoredFact stored) {
    try {
      return FactRecords.readOne("store:" + key, stored.json().getBytes(StandardCharsets.UTF_8));
    } catch (InvalidInputException e) {
      // Only facts a session took are stored: this is a bug, or checks that changed with Loopwatch.
      throw new IllegalStateException("the stored fact " + key + " no longer reads: " + e.diagnostics(), e);
    }
  }
}
