package io.loopwatch.bench;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 4, incremental: one {@code update} in a live session holding a whole generated data set,
 * until the alert delta has been delivered ({@code update} returns after the listener has heard
 * it). Each update cancels or restores a deal on a planted loop, so each one breaks or closes a
 * loop; the baseline does the same to its stateful session and fires. Every operation is sampled,
 * for the median and the 99th percentile.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IncrementalBench {

  /** Deals toggled in turn; a few, so that no one loop's state is cached between its updates. */
  static final int TOGGLED_LOOPS = 8;

  @State(Scope.Benchmark)
  public static class Loopwatch {
    @Param("")
    public String data;

    RiskSession session;
    List<Fact> changes;
    int next;
    long updates;
    long deltas;

    @Setup(Level.Trial)
    public void open() throws Exception {
      FactSet facts = BenchData.load(data);
      changes = BenchData.loopToggles(data, facts, TOGGLED_LOOPS);
      RiskEngine engine = RiskEngine.builder().rules(Path.of("rules")).build();
      session = engine.newSession(new AlertListener() {
        @Override public void onRaised(Alert alert) { deltas++; }
        @Override public void onUpdated(Alert before, Alert after) { deltas++; }
        @Override public void onCleared(Alert alert) { deltas++; }
      }, BenchData.AS_OF);
      session.insertAll(facts);
      deltas = 0;
    }

    @TearDown(Level.Trial)
    public void close() {
      // Shown in the JMH log: evidence that the updates really changed alerts.
      System.out.printf("loopwatch: %d updates, %d alert changes heard%n", updates, deltas);
      session.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Baseline {
    @Param("")
    public String data;

    NaiveLoops.Live live;
    List<Fact> changes;
    int next;
    long updates;
    long firings;

    @Setup(Level.Trial)
    public void open() throws Exception {
      FactSet facts = BenchData.load(data);
      changes = BenchData.loopToggles(data, facts, TOGGLED_LOOPS);
      live = NaiveLoops.compile().open(facts);
    }

    @TearDown(Level.Trial)
    public void close() {
      System.out.printf("baseline: %d updates, %d rule firings%n", updates, firings);
      live.close();
    }
  }

  @Benchmark
  public void loopwatch(Loopwatch state) throws Exception {
    Fact change = state.changes.get(state.next);
    state.next = (state.next + 1) % state.changes.size();
    state.updates++;
    state.session.update(change);
  }

  @Benchmark
  public int baseline(Baseline state) {
    Fact change = state.changes.get(state.next);
    state.next = (state.next + 1) % state.changes.size();
    state.updates++;
    int fired = state.live.update(change);
    state.firings += fired;
    return fired;
  }
}
