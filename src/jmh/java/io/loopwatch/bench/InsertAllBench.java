package io.loopwatch.bench;

import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
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
 * Figure 4, live session: {@code session.insertAll(facts)} of a whole generated data set into a new
 * live session, until it returns (rules fired, alerts delivered to the listener). One call per
 * iteration, each into a session of its own, opened beforehand; the baseline inserts the same facts
 * into a new stateful session of its rules and fires.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class InsertAllBench {

  @State(Scope.Benchmark)
  public static class Loopwatch {
    @Param("")
    public String data;

    FactSet facts;
    RiskEngine engine;
    RiskSession session;

    @Setup(Level.Trial)
    public void load() throws Exception {
      facts = BenchData.load(data);
      engine = RiskEngine.builder().rules(Path.of("rules")).build();
    }

    @Setup(Level.Iteration)
    public void open() {
      session = engine.newSession(new AlertListener() {}, BenchData.AS_OF);
    }

    @TearDown(Level.Iteration)
    public void close() {
      session.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Baseline {
    @Param("")
    public String data;

    FactSet facts;
    NaiveLoops naive;
    NaiveLoops.Live live;

    @Setup(Level.Trial)
    public void load() throws Exception {
      facts = BenchData.load(data);
      naive = NaiveLoops.compile();
    }

    @TearDown(Level.Iteration)
    public void close() {
      if (live != null) {
        live.close();
        live = null;
      }
    }
  }

  @Benchmark
  public RiskSession loopwatch(Loopwatch state) throws Exception {
    state.session.insertAll(state.facts);
    return state.session;
  }

  @Benchmark
  public NaiveLoops.Live baseline(Baseline state) {
    state.live = state.naive.open(state.facts);
    return state.live;
  }
}
