package io.loopwatch.watch;

import io.loopwatch.Diagnostic;
import io.loopwatch.diff.RunDiff;
import java.util.List;

/**
 * What one round of watching found: either the alerts that changed, or the problems that kept the
 * round from running (the previous rules and results stay in force).
 *
 * @param diff null when the round failed
 * @param problems empty when the round ran
 * @param rulesReloaded whether the rules were compiled again this round
 */
public record WatchRound(RunDiff diff, List<Diagnostic> problems, boolean rulesReloaded) {

  public WatchRound {
    problems = List.copyOf(problems);
  }

  public boolean failed() {
    return diff == null;
  }
}
