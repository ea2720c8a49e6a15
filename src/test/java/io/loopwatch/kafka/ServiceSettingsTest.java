package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {

  @Test
  void theAdminThatCreatesTheTopicsConnectsAsTheStreamsDo() {
    // A secured cluster: without these the admin client cannot connect, and serve waits, then fails.
    ServiceSettings settings = new ServiceSettings("broker:9093", "loopwatch", Topics.DEFAULT, null, Set.of(),
        Path.of("state"), 1, 6, (short) -1, Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"));

    assertThat(settings.adminConfig())
        .containsEntry("bootstrap.servers", "broker:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN");
  }
}
