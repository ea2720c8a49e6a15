package io.loopwatch.report;

import static io.loopwatch.testing.RuleAlerts.AS_OF;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loopwatch.Report;
import io.loopwatch.facts.FactFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of the bundled data in headless Chromium. The page records its own script
 * errors, failed loads and console errors in {@code data-errors} on {@code <html>} (see errors.js),
 * and {@code --dump-dom} prints the page after its scripts ran, so the check reads one attribute
 * instead of parsing browser logs. Skipped, saying why, where Chromium is not installed
 * ({@code apt-get install chromium}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
  private static final Pattern ERRORS = Pattern.compile("<html[^>]* data-errors=\"([^\"]*)\"");

  @TempDir
  Path temp;

  private Report report;
  private Path page;

  @BeforeAll
  void writeReport(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "headless browser check skipped: " + CHROMIUM + " is not installed (apt-get install -y chromium)");
    report = bundledRules().evaluate(FactFiles.load(Path.of("facts")), AS_OF);
    page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.toHtml(report), StandardCharsets.UTF_8);
  }

  @Test
  void loadsWithoutErrorsAndDrawsANodeForEveryCompany() throws Exception {
    Browser run = chromium("--dump-dom", page.toUri().toString());

    assertThat(run.exitCode()).as("chromium exit code; stderr:%n%s", run.stderr()).isZero();
    Matcher errors = ERRORS.matcher(run.stdout());
    assertThat(errors.find()).as("the error recorder ran (data-errors on <html>)").isTrue();
    assertThat(errors.group(1)).as("errors recorded by the page").isEmpty();
    assertThat(run.stderr()).doesNotContain("Uncaught");
    // The script ran to the end: the filter line is filled in.
    assertThat(run.stdout()).contains(report.alerts().size() + " of " + report.alerts().size() + " alerts shown");
    String svg = run.stdout().substring(run.stdout().indexOf("<svg"), run.stdout().indexOf("</svg>"));
    assertThat(svg.split(" data-node=\"", -1)).hasSize(report.facts().companies().size() + 1);
  }

  @Test
  void takesAScreenshot() throws Exception {
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);

    Browser run = chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1600,1200",
        page.toUri().toString());

    assertThat(run.exitCode()).as("chromium exit code; stderr:%n%s", run.stderr()).isZero();
    assertThat(SCREENSHOT).exists();
    assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
  }

  private record Browser(int exitCode, String stdout, String stderr) {}

  private Browser chromium(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + Files.createTempDirectory(temp, "profile")));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(temp, "stdout", ".txt");
    Path err = Files.createTempFile(temp, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    return new Browser(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
