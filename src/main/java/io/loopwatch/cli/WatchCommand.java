package io.loopwatch.cli;

import io.loopwatch.RiskEngine;
import io.loopwatch.diff.AlertChange;
import io.loopwatch.diff.DiffText;
import io.loopwatch.watch.FileChanges;
import io.loopwatch.watch.WatchRound;
import io.loopwatch.watch.WatchSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loopwatch watch}: re-evaluate whenever a rule or fact file changes, and show what changed. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Re-evaluate when a rule or fact file changes; print only the alerts new, changed and gone."
        + " A broken edit shows its errors and keeps the previous rules and results. Ctrl-C ends it.")
final class WatchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date rules measure time from (default: today).")
  LocalDate asOf;

  @Mixin
  SuppressionOptions suppressions;

  /** Per round: a round that runs out shows the error and keeps the last good rules and results. */
  @Mixin
  TimeoutOption timeout;

  @Option(names = "--quiet-ms", paramLabel = "MS", defaultValue = "300",
      description = "How long files must stay unchanged before a round runs, in ms (default: ${DEFAULT-VALUE}).")
  long quietMillis;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RiskEngine engine = timeout.applyTo(RulesCacheDirectory.engineBuilder().rules(input.rules)).build();
    WatchSession session = new WatchSession(engine, input.facts, () -> asOf != null ? asOf : LocalDate.now(),
        () -> suppressions.entries(input.rules)).allowingEmpty(input.allowEmpty);
    List<Path> watched = new ArrayList<>(input.facts);
    watched.add(input.rules);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = stopOnCtrlC(Thread.currentThread(), stopped);
    try (FileChanges changes = new FileChanges(watched)) {
      show(session.start(), session, out, err, true);
      out.println("watching " + input.rules + " and " + input.facts + "; Ctrl-C to stop");
      out.flush();
      // A report nobody can read (a closed pipe, a full disk) ends watching; Main says why.
      while (!Thread.currentThread().isInterrupted() && !out.checkError()) {
        Set<Path> changed = changes.await(Duration.ofMillis(quietMillis));
        show(session.refresh(changed), session, out, err, false);
      }
    } catch (InterruptedException | CancellationException stop) {
      // Ctrl-C, while waiting for a change or in the middle of a round (the round's worker is left behind).
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and waits for this thread to finish.
      }
    }
    out.println("stopped watching");
    out.flush();
    stopped.countDown();
    return ExitCode.OK;
  }

  /**
   * Ctrl-C shuts the JVM down without interrupting anyone; the hook interrupts the watching thread
   * and gives it a moment to close its watch service and say it stopped. The thread answers at once
   * even in the middle of a runaway round, since the round's rules run on a worker thread (a
   * daemon, which never holds the JVM up) and the watching thread only waits for it; a thread that
   * does not answer (compiling rules, say) delays the exit by two seconds at most.
   */
  private static Thread stopOnCtrlC(Thread watching, CountDownLatch stopped) {
    Thread hook = new Thread(() -> {
      watching.interrupt();
      try {
        stopped.await(2, TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        // Shutting down anyway.
      }
    }, "loopwatch-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  private static void show(WatchRound round, WatchSession session, PrintWriter out, PrintWriter err, boolean first) {
    if (round.failed()) {
      round.problems().forEach(d -> err.println(d.toStringWithCode()));
      err.println(round.problems().size() + " problem(s); " + (round.rulesReloaded()
          ? "the new rules are in force but this round failed; showing the previous results."
          : "keeping the previous rules and results.") + " Waiting for the next save.");
      err.flush();
      return;
    }
    session.warnings().forEach(err::println);
    err.flush();
    if (round.rulesReloaded()) {
      out.println("rules reloaded");
    }
    if (first) {
      out.println(round.diff().of(AlertChange.Kind.NEW).size() + " alert(s)");
    } else if (round.diff().isEmpty()) {
      out.println("no change in alerts");
    } else {
      DiffText.write(round.diff(), out);
    }
    out.flush();
  }
}
