package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.AS_OF;

import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactSet;
import io.loopwatch.testing.RuleAlerts;

/**
 * Base of the tests of one bundled rule file: evaluates small fact sets with the bundled rules,
 * compiled once for all test classes.
 */
abstract class BundledRulesTest {

  protected Report evaluate(FactSet.Builder facts) throws Exception {
    return engine().evaluate(facts.build(), AS_OF);
  }

  protected static RiskEngine engine() throws Exception {
    return RuleAlerts.bundledRules();
  }
}
