package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import io.loopwatch.rules.Thresholds;
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

  private List<Diagnostic> read() throws Exception {
    List<Diagnostic> problems = new ArrayList<>();
    ThresholdsFile.read(rules, problems);
    return problems;
  }
}
