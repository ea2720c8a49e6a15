package io.loopwatch;

import io.loopwatch.engine.CompiledRules;
import io.loopwatch.engine.Evaluation;
import io.loopwatch.engine.LiveSession;
import io.loopwatch.engine.RuleCompiler;
import io.loopwatch.engine.RulesCache;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.sandbox.RulePolicy;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioRun;
import io.loopwatch.stress.Shock;
import io.loopwatch.stress.StressModel;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.SweepResult;
import io.loopwatch.stress.WhatIf;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Loopwatch engine: compiled rules, ready to evaluate fact sets. Compiling is the expensive
 * part (seconds), so build one engine and reuse it; each {@link #evaluate} runs in its own session
 * and is safe to call from several threads at once.
 *
 * <pre>
 * RiskEngine engine = RiskEngine.builder().rules(Path.of("rules")).build();
 * Report report = engine.evaluate(FactFiles.load(Path.of("facts")));
 * </pre>
 */
public final class RiskEngine {


  /** Replaced whole by {@link #reload()}; each evaluation reads it once and keeps that rule set. */
  private volatile CompiledRules rules;
  private final Path rulesDirectory;
  private final RulesCache cache;
  private final RulePolicy policy;
  private final LoopFinder loopFinder;
  private final int firingLimit;
  private final Clock clock;
  private final Duration timeout;
  /** Run beside the rules so that they can alert on its outcome; null for none. */
  private final ScenarioRun scenario;

  private RiskEngine(CompiledRules rules, Path rulesDirectory, RulesCache cache, RulePolicy policy,
      LoopFinder loopFinder, int firingLimit, Clock clock, Duration timeout, ScenarioRun scenario) {
    this.rules = rules;
    this.rulesDirectory = rulesDirectory;
    this.cache = cache;
    this.policy = policy;
    this.loopFinder = loopFinder;
    this.firingLimit = firingLimit;
    this.clock = clock;
    this.timeout = timeout;
    this.scenario = scenario;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Evaluates the facts as of today. */
  public Report evaluate(FactSet facts) throws InvalidInputException {
    return evaluate(facts, LocalDate.now(clock));
  }

  /**
   * Evaluates the world as it stood on a date: facts announced (events dated) after it are left
   * out, as {@link AsOfFilter} describes, and rules that measure time (a pledge past its expected
   * close) measure it from this date. The rules' clock stands at this date, so the same facts on the
   * same date give the same alerts on any day.
   *
   * @throws InvalidInputException if the facts refer to companies or deals that do not exist
   * @throws EvaluationTimeoutException if the evaluation takes longer than the time limit
   *     ({@link Builder#timeout}); a subclass of the next
   * @throws RuleExecutionException if a rule fails or exceeds the firing limit
   */
  public Report evaluate(FactSet facts, LocalDate asOf) throws InvalidInputException {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    FactChecks.requireValid(facts);
    FactSet then = AsOfFilter.apply(facts, asOf);
    List<?> computed = scenario == null ? List.of() : scenario.impacts(then, asOf);
    return Evaluation.run(rules, then, asOf, loopFinder, firingLimit, timeout, computed);
  }

  /**
   * A what-if on the world as it stood on a date: the scenario's shocks land on the deal web and
   * Eisenberg–Noe clearing says who is not paid, how much, and along which path (see {@link
   * io.loopwatch.stress.ObligationRule} for what counts as an obligation). No rules run.
   *
   * @throws InvalidInputException if the facts are invalid or the scenario names a company or deal
   *     the facts do not hold
   */
  public StressResult stress(FactSet facts, Scenario scenario, LocalDate asOf) throws InvalidInputException {
    return stress(facts, scenario, asOf, StressModel.CLEARING);
  }

  /** {@link #stress(FactSet, Scenario, LocalDate)} under the model given. */
  public StressResult stress(FactSet facts, Scenario scenario, LocalDate asOf, StressModel model)
      throws InvalidInputException {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    FactChecks.requireValid(facts);
    return WhatIf.run(facts, scenario, asOf, model);
  }

  /**
   * Every company on a money loop (found as the loop rules find them, up to the engine's longest
   * loop) takes the same shock alone, and the companies are ranked by the systemic impact of theirs:
   * which failure would hurt most.
   */
  public SweepResult sweep(FactSet facts, LocalDate asOf, Shock.Kind kind, double value, StressModel model)
      throws InvalidInputException {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    FactChecks.requireValid(facts);
    return WhatIf.sweep(facts, asOf, kind, value, model, loopFinder);
  }

  /**
   * Opens a live session at today's date (from the engine's clock), empty; see {@link RiskSession}.
   * Sessions are independent of each other and of {@link #evaluate} calls.
   */
  public RiskSession newSession(AlertListener listener) {
    return newSession(listener, LocalDate.now(clock));
  }

  /** Opens a live session that sees the world as of a date; {@link RiskSession#advanceTo} moves it on. */
  public RiskSession newSession(AlertListener listener, LocalDate asOf) {
    Objects.requireNonNull(listener, "listener");
    LiveSession.Recompute stress = scenario == null ? null : scenario::impactsOnceKnown;
    return new RiskSession(LiveSession.open(rules, loopFinder, firingLimit, timeout, asOf, stress), listener);
  }

  /**
   * Compiles the rules directory again and swaps the new rule set in atomically. If the rules do
   * not compile, the old ones stay active and the problems are thrown; nothing is ever evaluated
   * on a half-built rule set. Evaluations already running finish with the rules they started with.
   */
  public synchronized void reload() throws IOException, InvalidInputException {
    rules = RuleCompiler.compile(rulesDirectory, cache, policy);
  }

  /**
   * A new engine with this one's settings and the rules compiled again from its directory; this
   * engine is left as it is, so a caller can try the new rules before dropping the old ones (watch
   * mode keeps the last rules that evaluated without failing).
   */
  public RiskEngine recompiled() throws IOException, InvalidInputException {
    return new RiskEngine(RuleCompiler.compile(rulesDirectory, cache, policy), rulesDirectory, cache, policy, loopFinder,
        firingLimit, clock, timeout, scenario);
  }

  /**
   * This engine's rules with a stress scenario run beside them: before each evaluation, and in a
   * live session after each change, the scenario runs on the facts of the day and its outcome
   * ({@link io.loopwatch.stress.StressImpact}, one per company hurt) goes into the session, where
   * rules such as {@code contagion-exposure} alert on it. Nothing is compiled again.
   *
   * @param run the scenario and its model, or null for none
   */
  public RiskEngine withScenario(ScenarioRun run) {
    return new RiskEngine(rules, rulesDirectory, cache, policy, loopFinder, firingLimit, clock, timeout, run);
  }

  /** The directory the rules are compiled from. */
  public Path rulesDirectory() {
    return rulesDirectory;
  }

  /** The compiled rules with their metadata, in file order. */
  public List<RuleInfo> rules() {
    return rules.rules();
  }

  /** Configures and compiles an engine. */
  public static final class Builder {
    /**
     * Far above what the bundled rules need (one firing per alert raised, a few thousand on a
     * million deals), low enough that a rule re-triggering itself is stopped within a minute.
     */
    public static final int DEFAULT_FIRING_LIMIT = 1_000_000;

    /**
     * Minutes beyond what the bundled rules need on a million deals (seconds), short enough that a
     * rule stuck in a loop is reported while someone is still waiting for the answer.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private Path rulesDirectory = Path.of("rules");
    private RulesCache cache = RulesCache.none();
    private RulePolicy policy = RulePolicy.standard();
    private int maxLoopLength = LoopFinder.DEFAULT_MAX_LENGTH;
    private int firingLimit = DEFAULT_FIRING_LIMIT;
    private Clock clock = Clock.systemDefaultZone();
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    /** The directory whose {@code *.drl} files (and {@code thresholds.yaml}) make the rule set. */
    public Builder rules(Path directory) {
      this.rulesDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Keeps compiled rule sets in this directory, so that a later engine (in this process or
     * another) whose rule files have not changed loads them in a fraction of the time compiling
     * takes. Entries are keyed by the rules' content and the Drools and Loopwatch builds; problems
     * with the directory only mean compiling as without a cache. Default: no cache.
     */
    public Builder compiledRulesCache(Path directory) {
      this.cache = RulesCache.in(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * {@link #compiledRulesCache(Path)}, also keeping each rule set's code as the sandbox verified
     * and instrumented it, sealed with an HMAC under the secret key in {@code sealKey} (32 random
     * bytes, made owner-only on first use). A later engine with the same key defines that code
     * without verifying it again, most of what loading cached rules costs; code whose seal does not
     * hold (another key, another policy, a changed byte) is verified as without a seal. Keep the key
     * where nobody who can write the cache can read it, never inside the cache directory; a key file
     * that others may read or write is not used.
     */
    public Builder compiledRulesCache(Path directory, Path sealKey) {
      this.cache = RulesCache.in(Objects.requireNonNull(directory, "directory"))
          .sealedWith(Objects.requireNonNull(sealKey, "sealKey"));
      return this;
    }

    /**
     * What rule code may call. Every compiled rule set is verified against it before any of it
     * runs, and refused (LW501, with the file and line of each offending call) if it calls anything
     * else. Default: {@link RulePolicy#standard()}; widen it only with code you have reviewed, for
     * example {@code RulePolicy.standard().allowing("com.acme.risk.Prices")}.
     */
    public Builder rulePolicy(RulePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The longest loop, in companies, the engine looks for. At least 2; default 4. */
    public Builder maxLoopLength(int companies) {
      if (companies < 2) {
        throw new IllegalArgumentException("maxLoopLength must be at least 2, was " + companies);
      }
      this.maxLoopLength = companies;
      return this;
    }

    /** How many rule firings one evaluation may take before it is stopped as a runaway. */
    public Builder firingLimit(int firings) {
      if (firings < 1) {
        throw new IllegalArgumentException("firingLimit must be positive, was " + firings);
      }
      this.firingLimit = firings;
      return this;
    }

    /**
     * The longest one evaluation, or one change of a live session, may take (wall-clock); past it,
     * {@link EvaluationTimeoutException} names the rule that was running. The work runs on a worker
     * thread, and the caller gets the timeout at the limit plus a second even if rule code never
     * returns; such a runaway thread cannot be stopped from outside and may keep a core busy until
     * it ends or the JVM exits (it never keeps the JVM alive). Positive; default 5 minutes.
     */
    public Builder timeout(Duration limit) {
      this.timeout = TimeLimits.requirePositive(Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /** The clock that decides "today" for {@link RiskEngine#evaluate(FactSet)}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Compiles the rules.
     *
     * @throws InvalidInputException with every problem in the rule files, each with file and line
     */
    public RiskEngine build() throws IOException, InvalidInputException {
      return new RiskEngine(RuleCompiler.compile(rulesDirectory, cache, policy), rulesDirectory, cache, policy,
          new LoopFinder(maxLoopLength), firingLimit, clock, timeout, null);
    }
  }
}
