package io.loopwatch.engine;

import io.loopwatch.RuleInfo;
import io.loopwatch.rules.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import org.kie.api.definition.rule.Rule;
import org.kie.api.KieBase;

/** A rule set compiled once, ready for any number of evaluations. */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> byDroolsName, Thresholds thresholds) {

  public CompiledRules {
    byDroolsName = Map.copyOf(byDroolsName);
  }

  /** Every rule, in file and line order. */
  public List<RuleInfo> rules() {
    return byDroolsName.values().stream()
        .sorted(Comparator.comparing((RuleInfo r) -> String.valueOf(r.file())).thenComparingInt(RuleInfo::line))
        .toList();
  }

  /** The metadata of a rule as Drools knows it, or null for a rule without valid metadata. */
  RuleInfo info(Rule rule) {
    return rule == null ? null : byDroolsName.get(droolsName(rule));
  }

  /** Rule names are unique within a DRL package, not across them. */
  static String droolsName(Rule rule) {
    return rule.getPackageName() + "|" + rule.getName();
  }

  boolean declaresThresholdsGlobal() {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals("thresholds"));
  }
}
