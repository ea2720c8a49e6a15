package io.loopwatch.engine;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.RuleInfo;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import io.loopwatch.rules.AsOf;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation: a fresh session over the compiled rules, the facts and the loops found in them,
 * fired to completion (or to the firing limit), then thrown away.
 */
public final class Evaluation {

  private static final Comparator<Alert> MOST_SEVERE_FIRST = Comparator
      .comparing(Alert::severity, Comparator.reverseOrder())
      .thenComparing(Alert::category)
      .thenComparing(Alert::rule)
      .thenComparing(Alert::key)
      // Same-key alerts can differ in evidence (one loop seen through two matches); pick stably.
      .thenComparing(Alert::message)
      .thenComparing(a -> a.evidence().facts().toString());

  private Evaluation() {}

  public static Report run(CompiledRules rules, FactSet facts, LocalDate asOf, LoopFinder finder, int firingLimit) {
    List<Loop> loops = finder.find(facts);
    KieSession session = rules.kieBase().newKieSession();
    FiringGuard guard = new FiringGuard();
    try {
      session.addEventListener(guard);
      if (rules.declaresThresholdsGlobal()) {
        session.setGlobal("thresholds", rules.thresholds());
      }
      session.insert(new AsOf(asOf));
      facts.all().forEach(session::insert);
      loops.forEach(session::insert);

      int fired = fire(session, guard, rules, firingLimit);
      if (fired >= firingLimit) {
        Rule busiest = guard.busiest();
        throw new RuleExecutionException(info(rules, busiest),
            "stopped after " + fired + " firings (the firing limit), " + guard.firingsOf(busiest)
                + " of them by this rule; it probably changes a fact it matches on and fires again", null);
      }
      List<Alert> alerts = session.getObjects(o -> o instanceof Alert).stream().map(Alert.class::cast).toList();
      return new Report(asOf, strongestPerKey(alerts), loops, facts.size(), rules.rules().size());
    } finally {
      session.dispose();
    }
  }

  private static int fire(KieSession session, FiringGuard guard, CompiledRules rules, int firingLimit) {
    try {
      return session.fireAllRules(firingLimit);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new RuleExecutionException(info(rules, guard.current()),
          "failed while firing: " + cause, cause);
    }
  }

  /** Two firings can describe the same thing (one loop seen from two matches); keep the most severe. */
  private static List<Alert> strongestPerKey(List<Alert> alerts) {
    Map<String, Alert> byKey = new LinkedHashMap<>();
    alerts.stream().sorted(MOST_SEVERE_FIRST).forEach(a -> byKey.putIfAbsent(a.key(), a));
    return byKey.values().stream().sorted(MOST_SEVERE_FIRST).toList();
  }

  private static RuleInfo info(CompiledRules rules, Rule rule) {
    return rules.info(rule);
  }
}
