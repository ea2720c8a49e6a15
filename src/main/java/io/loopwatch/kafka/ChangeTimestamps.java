package io.loopwatch.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time of a fact change, by which a change older than the one applied is refused: the record's
 * own timestamp, or, for a record that has none (negative: clients that write no time), the time of
 * its partition so far, as if it had been sent just after the change before it. Kafka Streams'
 * default would stop the stream thread on such a record, and again at every restart.
 */
final class ChangeTimestamps implements TimestampExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeTimestamps.class);

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    if (record.timestamp() >= 0) {
      return record.timestamp();
    }
    long time = Math.max(partitionTime, 0);
    LOG.warn("{}-{}@{}: the record has no timestamp ({}); taken as of its partition's time, {}", record.topic(),
        record.partition(), record.offset(), record.timestamp(), time);
    return time;
  }
}
