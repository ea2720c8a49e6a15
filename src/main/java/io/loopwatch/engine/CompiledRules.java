package io.loopwatch.engine;

import io.loopwatch.RuleInfo;
import io.loopwatch.rules.Thresholds;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.impl.InternalRuleBase;
import org.drools.modelcompiler.util.StringUtil;
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
  private final GeneratedRuleClasses generated;
  /** The rules by {@code package|name} as the executable model encodes the name in its methods. */
  private final Map<String, RuleInfo> byEncodedName = new HashMap<>();
  private final Map<Class<?>, Boolean> matchedTypes = new ConcurrentHashMap<>();

  CompiledRules(KieBase kieBase, Map<String, RuleInfo> byDroolsName, Thresholds thresholds,
      GeneratedRuleClasses generated) {
    this.kieBase = kieBase;
    this.byDroolsName = Map.copyOf(byDroolsName);
    this.thresholds = thresholds;
    this.generated = generated;
    byDroolsName.forEach((name, info) -> {
      String[] parts = name.split("\\|", 2);
      byEncodedName.put(parts[0] + "|" + StringUtil.toId(parts[1]), info);
    });
  }

  /** Every rule, in file and line order. */
  public List<RuleInfo> rules() {
    return inFileOrder(byDroolsName.values());
  }

  static List<RuleInfo> inFileOrder(Collection<RuleInfo> rules) {
    return rules.stream()
        .sorted(Comparator.comparing((RuleInfo r) -> String.valueOf(r.file())).thenComparingInt(RuleInfo::line))
        .toList();
  }

  /**
   * The rule whose generated code a failure passed through, innermost first: how a failure outside
   * any firing (a condition evaluated as a fact is inserted, a deadline met there) is put to a rule.
   */
  Optional<RuleInfo> ruleInStack(Throwable failure) {
    for (Throwable t : Causes.of(failure)) {
      for (StackTraceElement frame : t.getStackTrace()) {
        for (String rule : generated.rulesOf(frame.getClassName().replace('.', '/'), frame.getMethodName())) {
          RuleInfo info = byEncodedName.get(rule);
          if (info != null) {
            return Optional.of(info);
          }
        }
      }
    }
    return Optional.empty();
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
   * A rule by the name and resource Drools gives when a condition fails outside any firing; names
   * are unique within a package, so the file tells apart rules of one name in two packages.
   */
  Optional<RuleInfo> ruleNamed(String name, String resource) {
    List<RuleInfo> named = byDroolsName.entrySet().stream()
        .filter(e -> e.getKey().endsWith("|" + name))
        .map(Map.Entry::getValue)
        .toList();
    if (named.size() <= 1) {
      return named.stream().findFirst();
    }
    return named.stream().filter(r -> r.file() != null && r.file().toString().endsWith(resource)).findFirst();
  }

  /** Rule names are unique within a DRL package, not across them. */
  static String droolsName(Rule rule) {
    return rule.getPackageName() + "|" + rule.getName();
  }

  /**
   * True when some rule matches facts of this class, so that inserting them can make a rule
   * fire: a class no pattern matches would only fill Drools' memory. Asked once per class (the
   * answer is kept), from the network Drools built: one node per type the rules match, a supertype
   * (such as {@code Fact}) covering its subtypes.
   */
  boolean matches(Class<?> type) {
    return matchedTypes.computeIfAbsent(type, t -> ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
        .anyMatch(node -> node.getObjectType().isAssignableFrom(t)));
  }

  boolean declaresThresholdsGlobal() {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals("thresholds"));
  }
}
