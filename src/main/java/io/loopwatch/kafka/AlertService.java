package io.loopwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: creates the topics it needs, starts Kafka Streams on {@link AlertTopology},
 * logs its health (state, tasks, lag) through SLF4J, and stops. Kafka Streams registers its own
 * metrics in JMX ({@code kafka.streams:*}, {@code kafka.consumer:*}, {@code kafka.producer:*}).
 */
public final class AlertService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

  private final KafkaStreams streams;
  private final ScheduledExecutorService health;

  private AlertService(KafkaStreams streams, ScheduledExecutorService health) {
    this.streams = streams;
    this.health = health;
  }

  /** Creates the missing topics, then starts the topology; the health is logged every {@code healthEvery}. */
  public static AlertService start(ServiceSettings settings, RulesInForce rules, Duration healthEvery)
      throws InterruptedException, ExecutionException {
    createTopics(settings);
    KafkaStreams streams = new KafkaStreams(
        AlertTopology.build(settings.topics(), rules, settings.dates(), settings.universes()),
        settings.streamsConfig());
    streams.setStateListener((now, before) -> LOG.info("health: {} (was {})", now, before));
    streams.setUncaughtExceptionHandler(failure -> {
      LOG.error("a stream thread failed and is replaced; its tasks resume from the last commit", failure);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "loopwatch-health");
      thread.setDaemon(true);
      return thread;
    });
    long every = healthEvery.toMillis();
    health.scheduleAtFixedRate(() -> logHealth(streams), every, every, TimeUnit.MILLISECONDS);
    return new AlertService(streams, health);
  }

  /** Creates the service's topics that do not exist yet; the current-alerts topic is compacted. */
  public static void createTopics(ServiceSettings settings) throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(settings.adminConfig())) {
      Set<String> existing = admin.listTopics().names().get();
      Optional<Short> replicas = settings.replication() < 0 ? Optional.empty() : Optional.of(settings.replication());
      List<NewTopic> missing = new ArrayList<>();
      Topics topics = settings.topics();
      for (String name : topics.all()) {
        if (!existing.contains(name)) {
          NewTopic topic = new NewTopic(name, Optional.of(settings.partitions()), replicas);
          if (name.equals(topics.alerts())) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
          }
          missing.add(topic);
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
        LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
      }
    }
  }

  /** The state, the tasks held, how far behind the fact topic the consumers are, and what was processed. */
  static void logHealth(KafkaStreams streams) {
    double lag = 0;
    double processed = 0;
    for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
      MetricName name = metric.getKey();
      if (name.name().equals("records-lag-max") && name.group().equals("consumer-fetch-manager-metrics")
          && !name.tags().containsKey("topic") && name.tags().getOrDefault("client-id", "").endsWith("-consumer")) {
        lag = Math.max(lag, number(metric.getValue()));
      } else if (name.name().equals("process-total") && name.group().equals("stream-thread-metrics")) {
        processed += number(metric.getValue());
      }
    }
    int tasks = streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
    LOG.info("health: {}, {} active task(s), lag {} record(s) at most, {} record(s) processed",
        streams.state(), tasks, (long) lag, (long) processed);
  }

  private static double number(Metric metric) {
    Object value = metric.metricValue();
    return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : 0;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Stops processing, committing what was done; waits at most {@code timeout}. */
  public void close(Duration timeout) {
    health.shutdownNow();
    streams.close(timeout);
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
