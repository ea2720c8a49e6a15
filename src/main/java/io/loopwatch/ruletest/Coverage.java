package io.loopwatch.ruletest;

import io.loopwatch.RuleInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cases make each rule fire. A rule no case fires is a rule nobody has seen work.
 *
 * @param casesByRule every rule id, in rule-file order, with the names of the cases that fire it
 */
public record Coverage(Map<String, List<String>> casesByRule) {

  public static Coverage of(List<RuleInfo> rules, List<CaseResult> results) {
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    rules.forEach(rule -> byRule.put(rule.id(), new ArrayList<>()));
    for (CaseResult result : results) {
      result.alerts().stream().map(a -> a.rule()).distinct()
          .filter(byRule::containsKey)
          .forEach(rule -> byRule.get(rule).add(result.testCase().name()));
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    byRule.forEach((rule, cases) -> frozen.put(rule, List.copyOf(cases)));
    return new Coverage(Collections.unmodifiableMap(frozen));
  }

  public List<String> uncovered() {
    return casesByRule.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  public int coveredCount() {
    return casesByRule.size() - uncovered().size();
  }
}
