package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UniverseKeyTest {

  @Test
  void theUniverseIsEverythingBeforeTheFirstSlashSoFinancialsKeepTheirs() {
    assertThat(UniverseKey.parse("desk-a/openai/2025-H1")).contains(new UniverseKey("desk-a", "openai/2025-H1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-universe", "/id", "desk-a/", ""})
  void aKeyWithoutBothPartsIsNotAKey(String key) {
    assertThat(UniverseKey.parse(key)).isEmpty();
  }

  @Test
  void aNullKeyIsNotAKey() {
    assertThat(UniverseKey.parse(null)).isEmpty();
  }

  @Test
  void everyFactOfAUniverseGoesToTheSamePartition() {
    int partition = UniversePartitioner.partitionOf("desk-a/nvidia", 12);
    assertThat(UniversePartitioner.partitionOf("desk-a/openai-oracle-cloud-2025-09", 12)).isEqualTo(partition);
    assertThat(UniversePartitioner.partitionOf("desk-a/openai/2025-H1", 12)).isEqualTo(partition);
    assertThat(new UniversePartitioner().partitions("t", "desk-a/x", null, 12)).contains(java.util.Set.of(partition));
  }
}
