package io.loopwatch.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.testing.RuleAlerts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @TempDir
  Path dir;

  @Test
  void quietsMatchingAlertsUntilTheirDateAndReportsExpiredAndStaleEntries() throws Exception {
    Path file = write("""
        suppressions:
          - rule: pledge-cut
            subjects: [openai, nvidia]
            reason: known since February
            addedBy: analyst-a
            until: 2026-02-05
          - rule: hyperscaler-own-silicon
            reason: reviewed
            addedBy: analyst-b
            until: 2026-02-04
          - subjects: [nobody, at-all]
            reason: what it quieted is gone
            addedBy: analyst-c
            until: 2027-01-01
        """);
    Report report = RuleAlerts.bundledRules().evaluate(FactFiles.load(Path.of("facts")), AS_OF);

    SuppressionOutcome outcome = SuppressionOutcome.apply(report, SuppressionFile.read(file), AS_OF);

    assertThat(outcome.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.alert().key()).isEqualTo("pledge-cut:nvidia-openai-loi-2025-09");
      assertThat(s.by().addedBy()).isEqualTo("analyst-a");
    });
    assertThat(outcome.report().alerts()).hasSize(report.alerts().size() - 1)
        .noneMatch(a -> a.rule().equals("pledge-cut"))
        .anyMatch(a -> a.rule().equals("hyperscaler-own-silicon"));
    assertThat(outcome.expired()).extracting(Suppression::line).containsExactly(7);
    assertThat(outcome.stale()).extracting(Suppression::line).containsExactly(11);
    assertThat(outcome.warnings()).containsExactly(
        file + ":7:5: warning: suppression of hyperscaler-own-silicon expired on 2026-02-04 (added by analyst-b:"
            + " reviewed); its alerts show again",
        file + ":11:5: warning: suppression of any rule [nobody, at-all] matches no alert; remove it if what it"
            + " quieted is gone");
  }

  @Test
  void everyEntryExpiresAndEveryProblemHasItsPosition() throws Exception {
    Path file = write("""
        suppressions:
          - rule: pledge-cut
            reason: forever, please
            addedBy: analyst-a
          - reason: everything
            addedBy: analyst-b
            until: someday
            silence: true
        """);

    List<Diagnostic> problems = catchThrowableOfType(InvalidInputException.class,
        () -> SuppressionFile.read(file)).diagnostics();

    assertThat(problems).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, 5, "suppressions[0].until"),
        org.assertj.core.groups.Tuple.tuple(8, 5, "suppressions[1].silence"),
        org.assertj.core.groups.Tuple.tuple(7, 12, "suppressions[1].until"),
        org.assertj.core.groups.Tuple.tuple(5, 5, "suppressions[1]"));
    assertThat(problems.get(0).message()).contains("nothing is suppressed forever");
  }

  @Test
  void noFileMeansNoSuppressions() throws Exception {
    assertThat(SuppressionFile.read(dir.resolve("absent.yaml"))).isEmpty();
  }

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("suppressions.yaml"), yaml);
  }
}
