package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.RuleInfo;
import io.loopwatch.derived.Derived;
import io.loopwatch.derived.FromScratch;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.ChipHub;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.rules.AsOf;
import io.loopwatch.rules.Finding;
import io.loopwatch.sandbox.Deadline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluation: a fresh session over the compiled rules, the facts and the loops found in them,
 * fired to completion (or to the firing limit), then thrown away.
 */
public final class Evaluation {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  /** How the executable model reports a condition that threw: the constraint, then the rules (sorted) and their file. */
  private static final Pattern EVALUATING_CONSTRAINT =
      Pattern.compile("Error evaluating constraint '(.*?)' in \\[Rule \"(.*?)\"(?:, \".*?\")* in (.*?)]");

  private Evaluation() {}

  /**
   * Evaluates within a time limit, on a worker thread (see {@link TimeLimit}).
   *
   * @throws io.loopwatch.EvaluationTimeoutException if the limit passes first, naming the rule that was running
   */
  public static Report run(CompiledRules rules, FactSet facts, LocalDate asOf, LoopFinder finder, int firingLimit,
      Duration timeout) {
    return run(rules, facts, asOf, finder, firingLimit, timeout, List.of());
  }

  /**
   * As {@link #run(CompiledRules, FactSet, LocalDate, LoopFinder, int, Duration)}, with facts the
   * engine worked out beside the given ones (a stress scenario's outcome) inserted for the rules.
   */
  public static Report run(CompiledRules rules, FactSet facts, LocalDate asOf, LoopFinder finder, int firingLimit,
      Duration timeout, List<?> computed) {
    FiringGuard guard = new FiringGuard();
    return TimeLimit.run(timeout, () -> rules.info(guard.current()),
        () -> run(rules, facts, asOf, finder, firingLimit, guard, computed));
  }

  private static Report run(CompiledRules rules, FactSet facts, LocalDate asOf, LoopFinder finder, int firingLimit,
      FiringGuard guard, List<?> computed) {
    long started = System.nanoTime();
    // Most derived facts need no loops: they are worked out on a second core while loops are found.
    CompletableFuture<FromScratch> deriving = InBackground.supply("loopwatch-derive",
        () -> FromScratch.of(facts.all().toList()));
    List<Loop> loops = finder.find(facts);
    long found = System.nanoTime();
    List<Finding> findings = findings(rules, facts, asOf, firingLimit, guard, loops, deriving, computed);
    LOG.debug("{} facts: {} loops found in {} ms; rules fired in {} ms", facts.size(), loops.size(),
        (found - started) / 1_000_000, (System.nanoTime() - found) / 1_000_000);
    // After the session is gone: explaining builds every alert, and on a large network the memory
    // Drools held is what makes room for them.
    long explaining = System.nanoTime();
    Report report = new Report(asOf, alertsOf(findings, rules, facts), loops, facts.size(), rules.rules().size(), facts);
    LOG.debug("{} alerts explained in {} ms", report.alerts().size(), (System.nanoTime() - explaining) / 1_000_000);
    return report;
  }

  /**
   * What the rules find, in a session of its own that is gone when this returns: nothing keeps
   * the memory Drools held, which on a large network is what explaining the alerts needs next.
   */
  private static List<Finding> findings(CompiledRules rules, FactSet facts, LocalDate asOf, int firingLimit,
      FiringGuard guard, List<Loop> loops, CompletableFuture<FromScratch> deriving, List<?> computed) {
    KieSession session = StreamMode.open(rules, asOf);
    try {
      session.addEventListener(guard);
      session.addEventListener(guard.changeCounter);
      long waiting = System.nanoTime();
      FromScratch derivedFromFacts = InBackground.join(deriving);
      deriving.obtrudeValue(null); // its working sets are not needed once the facts are inserted
      LOG.debug("waited {} ms for the derived facts after finding loops", (System.nanoTime() - waiting) / 1_000_000);
      int fired = insertAndFire(session, guard, rules, facts, loops, derivedFromFacts, asOf, firingLimit, computed);
      LOG.debug("rules fired {} times", fired);
      if (fired >= firingLimit) {
        Rule busiest = guard.busiest();
        throw new RuleExecutionException(rules.info(busiest),
            "stopped after " + fired + " firings (the firing limit), " + guard.firingsOf(busiest)
                + " of them by this rule; it probably changes a fact it matches on and fires again", null);
      }
      return session.getObjects(o -> o instanceof Finding).stream().map(Finding.class::cast).toList();
    } finally {
      session.dispose();
    }
  }

  /**
   * Drools evaluates single-fact conditions while facts are inserted, so a faulty condition can
   * fail during insertion as well as during firing; both are the rules' fault, not Loopwatch's.
   */
  private static int insertAndFire(KieSession session, FiringGuard guard, CompiledRules rules, FactSet facts,
      List<Loop> loops, FromScratch derivedFromFacts, LocalDate asOf, int firingLimit, List<?> computed) {
    Object inserting = null;
    try {
      session.insert(new AsOf(asOf));
      // A raw fact no rule matches costs Drools memory and changes nothing; the derived facts say
      // what the rules need of it.
      int raw = 0;
      long insertingRaw = System.nanoTime();
      for (Fact fact : FactOrder.of(facts, fact -> rules.matches(fact.getClass()))) {
        inserting = fact;
        session.insert(fact);
        raw++;
      }
      LOG.debug("{} of {} facts are of a type some rule matches, and went into Drools in {} ms", raw, facts.size(),
          (System.nanoTime() - insertingRaw) / 1_000_000);
      for (Loop loop : loops) {
        inserting = loop;
        session.insert(loop);
      }
      for (ChipHub hub : ChipHub.of(loops)) {
        inserting = hub;
        session.insert(hub);
      }
      long deriving = System.nanoTime();
      List<Derived> derivedFacts = derivedFromFacts.withLoops(loops);
      long inserted = System.nanoTime();
      for (Derived derived : derivedFacts) {
        inserting = derived;
        session.insert(derived);
      }
      LOG.debug("{} derived facts in {} ms, inserted in {} ms", derivedFacts.size(), (inserted - deriving) / 1_000_000,
          (System.nanoTime() - inserted) / 1_000_000);
      for (Object fact : computed) {
        inserting = fact;
        session.insert(fact);
      }
      // Drools holds what it needs of them now; the lists need not outlive the insertion.
      derivedFacts = null;
      derivedFromFacts = null;
      inserting = null;
      return session.fireAllRules(firingLimit);
    } catch (RuntimeException | Deadline.DeadlineExceeded | StackOverflowError e) {
      throw failure(e, guard, rules, inserting);
    }
  }

  /**
   * What a failure while inserting (the fact named, if any) or firing means: the rule at fault and
   * why. Always a rule: the one whose consequence was running; else the one whose condition Drools
   * names; else the one whose generated code the failure passed through; else the one whose
   * matches Drools was filing when it failed inside itself. A failure none of these traces to a
   * rule is not a rule's failure but an internal error ({@link IllegalStateException}).
   */
  static RuntimeException failure(Throwable e, FiringGuard guard, CompiledRules rules, Object inserting) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (guard.current() != null) {
      return new RuleExecutionException(rules.info(guard.current()), "failed while firing: " + cause, cause);
    }
    String on = inserting == null ? "" : " on " + inserting;
    String report = describe(e);
    // The executable model names the constraint and the rules that hold it, more than one if they share it.
    Matcher evaluating = EVALUATING_CONSTRAINT.matcher(report);
    String condition = evaluating.find() ? evaluating.group(1) : "";
    RuleInfo rule = (condition.isEmpty() ? Optional.<RuleInfo>empty()
        : rules.ruleNamed(evaluating.group(2), evaluating.group(3)))
        .or(() -> rules.ruleInStack(e))
        .orElse(null);
    if (rule != null) {
      return new RuleExecutionException(rule, "condition '" + condition + "' failed" + on + ": " + problem(e), e);
    }
    // No condition of a rule failed: Drools failed in its own bookkeeping, on the rule it was matching.
    RuleInfo matching = rules.info(guard.matching());
    if (matching != null) {
      return new RuleExecutionException(matching, "Drools failed inside its own matching" + on
          + ", right after it updated this rule's matches: " + rootCause(e), e);
    }
    return new IllegalStateException("Drools failed" + on + " in no rule it could be traced to: " + rootCause(e), e);
  }

  /** What went wrong in a condition: the innermost exception, by its type and message. */
  private static String problem(Throwable failure) {
    Throwable root = rootCause(failure);
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static Throwable rootCause(Throwable failure) {
    List<Throwable> chain = Causes.of(failure);
    return chain.get(chain.size() - 1);
  }

  /** Every message in the cause chain: Drools wraps the one that names the condition. */
  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t : Causes.of(failure)) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  /**
   * The alerts a session's findings report, one per key (the strongest finding's), most severe
   * first, each made once and explained against the facts: what an evaluation reports. A live
   * session keeps the same view up to date change by change ({@link LiveAlerts}).
   */
  /** Each alert is made on its own (on every core, for a large network), then all are put in order. */
  static List<Alert> alertsOf(List<Finding> findings, CompiledRules rules, FactSet facts) {
    Collection<Finding> strongest = strongestPerKey(findings);
    Set<String> cited = new HashSet<>();
    strongest.forEach(finding -> cited.addAll(finding.facts()));
    FactSummaries summaries = FactSummaries.of(facts, cited);
    AlertMaker maker = new AlertMaker(rules);
    return strongest.parallelStream().map(f -> maker.alertOf(f, summaries))
        .sorted(AlertOrder.MOST_SEVERE_FIRST).toList();
  }

  /** Two firings can describe the same thing (one loop seen from two matches); keep the most severe. */
  private static Collection<Finding> strongestPerKey(List<Finding> findings) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    findings.stream().sorted(AlertOrder.STRONGEST_FIRST).forEach(f -> byKey.putIfAbsent(f.key(), f));
    return byKey.values();
  }
}
