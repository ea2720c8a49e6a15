package io.loopwatch.kafka;

import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.watch.FileChanges;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules directory, as {@code watch} does, and puts each rule set that compiles in force;
 * one that does not is logged with its diagnostics and never applied, and the running rules stay.
 */
public final class RuleReloads implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleReloads.class);

  private final Thread thread;
  private final FileChanges changes;

  private RuleReloads(Thread thread, FileChanges changes) {
    this.thread = thread;
    this.changes = changes;
  }

  /** Starts watching {@code engine}'s rules directory on a daemon thread. */
  public static RuleReloads start(RiskEngine engine, RulesInForce rules, Duration quiet) throws IOException {
    FileChanges changes = new FileChanges(List.of(engine.rulesDirectory()));
    Thread thread = new Thread(() -> watch(engine, rules, changes, quiet), "loopwatch-rule-reloads");
    thread.setDaemon(true);
    thread.start();
    return new RuleReloads(thread, changes);
  }

  private static void watch(RiskEngine first, RulesInForce rules, FileChanges changes, Duration quiet) {
    RiskEngine current = first;
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = changes.await(quiet);
        if (changed.stream().noneMatch(RuleReloads::isRuleFile)) {
          continue;
        }
        try {
          current = current.recompiled();
          rules.offer(current);
          LOG.info("rules reloaded from {}; each task switches at its next punctuation", current.rulesDirectory());
        } catch (InvalidInputException e) {
          e.diagnostics().forEach(d -> LOG.error("{}", d.toStringWithCode()));
          LOG.error("{} problem(s) in the rules; they were not applied, the running rules stay in force",
              e.diagnostics().size());
        } catch (IOException e) {
          LOG.error("cannot read the rules; the running rules stay in force: {}", e.getMessage());
        }
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isRuleFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".drl") || name.equals("thresholds.yaml");
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    changes.close();
  }
}
