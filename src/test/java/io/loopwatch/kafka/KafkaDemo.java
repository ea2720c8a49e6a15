package io.loopwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The README's local demo ({@code bin/kafka-demo}): a real single-node Kafka (KRaft) from the Maven
 * jars, {@code loopwatch serve} against it in its own process, the bundled facts fed in as change
 * records, then two changes (a deal shrinks, a contract falls through); every alert delta is printed
 * as it arrives, and the compacted topic of current alerts at the end.
 */
public final class KafkaDemo {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNIVERSE = "demo";

  private KafkaDemo() {}

  /** @param args the launcher to run {@code serve} with (default {@code bin/loopwatch}) */
  public static void main(String[] args) throws Exception {
    String launcher = args.length > 0 ? args[0] : "bin/loopwatch";
    Path work = Path.of("target", "kafka-demo");
    deleteRecursively(work);
    say("starting a single-node Kafka broker (KRaft) from the Maven jars in " + work.resolve("kafka"));
    try (LocalKafka kafka = LocalKafka.start(work.resolve("kafka"))) {
      String bootstrap = kafka.bootstrapServers();
      say("broker at " + bootstrap + "; starting: " + launcher + " serve --bootstrap-servers " + bootstrap
          + " --as-of 2026-02-05 ...");
      Process serve = new ProcessBuilder(launcher, "serve", "--bootstrap-servers", bootstrap, "--as-of", "2026-02-05",
          "--state-dir", work.resolve("state").toString(), "--partitions", "3", "--replication-factor", "1",
          "--health-seconds", "10").inheritIO().start();
      try (TopicReader deltas = new TopicReader(bootstrap, awaitTopic(bootstrap, serve));
          KafkaProducer<String, String> producer = producer(bootstrap)) {
        List<FactChanges.Change> bundled = FactChanges.fromFiles(UNIVERSE, List.of(Path.of("facts", "ai-industry-2026-02.yaml")));
        say("feeding the " + bundled.size() + " bundled facts to " + Topics.DEFAULT.facts() + " as change records (key "
            + UNIVERSE + "/<fact id>)");
        bundled.forEach(change -> producer.send(new ProcessorRecord(change).record()));
        producer.flush();
        int shown = show(deltas, 0, Duration.ofMinutes(3));
        if (shown == 0) {
          say("no alert arrived; serve's log above says why");
          System.exit(1);
        }

        say("a deal shrinks: NVIDIA's USD 20 B in OpenAI becomes USD 5 B");
        Map.Entry<String, JsonNode> deal = FactChanges.parse(bundled.stream()
            .filter(c -> c.key().equals(UNIVERSE + "/nvidia-openai-2026-02")).findFirst().orElseThrow().json());
        ((ObjectNode) deal.getValue()).put("amountUsd", 5_000_000_000L);
        producer.send(new ProducerRecord<>(Topics.DEFAULT.facts(), UNIVERSE + "/nvidia-openai-2026-02",
            FactChanges.document(deal.getKey(), deal.getValue())));
        producer.flush();
        shown = show(deltas, shown, Duration.ofSeconds(30));

        say("a contract falls through: a tombstone for " + UNIVERSE + "/openai-oracle-cloud-2025-09");
        producer.send(new ProducerRecord<>(Topics.DEFAULT.facts(), UNIVERSE + "/openai-oracle-cloud-2025-09", null));
        producer.flush();
        show(deltas, shown, Duration.ofSeconds(30));

        currentAlerts(bootstrap);
      } finally {
        say("stopping serve and the broker");
        serve.destroy();
        serve.waitFor();
      }
    }
  }

  /** Waits for serve to create its topics; returns the deltas topic. */
  private static String awaitTopic(String bootstrap, Process serve) throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
      while (!admin.listTopics().names().get().containsAll(Topics.DEFAULT.all())) {
        if (!serve.isAlive()) {
          throw new IllegalStateException("serve exited with " + serve.exitValue());
        }
        Thread.sleep(200);
      }
    }
    return Topics.DEFAULT.deltas();
  }

  /** Prints deltas as they arrive, until none has come for a few seconds (or none at all within {@code first}). */
  private static int show(TopicReader deltas, int from, Duration first) throws IOException {
    long end = System.nanoTime() + first.toNanos();
    int seen = from;
    long quietSince = 0;
    while (System.nanoTime() < end) {
      List<ConsumerRecord<String, String>> all = deltas.poll(Duration.ofMillis(200));
      for (; seen < all.size(); seen++) {
        ConsumerRecord<String, String> record = all.get(seen);
        JsonNode delta = JSON.readTree(record.value());
        System.out.printf("  %-7s %-8s %-60s <- %s (%d ms after it was sent)%n", delta.path("change").asText(),
            delta.path("alert").path("severity").asText(), delta.path("key").asText(),
            delta.path("cause").path("factKey").asText(), System.currentTimeMillis() - record.timestamp());
        quietSince = System.nanoTime();
      }
      if (seen > from && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
        break;
      }
    }
    say((seen - from) + " alert delta(s) on " + Topics.DEFAULT.deltas());
    return seen;
  }

  private static void currentAlerts(String bootstrap) throws IOException {
    try (TopicReader alerts = new TopicReader(bootstrap, Topics.DEFAULT.alerts())) {
      Map<String, String> latest = new LinkedHashMap<>();
      alerts.pollUntil(() -> false, Duration.ofSeconds(2)).forEach(r -> latest.put(r.key(), r.value()));
      Map<String, Integer> bySeverity = new TreeMap<>(Comparator.comparing(List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO")::indexOf));
      for (String value : latest.values()) {
        if (value != null) {
          bySeverity.merge(JSON.readTree(value).path("severity").asText(), 1, Integer::sum);
        }
      }
      say("current alerts on " + Topics.DEFAULT.alerts() + " (compacted, last value per key): "
          + bySeverity.values().stream().mapToInt(Integer::intValue).sum() + " " + bySeverity);
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.PARTITIONER_CLASS_CONFIG, UniversePartitioner.class.getName()),
        new StringSerializer(), new StringSerializer());
  }

  /** A fact change as a record of the fact topic. */
  private record ProcessorRecord(FactChanges.Change change) {
    ProducerRecord<String, String> record() {
      return new ProducerRecord<>(Topics.DEFAULT.facts(), change.key(), change.json());
    }
  }

  private static void say(String line) {
    System.out.println("demo: " + line);
    System.out.flush();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
