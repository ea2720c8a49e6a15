package io.loopwatch.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of problem {@code loopwatch check} reports, with a code that stays the same across
 * releases so that CI filters, suppressions and SARIF viewers can rely on it.
 */
public enum CheckCode {
  NO_RULES("LW100", Level.ERROR, "no rule files", "The rules directory is missing or holds no *.drl file."),
  DRL_SYNTAX("LW101", Level.ERROR, "DRL syntax error", "The DRL parser could not read the file."),
  DRL_COMPILE("LW102", Level.ERROR, "rule does not compile", "Java in a consequence or function does not compile."),
  NEVER_FIRES("LW103", Level.ERROR, "rule can never fire",
      "A condition tests a fact type or a field that does not exist, so the rule cannot match."),
  METADATA_MISSING("LW201", Level.ERROR, "rule metadata missing",
      "Every rule declares @id, @category, @severity and @description."),
  METADATA_ID("LW202", Level.ERROR, "malformed rule id", "@id must be kebab-case."),
  METADATA_CATEGORY("LW203", Level.ERROR, "unknown category", "@category must be one of the listed categories."),
  METADATA_SEVERITY("LW204", Level.ERROR, "unknown severity", "@severity must be INFO, LOW, MEDIUM, HIGH or CRITICAL."),
  DUPLICATE_ID("LW205", Level.ERROR, "duplicate rule id", "Two rules share an @id; ids must be unique across files."),
  UNKNOWN_THRESHOLD("LW301", Level.ERROR, "unknown threshold",
      "A rule reads a threshold or grades by a tier set that thresholds.yaml does not define."),
  THRESHOLDS_FILE("LW302", Level.ERROR, "bad thresholds file", "thresholds.yaml is not a map of names to numbers or tier sets."),
  FACT_FILE("LW401", Level.ERROR, "bad fact file", "A fact file given with --facts does not validate."),
  UNSAFE_CALL("LW501", Level.ERROR, "call the rule sandbox refuses",
      "A rule or function uses something outside the rule sandbox's allowlist: files, network, processes,"
          + " threads, reflection, class loading, scripting or the JVM's global state. The compiled rule code is"
          + " checked, so no spelling gets round it; an embedding application may allow more explicitly."),
  UNTESTED_RULE("LW601", Level.WARNING, "rule without a test case", "No *.test.yaml case names this rule."),
  TEST_FILE("LW602", Level.ERROR, "bad rule test file", "A *.test.yaml file does not validate."),
  UNKNOWN_RULE_IN_TEST("LW603", Level.ERROR, "test names an unknown rule", "A test case names a rule id no rule file defines."),
  SUPPRESSION_EXPIRED("LW701", Level.WARNING, "expired suppression",
      "A suppression's until date has passed; its alerts show again. Renew it with a reason, or remove it."),
  SUPPRESSIONS_FILE("LW702", Level.ERROR, "bad suppressions file", "suppressions.yaml does not validate."),
  SUPPRESSION_UNKNOWN_RULE("LW703", Level.ERROR, "suppression names an unknown rule",
      "A suppression names a rule id no rule file defines, so it can never match.");

  /** How serious a problem is; warnings fail {@code check} only with {@code --strict}. */
  public enum Level {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String code;
  private final Level level;
  private final String title;
  private final String description;

  CheckCode(String code, Level level, String title, String description) {
    this.code = code;
    this.level = level;
    this.title = title;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public Level level() {
    return level;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public static Optional<CheckCode> of(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
