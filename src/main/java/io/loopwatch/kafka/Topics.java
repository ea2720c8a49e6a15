package io.loopwatch.kafka;

import java.util.List;

/**
 * The topics of the service.
 *
 * @param facts fact changes in: key {@code universe/factId}, value one fact as JSON, null to retract
 * @param deltas alert deltas out: raised, updated, cleared, with the whole alert
 * @param alerts the current alerts, compacted: key {@code universe/alertKey}, null when cleared
 * @param deadLetters changes that could not be applied, with the diagnostics
 */
public record Topics(String facts, String deltas, String alerts, String deadLetters) {

  public static final Topics DEFAULT =
      new Topics("loopwatch-facts", "loopwatch-alert-deltas", "loopwatch-alerts", "loopwatch-dead-letters");

  public List<String> all() {
    return List.of(facts, deltas, alerts, deadLetters);
  }
}
