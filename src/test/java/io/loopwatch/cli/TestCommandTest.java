package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TestCommandTest {

  private static final String RULE = """
      package t;
      import io.loopwatch.facts.Company;
      import io.loopwatch.rules.Alerts;

      rule "lab-seen"
          @id("lab-seen") @category("CONTAGION") @severity("LOW") @description("Every company is seen.")
      when
          $c : Company()
      then
          insertLogical(Alerts.raise(kcontext).subjects($c.id()).message("seen " + $c.name()).build());
      end
      """;

  private static final String CASES = """
      cases:
        - name: one lab is seen
          asOf: 2026-02-05
          facts:
            companies: [{id: acme, name: Acme <AI> & Co, roles: [ai-lab], country: US}]
          expect: [{rule: lab-seen, subjects: [acme], severity: %s}]
        - name: nothing to see
          asOf: 2026-02-05
          expectNone: [{rule: lab-seen}]
      """;

  @TempDir
  Path rules;

  @BeforeEach
  void writeRule() throws IOException {
    Files.writeString(rules.resolve("seen.drl"), RULE);
  }

  @Test
  void passesWhenEveryCasePassesAndShowsCoverage() throws IOException {
    Files.writeString(rules.resolve("seen.test.yaml"), CASES.formatted("LOW"));

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString(), "--coverage");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("ok    one lab is seen", "ok    nothing to see",
        "Coverage: 1 of 1 rules fired by at least one case", "lab-seen  (1): one lab is seen", "2 passed, 0 failed");
  }

  @Test
  void aChangedExpectedSeverityFailsWithAReadableDiffNamingTheCase() throws IOException {
    Files.writeString(rules.resolve("seen.test.yaml"), CASES.formatted("HIGH"));

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.TESTS_FAILED);
    assertThat(run.out()).contains(
        "FAIL  one lab is seen  (" + rules.resolve("seen.test.yaml") + ":2)\n"
            + "      differs: lab-seen [acme] (expected at line 6)\n"
            + "          severity: expected HIGH, got LOW\n",
        "1 passed, 1 failed");
  }

  @Test
  void runOnlySelectsCasesMatchingThePattern() throws IOException {
    Files.writeString(rules.resolve("seen.test.yaml"), CASES.formatted("LOW"));

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString(), "--run", "^nothing");

    assertThat(run.out()).contains("ok    nothing to see").doesNotContain("one lab").contains("1 passed, 0 failed");
  }

  @Test
  void writesJUnitXmlThatCiServersRead() throws Exception {
    Files.writeString(rules.resolve("seen.test.yaml"), CASES.formatted("HIGH"));

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString(), "--format", "junit");

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("2");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("differs: lab-seen [acme] (expected at line 6)");
    assertThat(failure.getTextContent()).contains("severity: expected HIGH, got LOW");
  }

  @Test
  void writesJsonResults() throws IOException {
    Files.writeString(rules.resolve("seen.test.yaml"), CASES.formatted("LOW"));

    JsonNode json = new ObjectMapper().readTree(
        CommandLineRun.of("test", "--rules", rules.toString(), "--format", "json", "--coverage").out());

    assertThat(json.get("summary").get("passed").asInt()).isEqualTo(2);
    assertThat(json.get("cases").get(0).get("fired").get(0).asText()).isEqualTo("lab-seen:acme");
    assertThat(json.get("coverage").get("lab-seen").get(0).asText()).isEqualTo("one lab is seen");
  }

  @Test
  void aMalformedTestFileIsBadInputWithItsPosition() throws IOException {
    Files.writeString(rules.resolve("seen.test.yaml"), "cases:\n  - name: x\n    expect: [{rule: lab-seen, sevrity: LOW}]\n");

    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(rules.resolve("seen.test.yaml") + ":3:31: cases[0].expect[0].sevrity: unknown field");
  }

  @Test
  void noCasesIsBadInput() {
    CommandLineRun run = CommandLineRun.of("test", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("no test cases found under " + rules);
  }
}
