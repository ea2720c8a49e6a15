package io.loopwatch.engine;

import io.loopwatch.RuleInfo;
import io.loopwatch.rules.Thresholds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * A rule set compiled once, ready for any number of evaluations. Opaque outside this package, so
 * that no Drools type reaches the public API.
 */
public final class CompiledRules {

  private final KieBase kieBase;
  private final Map<String, RuleInfo> byDroolsName;
  private final Thresholds thresholds;
  private final RuleFiles files;

  CompiledRules(KieBase kieBase, Map<String, RuleInfo> byDroolsName, Thresholds thresholds, RuleFiles files) {
    this.kieBase = kieBase;
    this.byDroolsName = Map.copyOf(byDroolsName);
    this.thresholds = thresholds;
    this.files = files;
  }

  /** Every rule, in file and line order. */
  public List<RuleInfo> rules() {
    return byDroolsName.values().stream()
        .sorted(Comparator.comparing((RuleInfo r) -> String.valueOf(r.file())).thenComparingInt(RuleInfo::line))
        .toList();
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** The metadata of a rule as Drools knows it, or null for a rule without valid metadata. */
  RuleInfo info(Rule rule) {
    return rule == null ? null : byDroolsName.get(droolsName(rule));
  }

  /**
   * The rule whose text contains a condition, for failures Drools reports by expression only
   * (conditions are evaluated outside any rule firing).
   */
  Optional<RuleInfo> ruleContaining(String conditionText) {
    // Every text contains the empty one, at its first line: that names no rule.
    if (conditionText.isBlank()) {
      return Optional.empty();
    }
    for (RuleFiles.DrlFile drl : files.files()) {
      int at = drl.text().indexOf(conditionText);
      if (at >= 0) {
        int line = new TextPositions(drl.text()).line(at);
        return rules().stream()
            .filter(r -> drl.path().equals(r.file()) && r.line() <= line)
            .max(Comparator.comparingInt(RuleInfo::line));
      }
    }
    return Optional.empty();
  }

  /**
   * The rule with this DRL name in the file Drools names by its resource name (relative to the
   * rules directory), for failures the executable model reports as {@code in [Rule "name" in file]}.
   */
  Optional<RuleInfo> ruleNamed(String name, String resourceName) {
    return files.files().stream()
        .filter(drl -> drl.relativeName().equals(resourceName)
            || resourceName.endsWith("/" + drl.relativeName()))
        .flatMap(drl -> rules().stream().filter(r -> drl.path().equals(r.file()) && r.name().equals(name)))
        .findFirst();
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
