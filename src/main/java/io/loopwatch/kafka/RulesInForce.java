package io.loopwatch.kafka;

import io.loopwatch.RiskEngine;
import java.util.Objects;

/**
 * The rules the topology's sessions run, replaced when rule files change. Only a rule set that
 * compiled is ever offered; each task switches to it at its next punctuation, rebuilding its
 * sessions and publishing the alerts that changed.
 */
public final class RulesInForce {

  /** An engine and its place in the order of reloads. */
  record Version(RiskEngine engine, long generation) {}

  private volatile Version current;

  public RulesInForce(RiskEngine engine) {
    current = new Version(Objects.requireNonNull(engine, "engine"), 0);
  }

  /** Puts a newly compiled rule set in force. */
  public synchronized void offer(RiskEngine engine) {
    current = new Version(Objects.requireNonNull(engine, "engine"), current.generation() + 1);
  }

  Version current() {
    return current;
  }
}
