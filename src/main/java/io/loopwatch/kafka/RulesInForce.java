package io.loopwatch.kafka;

import io.loopwatch.RiskEngine;
import java.util.Objects;

/**
 * The rules the topology's sessions run, replaced when rule files change. Only a rule set that
 * compiled is ever offered; each task switches to it at its next punctuation, rebuilding its
 * sessions and publishing the alerts that changed.
 */
public final class RulesInForce {

  /**
   * An engine and its place in the order of reloads.
   *
   * @param before the rules it replaced, put back if it is refused; null for the first
   */
  record Version(RiskEngine engine, long generation, RiskEngine before) {}

  private volatile Version current;

  public RulesInForce(RiskEngine engine) {
    current = new Version(Objects.requireNonNull(engine, "engine"), 0, null);
  }

  /** Puts a newly compiled rule set in force. */
  public synchronized void offer(RiskEngine engine) {
    current = new Version(Objects.requireNonNull(engine, "engine"), current.generation() + 1, current.engine());
  }

  /**
   * A task found that these rules fail on its facts: unless newer ones came meanwhile, the rules
   * they replaced are put back in force, as a new generation, so that tasks that had switched switch
   * back, and a task that starts later (a rebalance) never builds its sessions with them.
   *
   * @return whether other rules are now in force
   */
  synchronized boolean refuse(Version failed) {
    if (current != failed || failed.before() == null) {
      return current != failed;
    }
    current = new Version(failed.before(), failed.generation() + 1, null);
    return true;
  }

  Version current() {
    return current;
  }
}
