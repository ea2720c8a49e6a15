package io.loopwatch.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Puts every record of a universe in the same partition, by the universe part of its key alone, so
 * that one task sees all of a universe's changes, in order, and holds its whole session. Producers
 * of fact changes must use it ({@code partitioner.class}); the topology writes its outputs with it,
 * so a universe's alerts are ordered too. Hashes as Kafka's default partitioner does (murmur2).
 */
public final class UniversePartitioner implements Partitioner, StreamPartitioner<String, Object> {

  /** The partition of the universe of {@code key} among {@code partitions}. */
  public static int partitionOf(String key, int partitions) {
    byte[] universe = UniverseKey.universeOf(key == null ? "" : key).getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(universe)) % partitions;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
    return Optional.of(Set.of(partitionOf(key, numPartitions)));
  }

  @Override
  public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
      Cluster cluster) {
    return partitionOf((String) key, cluster.partitionCountForTopic(topic));
  }

  @Override
  public void configure(Map<String, ?> configs) {}

  @Override
  public void close() {}
}
