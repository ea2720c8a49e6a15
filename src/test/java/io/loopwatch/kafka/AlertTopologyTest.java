package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Alert;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.report.JsonReport;
import io.loopwatch.testing.RuleAlerts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology on {@link TopologyTestDriver}: inserts, retractions, out-of-order changes, dead letters. */
class AlertTopologyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BUNDLED = Path.of("facts/ai-industry-2026-02.yaml");
  private static final String LOOP = "circular-loop:loop:nvidia>openai>oracle";
  private static RiskEngine engine;

  @TempDir Path state;
  private RulesInForce rules;
  private TopologyTestDriver driver;
  private TestInputTopic<String, String> facts;
  private TestOutputTopic<String, String> deltas;
  private TestOutputTopic<String, String> alerts;
  private TestOutputTopic<String, String> deadLetters;
  private long clock = 1_000;
  private LocalDate today = RuleAlerts.AS_OF;

  @BeforeAll
  static void compileRules() throws Exception {
    engine = RuleAlerts.bundledRules();
  }

  @BeforeEach
  void startDriver() {
    rules = new RulesInForce(engine);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "loopwatch-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(AlertTopology.build(Topics.DEFAULT, rules, () -> today, Set.of()), config);
    facts = driver.createInputTopic(Topics.DEFAULT.facts(), new StringSerializer(), new StringSerializer());
    deltas = driver.createOutputTopic(Topics.DEFAULT.deltas(), new StringDeserializer(), new StringDeserializer());
    alerts = driver.createOutputTopic(Topics.DEFAULT.alerts(), new StringDeserializer(), new StringDeserializer());
    deadLetters = driver.createOutputTopic(Topics.DEFAULT.deadLetters(), new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void insertingTheBundledFactsRaisesEveryAlertEvaluateGives() throws Exception {
    send(FactChanges.fromFiles("desk-a", List.of(BUNDLED)));

    // Alerts come as the facts they need arrive, and some change as later facts do.
    Map<String, Integer> net = new LinkedHashMap<>();
    for (JsonNode delta : values(deltas)) {
      int step = switch (delta.path("change").asText()) {
        case "raised" -> 1;
        case "cleared" -> -1;
        default -> 0;
      };
      net.merge("desk-a/" + delta.path("key").asText(), step, Integer::sum);
    }
    assertThat(deadLetters.isEmpty()).isTrue();
    Map<String, JsonNode> expected = expected("desk-a", FactFiles.load(BUNDLED));
    assertThat(currentAlerts()).isEqualTo(expected);
    net.values().removeIf(n -> n == 0);
    assertThat(net).containsOnlyKeys(expected.keySet()).allSatisfy((key, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void retractingAFactClearsTheAlertsItCausedAndTombstonesThem() throws Exception {
    send(FactChanges.fromFiles("desk-a", List.of(BUNDLED)));
    Map<String, JsonNode> before = currentAlerts();
    deltas.readValuesToList();

    facts.pipeInput("desk-a/openai-oracle-cloud-2025-09", null, clock++);

    List<JsonNode> changes = values(deltas);
    assertThat(changes).anySatisfy(d -> {
      assertThat(d.path("change").asText()).isEqualTo("cleared");
      assertThat(d.path("key").asText()).isEqualTo(LOOP);
      assertThat(d.path("alert").path("explanation").isObject()).isTrue();
      assertThat(d.path("cause").path("factKey").asText()).isEqualTo("desk-a/openai-oracle-cloud-2025-09");
    });
    assertThat(before).containsKey("desk-a/" + LOOP);
    assertThat(currentAlerts()).isEqualTo(expected("desk-a", withoutFact(FactFiles.load(BUNDLED), "openai-oracle-cloud-2025-09")));
  }

  @Test
  void anUpdateIsOneUpdatedDeltaNotAClearAndARaise() throws Exception {
    List<FactChanges.Change> bundled = FactChanges.fromFiles("desk-a", List.of(BUNDLED));
    send(bundled);
    deltas.readValuesToList();

    facts.pipeInput("desk-a/nvidia-openai-2026-02", withAmount(bundled, "desk-a/nvidia-openai-2026-02", 5_000_000_000L), clock++);

    List<JsonNode> changes = values(deltas);
    assertThat(changes).isNotEmpty().allSatisfy(d -> assertThat(d.path("change").asText()).isEqualTo("updated"));
    assertThat(changes).anySatisfy(d -> {
      assertThat(d.path("key").asText()).isEqualTo("pledge-cut:nvidia-openai-loi-2025-09");
      assertThat(d.path("before").path("message").asText()).contains("USD 20 B");
      assertThat(d.path("alert").path("message").asText()).contains("USD 5 B");
    });
  }

  @Test
  void aChangeOlderThanTheOneAppliedIsNotAppliedOverIt() throws Exception {
    List<FactChanges.Change> bundled = FactChanges.fromFiles("desk-a", List.of(BUNDLED));
    send(bundled);
    deltas.readValuesToList();
    String key = "desk-a/nvidia-openai-2026-02";
    Map<String, JsonNode> afterBundled = currentAlerts();

    facts.pipeInput(key, withAmount(bundled, key, 5_000_000_000L), Instant.ofEpochMilli(50_000));
    Map<String, JsonNode> afterNewer = currentAlerts();
    facts.pipeInput(key, withAmount(bundled, key, 90_000_000_000L), Instant.ofEpochMilli(40_000));
    facts.pipeInput(key, null, Instant.ofEpochMilli(45_000));

    assertThat(afterNewer).isNotEqualTo(afterBundled);
    assertThat(currentAlerts()).isEqualTo(afterNewer);
    List<JsonNode> letters = values(deadLetters);
    assertThat(letters).hasSize(2).allSatisfy(letter -> assertThat(text(letter)).contains("out of order"));
    assertThat(letters.get(0).path("value").asText()).contains("90000000000");
  }

  @Test
  void aDealBeforeItsCompaniesIsADeadLetterNamingWhatIsMissingAndCanBeSentAgainLater() throws Exception {
    List<FactChanges.Change> bundled = FactChanges.fromFiles("desk-a", List.of(BUNDLED));
    FactChanges.Change deal = bundled.stream().filter(c -> c.key().equals("desk-a/nvidia-openai-2026-02")).findFirst().orElseThrow();

    facts.pipeInput(deal.key(), deal.json(), clock++);
    assertThat(text(values(deadLetters).get(0)))
        .startsWith(Topics.DEFAULT.facts() + "-0@0: investments[0](nvidia-openai-2026-02).investor: unknown company 'nvidia'");

    send(bundled);
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(currentAlerts()).isEqualTo(expected("desk-a", FactFiles.load(BUNDLED)));
  }

  @Test
  void malformedRecordsGoToTheDeadLetterTopicWithPositionsAndTheStreamGoesOn() throws Exception {
    facts.pipeInput("desk-a/x", "{\"companies\": [{\"id\": \"x\", \"name\": \"X\", \"roles\": [\"investor\"], \"country\": \"US\",}]}", clock++);
    facts.pipeInput("desk-a/y", "{\"companies\": [{\"id\": \"y\", \"name\": \"Y\", \"roles\": [\"investor\"], \"country\": \"US\", \"rolez\": []}]}", clock++);
    facts.pipeInput("desk-a/z", "{\"companies\": [{\"id\": \"w\", \"name\": \"W\", \"roles\": [\"investor\"], \"country\": \"US\"}]}", clock++);
    facts.pipeInput("no-universe", "{\"companies\": [{\"id\": \"v\", \"name\": \"V\", \"roles\": [\"investor\"], \"country\": \"US\"}]}", clock++);
    facts.pipeInput("desk-a/gone", null, clock++);
    facts.pipeInput("desk-a/ok", "{\"companies\": [{\"id\": \"ok\", \"name\": \"OK\", \"roles\": [\"investor\"], \"country\": \"US\"}]}", clock++);

    List<JsonNode> letters = values(deadLetters);
    assertThat(letters).hasSize(5);
    JsonNode syntax = letters.get(0).path("diagnostics").get(0);
    assertThat(syntax.path("line").asInt()).isEqualTo(1);
    assertThat(syntax.path("column").asInt()).isGreaterThan(1);
    assertThat(syntax.path("text").asText()).startsWith(Topics.DEFAULT.facts() + "-0@0:1:");
    assertThat(text(letters.get(1))).contains("rolez").contains("roles");
    assertThat(text(letters.get(2))).contains("desk-a/w");
    assertThat(text(letters.get(3))).contains("universe/factId").contains("no-universe");
    assertThat(text(letters.get(4))).contains("holds no fact with this id");
    assertThat(letters.get(1).path("key").asText()).isEqualTo("desk-a/y");
    assertThat(letters.get(1).path("offset").asLong()).isEqualTo(1);
    Object stored = driver.getKeyValueStore(AlertTopology.STORE).get("desk-a/ok");
    assertThat(stored).isNotNull();
    assertThat(driver.getKeyValueStore(AlertTopology.STORE).get("desk-a/x")).isNull();
  }

  @Test
  void aValueThatIsNotUtf8IsADeadLetterThatPointsAtTheByteAndIsNotStored() throws Exception {
    TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.DEFAULT.facts(), new StringSerializer(),
        new ByteArraySerializer());
    // "ACME" with a Latin-1 e-acute: the producer did not encode its text as UTF-8.
    byte[] latin1 = company("acme", "ACM\u00e9").getBytes(StandardCharsets.ISO_8859_1);

    raw.pipeInput("desk-a/acme", latin1, clock++);

    List<JsonNode> letters = values(deadLetters);
    assertThat(letters).hasSize(1);
    assertThat(text(letters.get(0))).contains("not valid UTF-8").contains("0xE9");
    assertThat(driver.getKeyValueStore(AlertTopology.STORE).get("desk-a/acme")).isNull();
  }

  @Test
  void aHugeValueIsADeadLetterOfBoundedSizeAndIsNotStored() throws Exception {
    // Within the broker's default limit (1 MB), but a dead letter quoting it, or a changelog record
    // holding it, would not be: the producer's RecordTooLargeException would stop the stream thread.
    String huge = company("acme", "x".repeat(900_000));
    String hugeAndWrong = company("y".repeat(900_000), "Y");

    facts.pipeInput("desk-a/acme", huge, clock++);
    facts.pipeInput("desk-a/y", hugeAndWrong, clock++);
    facts.pipeInput("desk-a/ok", company("ok", "OK"), clock++);

    List<String> letters = deadLetters.readValuesToList();
    assertThat(letters).hasSize(2).allSatisfy(letter -> assertThat(letter.length()).isLessThan(100_000));
    JsonNode first = JSON.readTree(letters.get(0));
    assertThat(text(first)).contains("900");
    assertThat(first.path("valueBytes").asLong()).isEqualTo(huge.length());
    assertThat(first.path("value").asText()).startsWith("{\"companies\"");
    assertThat(driver.getKeyValueStore(AlertTopology.STORE).get("desk-a/acme")).isNull();
    assertThat(driver.getKeyValueStore(AlertTopology.STORE).get("desk-a/ok")).isNotNull();
  }

  @Test
  void aRecordWithoutATimestampIsAppliedAsOfThePartitionsTimeAndTheStreamGoesOn() throws Exception {
    List<FactChanges.Change> bundled = FactChanges.fromFiles("desk-a", List.of(BUNDLED));
    send(bundled);
    deltas.readValuesToList();
    String key = "desk-a/nvidia-openai-2026-02";
    long partitionTime = clock - 1;

    // A timestamp of -1 (none) reaches the broker from clients that write no time, and Kafka
    // Streams' default extractor stops the stream thread on it, again at every restart.
    facts.pipeInput(new TestRecord<>(new ConsumerRecord<>(Topics.DEFAULT.facts(), 0, 0, -1L, TimestampType.CREATE_TIME,
        0, 0, key, withAmount(bundled, key, 5_000_000_000L), new RecordHeaders(), Optional.empty())));
    facts.pipeInput(key, withAmount(bundled, key, 6_000_000_000L), partitionTime - 1);

    assertThat(values(deltas)).anySatisfy(d -> assertThat(d.path("alert").path("message").asText()).contains("USD 5 B"));
    assertThat(text(values(deadLetters).get(0))).contains("out of order");
  }

  @Test
  void universesAreIndependentDealWebs() throws Exception {
    send(FactChanges.fromFiles("desk-a", List.of(BUNDLED)));
    send(FactChanges.fromFiles("desk-b", List.of(BUNDLED)));

    facts.pipeInput("desk-b/openai-oracle-cloud-2025-09", null, clock++);

    Map<String, JsonNode> current = currentAlerts();
    assertThat(current).containsKey("desk-a/" + LOOP).doesNotContainKey("desk-b/" + LOOP);
    assertThat(current.keySet().stream().filter(k -> k.startsWith("desk-a/")).count())
        .isEqualTo(expected("desk-a", FactFiles.load(BUNDLED)).size());
  }

  @Test
  void newRulesRebuildTheSessionsFromTheStoreAndPublishOnlyWhatChanged() throws Exception {
    send(FactChanges.fromFiles("desk-a", List.of(BUNDLED)));
    deltas.readValuesToList();

    rules.offer(engine);
    driver.advanceWallClockTime(java.time.Duration.ofSeconds(2));

    // The same rules on the stored facts: the rebuilt sessions hold exactly the published alerts.
    assertThat(deltas.isEmpty()).isTrue();
    facts.pipeInput("desk-a/openai-oracle-cloud-2025-09", null, clock++);
    assertThat(values(deltas)).anySatisfy(d -> assertThat(d.path("key").asText()).isEqualTo(LOOP));
  }

  @Test
  void whenTheDateMovesTheSessionsMoveAndPublishWhatTimeAloneChanged() throws Exception {
    send(FactChanges.fromFiles("desk-a", List.of(BUNDLED)));
    deltas.readValuesToList();
    LocalDate later = RuleAlerts.AS_OF.plusMonths(8);

    today = later;
    driver.advanceWallClockTime(java.time.Duration.ofSeconds(2));

    List<JsonNode> moved = values(deltas);
    assertThat(moved).isNotEmpty()
        .allSatisfy(d -> assertThat(d.path("cause").path("asOf").asText()).isEqualTo(later.toString()));
    assertThat(currentAlerts()).isEqualTo(expected("desk-a", FactFiles.load(BUNDLED), later));
  }

  private void send(List<FactChanges.Change> changes) {
    for (FactChanges.Change change : changes) {
      facts.pipeInput(change.key(), change.json(), clock++);
    }
  }

  private static String company(String id, String name) {
    return "{\"companies\": [{\"id\": \"" + id + "\", \"name\": \"" + name
        + "\", \"roles\": [\"investor\"], \"country\": \"US\"}]}";
  }

  private static String withAmount(List<FactChanges.Change> changes, String key, long amount) throws Exception {
    String json = changes.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().json();
    Map.Entry<String, JsonNode> fact = FactChanges.parse(json);
    ((ObjectNode) fact.getValue()).put("amountUsd", amount);
    return FactChanges.document(fact.getKey(), fact.getValue());
  }

  private static FactSet withoutFact(FactSet facts, String id) {
    FactSet.Builder kept = FactSet.builder();
    facts.all().filter(f -> !f.id().equals(id)).forEach(kept::addFact);
    return kept.build();
  }

  private Map<String, JsonNode> currentAlerts() throws Exception {
    Map<String, JsonNode> current = new LinkedHashMap<>();
    for (TestRecord<String, String> record : alerts.readRecordsToList()) {
      latest.put(record.key(), record.value());
    }
    for (Map.Entry<String, String> entry : latest.entrySet()) {
      if (entry.getValue() != null) {
        current.put(entry.getKey(), JSON.readTree(entry.getValue()));
      }
    }
    return current;
  }

  /** Every value written to the alerts topic so far, by key: what compaction keeps. */
  private final Map<String, String> latest = new LinkedHashMap<>();

  /** The alerts {@code evaluate} gives, as the topology writes them: facts from records have no file location. */
  private static Map<String, JsonNode> expected(String universe, FactSet facts) throws Exception {
    return expected(universe, facts, RuleAlerts.AS_OF);
  }

  private static Map<String, JsonNode> expected(String universe, FactSet facts, LocalDate asOf) throws Exception {
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (Alert alert : engine.evaluate(withoutFact(facts, ""), asOf).alerts()) {
      expected.put(universe + "/" + alert.key(), JSON.readTree(JSON.writeValueAsString(JsonReport.alertJson(alert))));
    }
    return expected;
  }

  private static List<JsonNode> values(TestOutputTopic<String, String> topic) throws Exception {
    List<JsonNode> values = new java.util.ArrayList<>();
    for (String value : topic.readValuesToList()) {
      values.add(JSON.readTree(value));
    }
    return values;
  }

  private static String text(JsonNode letter) {
    return java.util.stream.StreamSupport.stream(letter.path("diagnostics").spliterator(), false)
        .map(d -> d.path("text").asText()).collect(Collectors.joining("\n"));
  }
}
