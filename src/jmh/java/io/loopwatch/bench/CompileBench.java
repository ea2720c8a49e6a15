package io.loopwatch.bench;

import io.loopwatch.RiskEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
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
 * Figure 5, compile: building a {@link RiskEngine} from a rules directory (the bundled rules, or
 * {@code generated-N}: N rules from {@link GeneratedRules}), against a plain {@code KieBuilder}
 * building the baseline's DRL (for {@code bundled}: naive-loops.drl; for {@code generated-N}: the
 * same N rules). One build per measurement, in a JVM that has built before (the warm-up builds);
 * the first build in a fresh JVM is part of the cold-start figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CompileBench {

  @Param({"bundled", "generated-1000"})
  public String ruleSet;

  private Path rules;
  private Map<String, String> baselineDrl;

  @Setup(Level.Trial)
  public void writeRules() throws Exception {
    if (ruleSet.equals("bundled")) {
      rules = Path.of("rules");
      baselineDrl = Map.of("naive-loops.drl", NaiveLoops.drl());
    } else if (ruleSet.startsWith("generated-")) {
      rules = Files.createTempDirectory("loopwatch-bench-rules");
      GeneratedRules.write(Integer.parseInt(ruleSet.substring("generated-".length())), rules);
      baselineDrl = GeneratedRules.drlFiles(rules);
    } else {
      throw new IllegalArgumentException("ruleSet: expected 'bundled' or 'generated-N', got '" + ruleSet + "'");
    }
  }

  @TearDown(Level.Trial)
  public void deleteGeneratedRules() throws Exception {
    if (!ruleSet.equals("bundled")) {
      try (var files = Files.list(rules)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(rules);
    }
  }

  @Benchmark
  public RiskEngine loopwatch() throws Exception {
    return RiskEngine.builder().rules(rules).build();
  }

  @Benchmark
  public KieBase baseline() {
    return NaiveLoops.PlainBuilder.build(baselineDrl);
  }
}
