package io.loopwatch.kafka;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How {@code loopwatch serve} runs: where Kafka is, the topics, the date and universes the sessions
 * serve, and any further Kafka Streams settings ({@code --config key=value}), which win.
 *
 * @param partitions partitions for topics the service creates; the fact topic's bound how far it scales out
 * @param replication replicas for topics the service creates and its internal topics; -1 for the broker's default
 * @param universes the universes to serve; empty for all
 * @param asOf the date the sessions see the world at; null to follow the clock, day by day
 */
public record ServiceSettings(String bootstrapServers, String applicationId, Topics topics, LocalDate asOf,
    Set<String> universes, Path stateDir, int threads, int partitions, short replication,
    Map<String, String> config) {

  public ServiceSettings {
    universes = Set.copyOf(universes);
    config = Map.copyOf(config);
  }

  /** The date the sessions should see now. */
  public Supplier<LocalDate> dates() {
    LocalDate fixed = asOf;
    return fixed != null ? () -> fixed : LocalDate::now;
  }

  /**
   * The configuration of the admin client that creates the topics: the brokers, and the overrides an
   * admin client knows (security settings above all: without them it cannot connect to a secured
   * cluster), or that are written {@code admin.*}, as Kafka Streams reads them.
   */
  public Map<String, Object> adminConfig() {
    Map<String, Object> admin = new HashMap<>();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.forEach((key, value) -> {
      if (key.startsWith(StreamsConfig.ADMIN_CLIENT_PREFIX)) {
        admin.put(key.substring(StreamsConfig.ADMIN_CLIENT_PREFIX.length()), value);
      } else if (AdminClientConfig.configNames().contains(key)) {
        admin.putIfAbsent(key, value);
      }
    });
    return admin;
  }

  /**
   * Checks the configuration as Kafka Streams will.
   *
   * @throws IllegalArgumentException naming a setting Kafka Streams refuses
   */
  public void checkStreamsConfig() {
    try {
      new StreamsConfig(streamsConfig());
    } catch (ConfigException invalid) {
      throw new IllegalArgumentException(invalid.getMessage(), invalid);
    }
  }

  /** Kafka Streams' configuration: exactly-once v2, string keys and values, and the overrides. */
  public Properties streamsConfig() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication);
    props.putAll(config);
    return props;
  }
}
