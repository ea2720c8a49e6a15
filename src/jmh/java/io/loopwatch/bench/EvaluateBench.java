package io.loopwatch.bench;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 3, throughput: {@code engine.evaluate(facts, date)} alone (facts loaded and rules compiled
 * beforehand), against the baseline inserting the same facts into a new session and firing. Time
 * per evaluation; facts per second is the data set's fact count over it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluateBench {

  @State(Scope.Benchmark)
  public static class Loopwatch {
    @Param("")
    public String data;

    RiskEngine engine;
    FactSet facts;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      facts = BenchData.load(data);
      engine = RiskEngine.builder().rules(Path.of("rules")).build();
    }
  }

  @State(Scope.Benchmark)
  public static class Baseline {
    @Param("")
    public String data;

    NaiveLoops naive;
    FactSet facts;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      facts = BenchData.load(data);
      naive = NaiveLoops.compile();
    }
  }

  @Benchmark
  public Report loopwatch(Loopwatch state) throws Exception {
    return state.engine.evaluate(state.facts, BenchData.AS_OF);
  }

  @Benchmark
  public List<String> baseline(Baseline state) {
    return state.naive.find(state.facts);
  }
}
