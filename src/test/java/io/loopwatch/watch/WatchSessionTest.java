package io.loopwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.RiskEngine;
import io.loopwatch.diff.AlertChange;
import io.loopwatch.diff.AlertSnapshot;
import io.loopwatch.suppress.SuppressionFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchSessionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @TempDir
  Path dir;

  private Path rules;
  private Path facts;
  private WatchSession session;

  @BeforeEach
  void copyTheBundledRulesAndFacts() throws Exception {
    rules = copy(Path.of("rules"), dir.resolve("rules"));
    facts = copy(Path.of("facts"), dir.resolve("facts"));
    session = new WatchSession(RiskEngine.builder().rules(rules).build(), List.of(facts), () -> AS_OF);
  }

  @Test
  void aBrokenRuleEditKeepsThePreviousRulesAndResultsAndTheFixShowsTheDiff() throws Exception {
    WatchRound first = session.start();
    Path thresholds = rules.resolve("thresholds.yaml");
    Path rivals = rules.resolve("rival-chips.drl");
    String good = Files.readString(rivals);

    Files.writeString(rivals, good.replace("ChipHub( company == $hub.id )", "ChipHub( compny == $hub.id )"));
    WatchRound broken = session.refresh(Set.of(rivals));

    Files.writeString(rivals, good);
    Files.writeString(thresholds, Files.readString(thresholds)
        .replace("financing-intensity:\n  critical: 0.50\n  high: 0.25", "financing-intensity:\n  critical: 0.15\n  high: 0.15"));
    WatchRound fixed = session.refresh(Set.of(rivals, thresholds));

    assertThat(first.diff().of(AlertChange.Kind.NEW)).hasSize(first.diff().changes().size()).isNotEmpty();
    assertThat(broken.failed()).isTrue();
    assertThat(broken.problems()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.file()).isEqualTo(rivals);
      assertThat(d.message()).contains("compny");
    });
    assertThat(session.current()).hasSize(first.diff().changes().size());
    assertThat(fixed.rulesReloaded()).isTrue();
    assertThat(fixed.diff().of(AlertChange.Kind.CHANGED)).isNotEmpty().allSatisfy(change ->
        assertThat(change.differences()).anyMatch(d -> d.endsWith("→ CRITICAL")));
    assertThat(fixed.diff().of(AlertChange.Kind.NEW)).isEmpty();
  }

  @Test
  void aBrokenFactFileIsReportedAndTheNextGoodSaveShowsOnlyWhatChanged() throws Exception {
    session.start();
    Path file = facts.resolve("ai-industry-2026-02.yaml");
    String good = Files.readString(file);

    Files.writeString(file, good.replaceFirst("status: signed", "status: signd"));
    WatchRound broken = session.refresh(Set.of(file));
    Files.writeString(file, good.replace("product: asic", "product: networking"));
    WatchRound fixed = session.refresh(Set.of(file));

    assertThat(broken.failed()).isTrue();
    assertThat(broken.problems()).singleElement().satisfies(d -> assertThat(d.message()).contains("'signd'"));
    assertThat(fixed.failed()).isFalse();
    assertThat(fixed.rulesReloaded()).isFalse();
    assertThat(fixed.diff().changes()).anyMatch(c -> c.kind() != AlertChange.Kind.UNCHANGED);
  }

  @Test
  void appliesSuppressionsEachRoundSoAnExpiredOneBringsItsAlertBack() throws Exception {
    Path file = rules.resolve("suppressions.yaml");
    Files.writeString(file, "suppressions:\n  - {rule: pledge-cut, reason: known, addedBy: a, until: 2026-12-31}\n");
    WatchSession quiet = new WatchSession(RiskEngine.builder().rules(rules).build(), List.of(facts), () -> AS_OF,
        () -> SuppressionFile.read(file));
    WatchRound first = quiet.start();

    Files.writeString(file, "suppressions:\n  - {rule: pledge-cut, reason: known, addedBy: a, until: 2026-01-31}\n");
    WatchRound expired = quiet.refresh(Set.of(file));

    assertThat(first.diff().changes()).noneMatch(c -> c.key().startsWith("pledge-cut:"));
    assertThat(expired.diff().of(AlertChange.Kind.NEW)).extracting(AlertChange::key)
        .containsExactly("pledge-cut:nvidia-openai-loi-2025-09");
    assertThat(quiet.warnings()).singleElement().asString().contains("expired on 2026-01-31");
  }

  @Test
  void newRulesThatRunOutOfTimeAreSetAsideAndTheNextRoundUsesTheLastGoodRules() throws Exception {
    WatchSession bounded = new WatchSession(RiskEngine.builder().rules(rules).timeout(Duration.ofMillis(200)).build(),
        List.of(facts), () -> AS_OF);
    bounded.start();
    List<AlertSnapshot> good = bounded.current();
    Path spin = rules.resolve("spin.drl");
    Files.writeString(spin, """
        package test.spin;
        import io.loopwatch.facts.Company;

        // Ends by itself after a few seconds, so the test JVM keeps no busy thread.
        function void spinForSeconds(long seconds) {
            java.time.Instant end = java.time.Instant.now().plusSeconds(seconds);
            while (java.time.Instant.now().isBefore(end)) {}
        }

        rule "spins"
            @id("spins") @category("CONTAGION") @severity("LOW") @description("Never returns, as far as anyone waits.")
        when
            $c : Company( id == "openai" )
        then
            spinForSeconds(3);
        end
        """);

    WatchRound timedOut = bounded.refresh(Set.of(spin));
    List<AlertSnapshot> afterTimeout = bounded.current();
    Path file = facts.resolve("ai-industry-2026-02.yaml");
    Files.writeString(file, Files.readString(file).replace("product: asic", "product: networking"));
    WatchRound next = bounded.refresh(Set.of(file));

    assertThat(timedOut.failed()).isTrue();
    assertThat(timedOut.rulesReloaded()).isFalse();
    assertThat(timedOut.problems()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(spin);
      // Said once: the diagnostic's place is not repeated in its message.
      assertThat(d.toString()).startsWith(spin + ":10: rule 'spins': still running when the time limit of 200ms passed");
    });
    assertThat(afterTimeout).isEqualTo(good);
    assertThat(next.failed()).isFalse();
    assertThat(next.diff().changes()).anyMatch(c -> c.kind() != AlertChange.Kind.UNCHANGED);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path source : tree.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }
}
