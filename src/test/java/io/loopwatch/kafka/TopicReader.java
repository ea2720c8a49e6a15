package io.loopwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from its start, committed records only, as a consumer of the outputs would. */
final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
  /** When each record was read, in wall-clock milliseconds, for latency. */
  private final List<Long> readAt = new ArrayList<>();

  TopicReader(String bootstrapServers, String topic) {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Polls once for what arrived, and returns every record read so far. */
  List<ConsumerRecord<String, String>> poll(Duration wait) {
    var polled = consumer.poll(wait);
    long now = System.currentTimeMillis();
    polled.forEach(record -> {
      records.add(record);
      readAt.add(now);
    });
    return records;
  }

  /** Polls until {@code done} or {@code limit} passes; returns every record read. */
  List<ConsumerRecord<String, String>> pollUntil(BooleanSupplier done, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      poll(Duration.ofMillis(200));
    }
    return records;
  }

  /** When the record at this index was read. */
  long readAt(int index) {
    return readAt.get(index);
  }

  List<ConsumerRecord<String, String>> records() {
    return records;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
