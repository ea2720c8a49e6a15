package io.loopwatch.watch;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.RuleExecutionException;
import io.loopwatch.diff.AlertSnapshot;
import io.loopwatch.diff.RunDiff;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.suppress.Suppression;
import io.loopwatch.suppress.SuppressionOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The logic of watch mode, apart from files and threads: each round reloads the rules if a rule
 * file changed, reloads the facts, evaluates, and compares with the last good round. A broken edit
 * fails the round and keeps the last good rules and alerts, so the next save starts from them: new
 * rules that do not compile, and new rules that fail or run out of time when evaluated, are both
 * set aside until the next rule save.
 */
public final class WatchSession {

  /** The last rules that compiled and evaluated without failing (or the first ones). */
  private RiskEngine engine;
  private final List<Path> factPaths;
  private boolean allowEmpty;
  private final Supplier<LocalDate> asOf;
  private final SuppressionSource suppressions;
  private List<AlertSnapshot> current = List.of();
  private List<String> warnings = List.of();

  /** Where a round reads its suppressions from; read again each round, since the file may change. */
  @FunctionalInterface
  public interface SuppressionSource {
    List<Suppression> read() throws IOException, InvalidInputException;
  }

  /** Accepts fact paths that hold no facts at all, as {@code --allow-empty} asks; set before {@link #start}. */
  public WatchSession allowingEmpty(boolean allow) {
    this.allowEmpty = allow;
    return this;
  }

  public WatchSession(RiskEngine engine, List<Path> factPaths, Supplier<LocalDate> asOf) {
    this(engine, factPaths, asOf, List::of);
  }

  public WatchSession(RiskEngine engine, List<Path> factPaths, Supplier<LocalDate> asOf,
      SuppressionSource suppressions) {
    this.engine = engine;
    this.factPaths = List.copyOf(factPaths);
    this.asOf = asOf;
    this.suppressions = suppressions;
  }

  /** The last good round's warnings about suppressions: expired and stale entries. */
  public List<String> warnings() {
    return warnings;
  }

  /** The first round: everything is new. */
  public WatchRound start() throws IOException {
    return evaluate(engine, false);
  }

  /** A round after these files changed. */
  public WatchRound refresh(Collection<Path> changed) throws IOException {
    boolean rulesChanged = changed.stream().anyMatch(this::isRuleFile);
    RiskEngine rules = engine;
    if (rulesChanged) {
      try {
        rules = engine.recompiled();
      } catch (InvalidInputException e) {
        return new WatchRound(null, e.diagnostics(), false);
      }
    }
    return evaluate(rules, rulesChanged);
  }

  /** The alerts of the last good round. */
  public List<AlertSnapshot> current() {
    return current;
  }

  /**
   * A round with these rules. They stay in force if they compiled and the round's failure, if any,
   * is the facts' or the suppressions'; rules that fail while evaluating (a rule that throws, fires
   * without end or runs out of time) are set aside.
   */
  private WatchRound evaluate(RiskEngine rules, boolean reloaded) throws IOException {
    Report report;
    SuppressionOutcome suppression;
    try {
      Report evaluated = rules.evaluate(allowEmpty ? FactFiles.loadAllowingEmpty(factPaths) : FactFiles.load(factPaths), asOf.get());
      suppression = SuppressionOutcome.apply(evaluated, suppressions.read(), evaluated.asOf());
      report = suppression.report();
    } catch (InvalidInputException e) {
      engine = rules;
      return new WatchRound(null, e.diagnostics(), reloaded);
    } catch (RuleExecutionException e) {
      return new WatchRound(null, List.of(problemOf(e)), false);
    }
    engine = rules;
    List<AlertSnapshot> next = report.alerts().stream().map(AlertSnapshot::of).toList();
    RunDiff diff = RunDiff.between(current, next);
    current = next;
    warnings = suppression.warnings();
    return new WatchRound(diff, List.of(), reloaded);
  }

  /** The failure as a diagnostic at the rule's file and line; the message names them already, so they are said once. */
  private static Diagnostic problemOf(RuleExecutionException e) {
    if (e.rule() == null) {
      return new Diagnostic(null, 0, 0, "", e.getMessage());
    }
    String where = e.rule().file() + ":" + e.rule().line() + ": ";
    String message = e.getMessage().startsWith(where) ? e.getMessage().substring(where.length()) : e.getMessage();
    return new Diagnostic(e.rule().file(), e.rule().line(), 0, "", message);
  }

  private boolean isRuleFile(Path path) {
    Path rules = engine.rulesDirectory().toAbsolutePath().normalize();
    Path file = path.toAbsolutePath().normalize();
    String name = file.getFileName().toString();
    return file.startsWith(rules) && (name.endsWith(".drl") || name.equals("thresholds.yaml"));
  }
}
