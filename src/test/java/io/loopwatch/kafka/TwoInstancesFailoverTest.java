package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.parse.FactRecords;
import io.loopwatch.report.JsonReport;
import io.loopwatch.testing.RuleAlerts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on a real broker (KRaft, in this JVM) with two instances, one of them `loopwatch
 * serve` in its own JVM, killed (SIGKILL) mid-stream. Every fact change must yield its deltas
 * exactly once, in order, and the compacted topic must end as {@code evaluate} on the final facts.
 */
class TwoInstancesFailoverTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PARTITIONS = 4;
  private static final String APPLICATION = "loopwatch-failover-test";
  private static final Map<String, String> FAST_FAILOVER = Map.of(
      "session.timeout.ms", "6000", "heartbeat.interval.ms", "1000");

  /** A delta as the topic carries it and as a plain session's listener hears it. */
  record Delta(String factKey, String change, String alertKey) {}

  @TempDir Path dir;

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aKilledInstanceLosesAndDuplicatesNoDeltaAndTheAlertsEndAsEvaluateGives() throws Exception {
    RiskEngine engine = RuleAlerts.bundledRules();
    List<String> universes = onePerPartition();
    List<FactChanges.Change> bundled = FactChanges.fromFiles("x", List.of(Path.of("facts/ai-industry-2026-02.yaml")));
    List<FactChanges.Change> changes = new ArrayList<>();
    for (String universe : universes) {
      bundled.forEach(c -> changes.add(new FactChanges.Change(universe + c.key().substring(1), c.json())));
    }
    RandomChanges random = new RandomChanges(16, universes, bundled);
    changes.addAll(random.next(1_000));
    Replay expected = Replay.of(engine, changes);

    try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"))) {
      ServiceSettings settings = new ServiceSettings(kafka.bootstrapServers(), APPLICATION, Topics.DEFAULT,
          RuleAlerts.AS_OF, Set.of(), dir.resolve("state-a"), 1, PARTITIONS, (short) 1, FAST_FAILOVER);
      AlertService.createTopics(settings);
      Process other = startServeProcess(kafka.bootstrapServers(), dir.resolve("state-b"), dir.resolve("serve-b.log"));
      try (AlertService local = AlertService.start(settings, new RulesInForce(engine), Duration.ofSeconds(5));
          TopicReader deltas = new TopicReader(kafka.bootstrapServers(), Topics.DEFAULT.deltas());
          TopicReader alerts = new TopicReader(kafka.bootstrapServers(), Topics.DEFAULT.alerts());
          TopicReader deadLetters = new TopicReader(kafka.bootstrapServers(), Topics.DEFAULT.deadLetters())) {
        awaitTwoMembersWithPartitions(kafka.bootstrapServers(), other, dir.resolve("serve-b.log"));

        // Kill while the first part is being processed, then send the rest: the survivor takes over
        // the killed instance's partitions mid-stream, from its last commit.
        int split = changes.size() * 3 / 5;
        produce(kafka.bootstrapServers(), changes.subList(0, split));
        int total = expected.deltaCount();
        deltas.pollUntil(() -> deltas.records().size() >= total / 4, Duration.ofMinutes(2));
        assertThat(deltas.records().size()).as("deltas before the kill").isGreaterThan(0);
        other.destroyForcibly().waitFor();
        produce(kafka.bootstrapServers(), changes.subList(split, changes.size()));

        deltas.pollUntil(() -> deltas.records().size() >= total, Duration.ofMinutes(3));
        deltas.pollUntil(() -> false, Duration.ofSeconds(3));  // anything more would be a duplicate
        deadLetters.pollUntil(() -> false, Duration.ofSeconds(1));
        alerts.pollUntil(() -> false, Duration.ofSeconds(2));

        assertThat(byUniverse(deltas.records())).as("deltas per universe, in order").isEqualTo(expected.deltas());
        assertThat(deadLetters.records()).hasSize(expected.deadLetters());
        assertThat(compacted(alerts.records())).isEqualTo(expected.finalAlerts(engine));
      } finally {
        other.destroyForcibly();
      }
    }
  }

  /** Universes whose records land in different partitions, so both instances have work. */
  private static List<String> onePerPartition() {
    Map<Integer, String> byPartition = new LinkedHashMap<>();
    for (int i = 0; byPartition.size() < PARTITIONS; i++) {
      byPartition.putIfAbsent(UniversePartitioner.partitionOf("desk-" + i + "/x", PARTITIONS), "desk-" + i);
    }
    return List.copyOf(byPartition.values());
  }

  private static Process startServeProcess(String bootstrap, Path state, Path log) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        "-Dloopwatch.rulesCache=" + System.getProperty("loopwatch.rulesCache", "off"),
        "-Dloopwatch.rulesCacheKey=" + System.getProperty("loopwatch.rulesCacheKey", "off"),
        "io.loopwatch.cli.Main", "serve", "--bootstrap-servers", bootstrap, "--application-id", APPLICATION,
        "--as-of", RuleAlerts.AS_OF.toString(), "--state-dir", state.toString(), "--partitions", "" + PARTITIONS,
        "--replication-factor", "1", "--health-seconds", "5"));
    FAST_FAILOVER.forEach((key, value) -> command.addAll(List.of("--config", key + "=" + value)));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitTwoMembersWithPartitions(String bootstrap, Process other, Path log) throws Exception {
    try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
      long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (System.nanoTime() < end) {
        if (!other.isAlive()) {
          throw new AssertionError("serve exited with " + other.exitValue() + ":\n" + Files.readString(log));
        }
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(APPLICATION))
            .describedGroups().get(APPLICATION).get();
        if (group.members().size() == 2
            && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
          return;
        }
        Thread.sleep(500);
      }
      throw new AssertionError("the two instances did not share the partitions in time:\n" + Files.readString(log));
    }
  }

  private static void produce(String bootstrap, List<FactChanges.Change> changes) {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.PARTITIONER_CLASS_CONFIG, UniversePartitioner.class.getName(),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
        new StringSerializer(), new StringSerializer())) {
      for (FactChanges.Change change : changes) {
        producer.send(new ProducerRecord<>(Topics.DEFAULT.facts(), change.key(), change.json()));
      }
    }
  }

  private static Map<String, List<Delta>> byUniverse(List<ConsumerRecord<String, String>> records) throws Exception {
    Map<String, List<Delta>> byUniverse = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      JsonNode delta = JSON.readTree(record.value());
      byUniverse.computeIfAbsent(delta.path("universe").asText(), u -> new ArrayList<>()).add(new Delta(
          delta.path("cause").path("factKey").asText(), delta.path("change").asText(), delta.path("key").asText()));
    }
    return byUniverse;
  }

  /** What compaction keeps: the last value per key, with tombstones removing it. */
  private static Map<String, JsonNode> compacted(List<ConsumerRecord<String, String>> records) throws Exception {
    Map<String, JsonNode> latest = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      if (record.value() == null) {
        latest.remove(record.key());
      } else {
        latest.put(record.key(), JSON.readTree(record.value()));
      }
    }
    return latest;
  }

  /** The same changes on plain sessions, one per universe, applied as the topology applies them. */
  private record Replay(Map<String, List<Delta>> deltas, Map<String, RiskSession> sessions, int deadLetters) {

    static Replay of(RiskEngine engine, List<FactChanges.Change> changes) {
      Map<String, List<Delta>> deltas = new HashMap<>();
      Map<String, RiskSession> sessions = new LinkedHashMap<>();
      Set<String> held = new HashSet<>();
      int dead = 0;
      String[] cause = new String[1];
      for (FactChanges.Change change : changes) {
        UniverseKey key = UniverseKey.parse(change.key()).orElseThrow();
        List<Delta> heard = deltas.computeIfAbsent(key.universe(), u -> new ArrayList<>());
        RiskSession session = sessions.computeIfAbsent(key.universe(), u -> engine.newSession(new AlertListener() {
          @Override public void onRaised(Alert a) { heard.add(new Delta(cause[0], "raised", a.key())); }
          @Override public void onUpdated(Alert b, Alert a) { heard.add(new Delta(cause[0], "updated", a.key())); }
          @Override public void onCleared(Alert a) { heard.add(new Delta(cause[0], "cleared", a.key())); }
        }, RuleAlerts.AS_OF));
        cause[0] = change.key();
        int first = heard.size();
        try {
          if (change.json() == null) {
            session.retract(key.id());
            held.remove(change.key());
          } else {
            Fact fact = FactRecords.readOne("replay", change.json().getBytes(StandardCharsets.UTF_8));
            if (held.contains(change.key())) {
              session.update(fact);
            } else {
              session.insert(fact);
            }
            held.add(change.key());
          }
        } catch (InvalidInputException | IllegalArgumentException refused) {
          dead++;
        }
        // The topology publishes a change's deltas by alert key.
        heard.subList(first, heard.size()).sort(java.util.Comparator.comparing(Delta::alertKey));
      }
      return new Replay(deltas, sessions, dead);
    }

    int deltaCount() {
      return deltas.values().stream().mapToInt(List::size).sum();
    }

    /** {@code evaluate} on each universe's final facts, keyed as the compacted topic is. */
    Map<String, JsonNode> finalAlerts(RiskEngine engine) throws Exception {
      Map<String, JsonNode> expected = new HashMap<>();
      for (Map.Entry<String, RiskSession> universe : sessions.entrySet()) {
        for (Alert alert : engine.evaluate(universe.getValue().facts(), RuleAlerts.AS_OF).alerts()) {
          expected.put(universe.getKey() + "/" + alert.key(),
              JSON.readTree(JSON.writeValueAsString(JsonReport.alertJson(alert))));
        }
      }
      return expected;
    }
  }
}
