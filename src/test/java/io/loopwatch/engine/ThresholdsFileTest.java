package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loopwatch.Diagnostic;
import io.loopwatch.Severity;
import io.loopwatch.rules.Thresholds;
import io.loopwatch.rules.Tiers.Tier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** thresholds.yaml as the tester broke it: each value checked against the kind its name says. */
class ThresholdsFileTest {

  @TempDir Path rules;

  @Test
  void theBundledThresholdsAreAllValidAndAllRead() throws Exception {
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(Path.of("rules"), problems);
    ThresholdsFile.checkUses(RuleFiles.scan(Path.of("rules")), RuleFiles.scan(Path.of("rules")), thresholds, problems);

    assertThat(problems).isEmpty();
    assertThat(thresholds.names()).contains("loop-usd.high", "customer-concentration.medium", "stalled-grace-days");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "loop-high-usd: -1 | threshold 'loop-high-usd': expected money in USD, 0 to 100 T; found -1",
      "loop-high-usd: 1e400 | threshold 'loop-high-usd': expected money in USD, 0 to 100 T; found 1e400",
      "customer-concentration: 10 | threshold 'customer-concentration': expected a share, 0 to 1 (0.10 = 10 %); found 10",
      "financing-intensity-high: -0.5 | threshold 'financing-intensity-high': expected a share, 0 to 1 (0.10 = 10 %); found -0.5",
      "stalled-grace-days: 1.5 | threshold 'stalled-grace-days': expected whole days, 0 or more; found 1.5, which is not a whole number",
      "stalled-grace-days: -3 | threshold 'stalled-grace-days': expected whole days, 0 or more; found -3",
      "rival-shift-companies: 2.5 | threshold 'rival-shift-companies': expected a whole count, 0 or more; found 2.5, which is not a whole number",
      "commitments-to-revenue-high: -5 | threshold 'commitments-to-revenue-high': expected a multiple, 0 or more (5 = 5x); found -5",
      "diversion-high-gw: -1 | threshold 'diversion-high-gw': expected gigawatts, 0 to 100,000; found -1",
      "loop-weakest-link-floor: 1e-100000000 | threshold 'loop-weakest-link-floor': expected a share, 0 to 1 (0.10 = 10 %) with at most 6 digits after the decimal point; found 1e-100000000"})
  void refusesAValueOutsideItsKindAtItsPosition(String line, String message) throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"), "# tuned\n" + line + "\n");

    assertThat(read()).containsExactly(new Diagnostic(file, 2, line.indexOf(':') + 3, "", message, "LW302"));
  }

  @Test
  void refusesANameThatSaysNoKindListingTheKinds() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"), "loop-big: 5\n");

    assertThat(read()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(file);
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.column()).isEqualTo(1);
      assertThat(d.message()).isEqualTo("threshold 'loop-big' has a name that says no kind; end it with one of:"
          + " -usd (money in USD, 0 to 100 T), -gw (gigawatts, 0 to 100,000),"
          + " -share/-floor/-concentration/-intensity (a share, 0 to 1 (0.10 = 10 %)),"
          + " -multiple/-to-revenue (a multiple, 0 or more (5 = 5x)), -days (whole days, 0 or more),"
          + " -count/-companies/-deals (a whole count, 0 or more)");
    });
  }

  @Test
  void refusesANameGivenTwiceWithBothPlacesAndKeepsTheFirst() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"),
        "loop-high-usd: 10000000000\nloop-medium-usd: 1000000000\nloop-high-usd: 20000000000\n");
    List<Diagnostic> problems = new ArrayList<>();

    Thresholds thresholds = ThresholdsFile.read(rules, problems);

    assertThat(problems).containsExactly(new Diagnostic(file, 3, 1, "", "duplicate threshold 'loop-high-usd';"
        + " first given at line 1, column 1 (remove one: which should win?)", "LW302"));
    assertThat(thresholds.usd("loop-high-usd")).isEqualByComparingTo(new BigDecimal("10000000000"));
  }

  @Test
  void refusesAThresholdNoRuleReads() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"), "loop-high-usd: 10\nloop-hihg-usd: 20\n");
    Files.writeString(rules.resolve("a.drl"), "rule \"x\" when then thresholds.usd(\"loop-high-usd\"); end\n");
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(rules, problems);

    ThresholdsFile.checkUses(RuleFiles.scan(rules), RuleFiles.scan(rules), thresholds, problems);

    assertThat(problems).containsExactly(new Diagnostic(file, 2, 1, "", "threshold 'loop-hihg-usd' is not read"
        + " by any rule (rules read: [loop-high-usd]); remove it or fix its name", "LW302"));
  }

  @Test
  void readsATierSetAsOneThresholdPerTierMostSevereFirst() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  medium: 1000\n  critical: 50000\n  high: 10000\n");
    List<Diagnostic> problems = new ArrayList<>();

    Thresholds thresholds = ThresholdsFile.read(rules, problems);

    assertThat(problems).isEmpty();
    assertThat(thresholds.usd("loop-usd.critical")).isEqualByComparingTo("50000");
    assertThat(thresholds.tiers("loop-usd").tiers()).extracting(Tier::threshold, Tier::severity)
        .containsExactly(tuple("loop-usd.critical", Severity.CRITICAL), tuple("loop-usd.high", Severity.HIGH),
            tuple("loop-usd.medium", Severity.MEDIUM));
    assertThat(thresholds.tierSetNames()).containsExactly("loop-usd");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "loop-usd:\\n  hgh: 10\\n | 2 | 3 | unknown tier 'hgh' in tier set 'loop-usd'; expected one of: critical, high, medium, low",
      "loop-usd:\\n  high: lots\\n | 2 | 9 | threshold 'loop-usd.high' must be a number, found text",
      "loop-usd:\\n  high: [1, 2]\\n | 2 | 9 | threshold 'loop-usd.high' must be a number, found a list",
      "loop-usd:\\n  high: -1\\n | 2 | 9 | threshold 'loop-usd.high': expected money in USD, 0 to 100 T; found -1",
      "customer-concentration:\\n  critical: 1.5\\n | 2 | 13 | threshold 'customer-concentration.critical': expected a share, 0 to 1 (0.10 = 10 %); found 1.5",
      "loop-usd:\\n  high: 1\\n  high: 2\\n | 3 | 3 | duplicate tier 'loop-usd.high'; first given at line 2, column 3 (remove one: which should win?)",
      "loop-usd: {}\\n | 1 | 11 | tier set 'loop-usd' has no tiers; give at least one of: critical, high, medium, low",
      "loop.usd: 5\\n | 1 | 1 | threshold 'loop.usd' has a dot in its name; a dot joins a tier set to its tier, written as a map: loop: {high: …}",
      "loop-usd: lots\\n | 1 | 11 | threshold 'loop-usd' must be a number or a map of tiers (critical, high, medium, low), found text"})
  void refusesABadTierAtItsPosition(String yaml, int line, int column, String message) throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"), yaml.replace("\\n", "\n"));

    assertThat(read()).containsExactly(new Diagnostic(file, line, column, "", message, "LW302"));
  }

  @Test
  void refusesTiersOutOfOrderNamingBothLines() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"),
        "loop-usd:\n  critical: 5000\n  high: 10000\n  medium: 1000\n");

    assertThat(read()).containsExactly(new Diagnostic(file, 2, 3, "", "tier 'loop-usd.critical' (5000, line 2) is"
        + " smaller than the less severe tier 'loop-usd.high' (10000, line 3); a more severe tier needs a value at"
        + " least as large", "LW302"));
  }

  /**
   * A tier out of its kind's range is reported as such; when it is also out of order, the order
   * message must not write it out digit by digit (a billion zeros).
   */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aHugeTierOutOfOrderIsReportedWithoutWritingItOut() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  critical: 1\n  high: 1.0e+999999999\n");

    assertThat(read()).hasSize(2).allSatisfy(d -> assertThat(d.message()).hasSizeLessThan(400));
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aTinyTierOutOfOrderIsReportedWithoutWritingItOut() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  critical: 1.0e-999999999\n  high: 1\n");

    assertThat(read()).hasSize(2).allSatisfy(d -> assertThat(d.message()).hasSizeLessThan(400));
  }

  @Test
  void acceptsEqualTiers() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  critical: 10\n  high: 10\n");

    assertThat(read()).isEmpty();
  }

  @Test
  void aTierSetGradedByIsReadWholeAndAnUngradedTierIsReportedAtItsLine() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"),
        "loop-usd:\n  critical: 50\n  high: 10\ncut-usd:\n  critical: 50\n  high: 10\n");
    Files.writeString(rules.resolve("a.drl"), """
        rule "x" when then
            Alerts.raise(kcontext).grade("loop-usd", "money", 1, Unit.USD);
            thresholds.usd("cut-usd.high");
        end
        """);
    List<Diagnostic> problems = new ArrayList<>();

    ThresholdsFile.checkUses(RuleFiles.scan(rules), RuleFiles.scan(rules), ThresholdsFile.read(rules, problems), problems);

    assertThat(problems).containsExactly(new Diagnostic(file, 5, 3, "", "threshold 'cut-usd.critical' is not read"
        + " by any rule (rules read: [cut-usd.high, loop-usd.critical, loop-usd.high]); remove it or fix its name",
        "LW302"));
  }

  @Test
  void reportsAnUnknownThresholdReadInsideAFunctionThroughItsParameter() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  critical: 50\n  high: 10\n");
    Path drl = Files.writeString(rules.resolve("a.drl"), """
        function boolean big(java.math.BigDecimal money, Thresholds t) {
            return money.compareTo(t.usd("loop-critcal-usd")) >= 0;
        }
        rule "x" when then
            Alerts.raise(kcontext).grade("loop-usd", "money", 1, Unit.USD);
        end
        """);

    assertThat(uses()).containsExactly(new Diagnostic(drl, 2, 35, "", "unknown threshold 'loop-critcal-usd'; define"
        + " it in " + rules.resolve("thresholds.yaml") + " (defined: [loop-usd.critical, loop-usd.high])", "LW301"));
  }

  @Test
  void reportsUnknownNamesInTheAlertBuildersCallsAtTheirPositions() throws Exception {
    Files.writeString(rules.resolve("thresholds.yaml"), "loop-usd:\n  high: 10\nloop-weakest-link-floor: 0.25\n");
    Path drl = Files.writeString(rules.resolve("a.drl"), """
        rule "x" when then
            Alerts.raise(kcontext).grade("lop-usd", "money", 1, Unit.USD)
                .lowerBelow("loop-weakest-link-flor", "weight", 0.1, Unit.NUMBER)
                .crossed("loop-usd", "money", 1, Unit.USD)
                .crossed("loop-weakest-link-floor", "weight", 0.1, Unit.NUMBER)
                .grade("loop-usd", "money", 1, Unit.USD);
        end
        """);
    String where = rules.resolve("thresholds.yaml").toString();

    assertThat(uses()).containsExactlyInAnyOrder(
        new Diagnostic(drl, 2, 35, "", "unknown tier set 'lop-usd' to grade by; define it in " + where
            + " as lop-usd: {critical: …, high: …, medium: …, low: …} (tier sets: [loop-usd])", "LW301"),
        new Diagnostic(drl, 3, 22, "", "unknown threshold 'loop-weakest-link-flor'; define it in " + where
            + " (defined: [loop-usd.high, loop-weakest-link-floor])", "LW301"),
        new Diagnostic(drl, 4, 19, "", "unknown threshold 'loop-usd'; 'loop-usd' is a tier set: read one of its"
            + " tiers ([loop-usd.high]) or grade by it; define it in " + where
            + " (defined: [loop-usd.high, loop-weakest-link-floor])", "LW301"));
  }

  @Test
  void aNameInACommentIsNeitherAReadNorAnError() throws Exception {
    Path file = Files.writeString(rules.resolve("thresholds.yaml"), "loop-high-usd: 10\n");
    Files.writeString(rules.resolve("a.drl"), "// was thresholds.usd(\"loop-hihg-usd\") and thresholds.usd(\"loop-high-usd\")\n"
        + "rule \"x\" when then end\n");

    assertThat(uses()).containsExactly(new Diagnostic(file, 1, 1, "", "threshold 'loop-high-usd' is not read by"
        + " any rule (rules read: []); remove it or fix its name", "LW302"));
  }

  private List<Diagnostic> uses() throws Exception {
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(rules, problems);
    ThresholdsFile.checkUses(RuleFiles.scan(rules), RuleFiles.scan(rules), thresholds, problems);
    return problems;
  }

  private List<Diagnostic> read() throws Exception {
    List<Diagnostic> problems = new ArrayList<>();
    ThresholdsFile.read(rules, problems);
    return problems;
  }
}
