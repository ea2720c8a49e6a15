package io.loopwatch.kafka;

import java.nio.file.Path;

/** Where a fact change was read: named {@code topic-partition@offset} in its diagnostics. */
record ChangePlace(String topic, int partition, long offset) {

  /** The name diagnostics give the record, in place of a file name. */
  Path asFile() {
    return Path.of(topic + "-" + partition + "@" + offset);
  }
}
