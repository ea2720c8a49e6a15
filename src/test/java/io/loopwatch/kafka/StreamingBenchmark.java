package io.loopwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.RiskEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The streaming benchmark of BENCHMARKS.md: {@code loopwatch serve}'s topology on a local broker
 * (KRaft, in this JVM), with one and then two instances (each a Kafka Streams client with one
 * thread, in this JVM too). Six universes start from the bundled facts; then
 *
 * <ul>
 *   <li><b>sustained throughput</b>: a seeded random sequence of fact changes produced at once, timed
 *       from the first send until the application's committed offsets reach the end of the fact topic
 *       (and, for comparison, the same changes through the sessions and the JSON alone, without Kafka);
 *   <li><b>end-to-end latency</b>: more changes produced at a fixed rate, a quarter of the throughput measured,
 *       each timed from its send (the record's timestamp) to the moment its first alert delta is read
 *       by a read-committed consumer (exactly-once: a delta is visible once its transaction commits).
 * </ul>
 *
 * <p>{@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * io.loopwatch.kafka.StreamingBenchmark [CHANGES]} after {@code mvn -DskipTests package}.
 */
public final class StreamingBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PARTITIONS = 6;
  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private StreamingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int changes = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    RiskEngine engine = RiskEngine.builder().rules(Path.of("rules")).build();
    withoutKafka(engine, changes);
    for (int instances : new int[] {1, 2}) {
      run(engine, instances, changes);
    }
  }

  /**
   * The same changes through the topology's sessions and JSON, without Kafka: what a change costs
   * before any broker, store or transaction, for comparison.
   */
  private static void withoutKafka(RiskEngine engine, int count) throws Exception {
    List<String> universes = onePerPartition();
    List<FactChanges.Change> bundled = FactChanges.fromFiles("x", List.of(Path.of("facts", "ai-industry-2026-02.yaml")));
    RandomChanges random = new RandomChanges(16, universes, bundled);
    try (UniverseSessions sessions = new UniverseSessions(engine, AS_OF)) {
      Set<String> held = new java.util.HashSet<>();
      for (String universe : universes) {
        for (FactChanges.Change change : bundled) {
          apply(sessions, held, new FactChanges.Change(universe + change.key().substring(1), change.json()));
        }
      }
      List<FactChanges.Change> burst = random.next(count);
      long began = System.nanoTime();
      int deltas = 0;
      for (FactChanges.Change change : burst) {
        deltas += apply(sessions, held, change);
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      System.out.printf("without Kafka: %d changes in %.1f s = %.0f changes/s (%d deltas)%n",
          burst.size(), seconds, burst.size() / seconds, deltas);
    }
  }

  private static int apply(UniverseSessions sessions, Set<String> held, FactChanges.Change change) throws Exception {
    UniverseKey key = UniverseKey.parse(change.key()).orElseThrow();
    List<AlertDelta> deltas;
    if (change.json() == null) {
      deltas = sessions.apply(key.universe(), session -> session.retract(key.id()));
      held.remove(change.key());
    } else {
      io.loopwatch.facts.Fact fact = io.loopwatch.facts.parse.FactRecords.readOne("bench",
          change.json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      boolean replaces = held.contains(change.key());
      deltas = sessions.apply(key.universe(), session -> {
        if (replaces) {
          session.update(fact);
        } else {
          session.insert(fact);
        }
      });
      held.add(change.key());
    }
    for (AlertDelta delta : deltas) {
      OutputJson.delta(delta, OutputJson.rulesReloaded());
      OutputJson.currentAlert(delta);
    }
    return deltas.size();
  }

  private static void run(RiskEngine engine, int instances, int count) throws Exception {
    // A new directory each time: local state left by an earlier run would not match the new broker.
    Path work = java.nio.file.Files.createTempDirectory("loopwatch-streaming-bench-" + instances + "-");
    List<String> universes = onePerPartition();
    List<FactChanges.Change> bundled = FactChanges.fromFiles("x", List.of(Path.of("facts", "ai-industry-2026-02.yaml")));
    RandomChanges random = new RandomChanges(16, universes, bundled);
    try (LocalKafka kafka = LocalKafka.start(work.resolve("kafka"));
        KafkaProducer<String, String> producer = producer(kafka.bootstrapServers());
        Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
      List<AlertService> services = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        ServiceSettings settings = new ServiceSettings(kafka.bootstrapServers(), "bench", Topics.DEFAULT, AS_OF,
            Set.of(), work.resolve("state-" + i), 1, PARTITIONS, (short) 1, Map.of());
        services.add(AlertService.start(settings, new RulesInForce(engine), Duration.ofMinutes(10)));
      }
      try (TopicReader deltas = new TopicReader(kafka.bootstrapServers(), Topics.DEFAULT.deltas())) {
        List<FactChanges.Change> start = new ArrayList<>();
        for (String universe : universes) {
          bundled.forEach(c -> start.add(new FactChanges.Change(universe + c.key().substring(1), c.json())));
        }
        send(producer, start);
        awaitCaughtUp(admin);
        int initial = pollUntilQuiet(deltas);

        List<FactChanges.Change> burst = random.next(count);
        long began = System.nanoTime();
        send(producer, burst);
        awaitCaughtUp(admin);
        double seconds = (System.nanoTime() - began) / 1e9;
        double perSecond = burst.size() / seconds;
        int before = pollUntilQuiet(deltas);

        List<FactChanges.Change> paced = random.next(count / 2);
        double rate = perSecond / 4;
        long pacedStart = System.nanoTime();
        for (int i = 0; i < paced.size(); i++) {
          long due = pacedStart + (long) (i / rate * 1e9);
          while (System.nanoTime() < due) {
            deltas.poll(Duration.ofMillis(1));
          }
          send(producer, List.of(paced.get(i)));
        }
        awaitCaughtUp(admin);
        List<Long> latencies = firstDeltaLatencies(deltas, before, pollUntilQuiet(deltas));
        System.out.printf("%d instance(s): %d changes in %.1f s = %.0f changes/s (%d deltas); at %.0f changes/s:"
                + " %d changes with deltas, latency p50 %d ms, p99 %d ms%n",
            instances, burst.size(), seconds, perSecond, before - initial, rate, latencies.size(),
            percentile(latencies, 50), percentile(latencies, 99));
      } finally {
        services.forEach(AlertService::close);
      }
    }
  }

  /** Per fact change with deltas, the time from its send to when its first delta was read. */
  private static List<Long> firstDeltaLatencies(TopicReader deltas, int from, int to) throws Exception {
    Map<String, Long> first = new HashMap<>();
    for (int i = from; i < to; i++) {
      ConsumerRecord<String, String> record = deltas.records().get(i);
      JsonNode cause = JSON.readTree(record.value()).path("cause");
      String change = cause.path("partition").asText() + "@" + cause.path("offset").asText();
      first.merge(change, deltas.readAt(i) - record.timestamp(), Math::min);
    }
    return first.values().stream().sorted().collect(Collectors.toList());
  }

  /** Reads until nothing new has come for a second; returns how many records were read in all. */
  private static int pollUntilQuiet(TopicReader reader) {
    int seen = -1;
    while (seen != reader.records().size()) {
      seen = reader.records().size();
      reader.pollUntil(() -> false, Duration.ofSeconds(1));
    }
    return seen;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void awaitCaughtUp(Admin admin) throws Exception {
    while (true) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets("bench").partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
      for (int p = 0; p < PARTITIONS; p++) {
        ends.put(new TopicPartition(Topics.DEFAULT.facts(), p), OffsetSpec.latest());
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends).all().get();
      boolean done = end.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
          || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
      if (done) {
        return;
      }
      Thread.sleep(50);
    }
  }

  private static List<String> onePerPartition() {
    Map<Integer, String> byPartition = new LinkedHashMap<>();
    for (int i = 0; byPartition.size() < PARTITIONS; i++) {
      byPartition.putIfAbsent(UniversePartitioner.partitionOf("desk-" + i + "/x", PARTITIONS), "desk-" + i);
    }
    return List.copyOf(byPartition.values());
  }

  private static void send(KafkaProducer<String, String> producer, List<FactChanges.Change> changes) {
    for (FactChanges.Change change : changes) {
      producer.send(new ProducerRecord<>(Topics.DEFAULT.facts(), change.key(), change.json()));
    }
    producer.flush();
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.PARTITIONER_CLASS_CONFIG, UniversePartitioner.class.getName(),
        ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
  }
}
