package io.loopwatch.ruletest;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.parse.FactAssembly;
import io.loopwatch.facts.parse.MappingFields;
import io.loopwatch.facts.parse.Node;
import io.loopwatch.facts.parse.PositionedReader;
import io.loopwatch.stress.Scenario;
import io.loopwatch.stress.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one rule test file into its cases, reporting every problem in it. */
final class RuleTestReader {

  private static final Set<String> FILE_FIELDS = Set.of("cases");
  /** The scenario of the case being read, which its variants share; null for none. */
  private Scenario scenario;
  private static final Set<String> CASE_FIELDS =
      orderedSet("name", "asOf", "facts", "factFiles", "scenario", "expect", "expectNone", "variants");
  private static final Set<String> VARIANT_FIELDS =
      orderedSet("name", "asOf", "facts", "factFiles", "expect", "expectNone");
  private static final Set<String> EXPECT_FIELDS = orderedSet("rule", "subjects", "severity", "message");
  private static final Set<String> EXPECT_NONE_FIELDS = orderedSet("rule", "subjects");

  private final Path file;
  private final LocalDate today;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<RuleTestCase> cases = new ArrayList<>();

  private RuleTestReader(Path file, LocalDate today) {
    this.file = file;
    this.today = today;
  }

  /** @param today the as-of date for cases that give none */
  static List<RuleTestCase> read(Path file, LocalDate today) throws IOException, InvalidInputException {
    RuleTestReader reader = new RuleTestReader(file, today);
    reader.document();
    if (!reader.problems.isEmpty()) {
      throw new InvalidInputException(reader.problems);
    }
    return List.copyOf(reader.cases);
  }

  private void document() throws IOException {
    Optional<Node> root = PositionedReader.read(file, problems);
    if (root.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(new Diagnostic(file, 1, 1, "", "empty test file; expected 'cases:' with a list of cases"));
      }
      return;
    }
    MappingFields top = MappingFields.of(root.get(), "", file, problems, "an object with 'cases'");
    if (top == null) {
      return;
    }
    top.rejectUnknown(FILE_FIELDS);
    List<Node> list = top.optionalList("cases");
    if (list == null) {
      top.report(root.get(), "cases", "missing required field 'cases' (a list of test cases)");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      testCase(list.get(i), "cases[" + i + "]");
    }
  }

  private void testCase(Node node, String path) throws IOException {
    MappingFields fields = MappingFields.of(node, path, file, problems, "a test case (an object with a name)");
    if (fields == null) {
      return;
    }
    fields.rejectUnknown(CASE_FIELDS);
    String name = fields.requiredText("name");
    LocalDate asOf = fields.optionalDate("asOf");
    Node scenarioNode = fields.node("scenario");
    scenario = scenarioNode == null ? null : ScenarioFile.read(file, scenarioNode, fields.child("scenario"), problems);
    List<ExpectedAlert> expect = expectations(fields);
    List<ForbiddenAlert> expectNone = forbidden(fields);
    List<Node> variants = fields.optionalList("variants");
    if (variants == null) {
      if (expect == null && expectNone == null) {
        fields.report(node, "expect", "a case must say what it expects: give 'expect', 'expectNone' or both");
      }
      add(name, fields.line(), asOf, facts(fields, List.of()), expect, expectNone);
      return;
    }
    for (int v = 0; v < variants.size(); v++) {
      variant(variants.get(v), fields.child("variants") + "[" + v + "]", name, fields, asOf, expect, expectNone);
    }
  }

  /** A variant adds its facts to the case's and replaces whichever expectations it gives. */
  private void variant(Node node, String path, String caseName, MappingFields base, LocalDate caseAsOf,
      List<ExpectedAlert> caseExpect, List<ForbiddenAlert> caseExpectNone) throws IOException {
    MappingFields fields = MappingFields.of(node, path, file, problems, "a variant (an object with a name)");
    if (fields == null) {
      return;
    }
    fields.rejectUnknown(VARIANT_FIELDS);
    String name = fields.requiredText("name");
    LocalDate asOf = fields.optionalDate("asOf");
    List<ExpectedAlert> expect = expectations(fields);
    List<ForbiddenAlert> expectNone = forbidden(fields);
    List<ExpectedAlert> effectiveExpect = expect != null ? expect : caseExpect;
    List<ForbiddenAlert> effectiveExpectNone = expectNone != null ? expectNone : caseExpectNone;
    if (effectiveExpect == null && effectiveExpectNone == null) {
      fields.report(node, "expect", "a variant must say what it expects, or inherit 'expect' or 'expectNone' from its case");
    }
    add(caseName + " [" + name + "]", fields.line(), asOf != null ? asOf : caseAsOf,
        facts(base, List.of(fields)), effectiveExpect, effectiveExpectNone);
  }

  private void add(String name, int line, LocalDate asOf, FactSet facts, List<ExpectedAlert> expect,
      List<ForbiddenAlert> expectNone) {
    if (name != null && facts != null) {
      cases.add(new RuleTestCase(name, file, line, asOf != null ? asOf : today, facts,
          expect == null ? List.of() : expect, expectNone == null ? List.of() : expectNone, scenario));
    }
  }

  /** The case's facts plus each variant's, inline and from files, checked together. */
  private FactSet facts(MappingFields base, List<MappingFields> extras) throws IOException {
    FactAssembly assembly = new FactAssembly();
    List<MappingFields> all = new ArrayList<>();
    all.add(base);
    all.addAll(extras);
    for (MappingFields fields : all) {
      Node inline = fields.node("facts");
      if (inline != null) {
        assembly.addEmbedded(inline, file);
      }
      List<String> paths = fields.optionalTexts("factFiles");
      for (String relative : paths == null ? List.<String>of() : paths) {
        Path factFile = file.resolveSibling(relative).normalize();
        if (Files.isRegularFile(factFile)) {
          assembly.addFile(factFile);
        } else if (Files.isDirectory(factFile)) {
          for (Path inside : FactFiles.filesIn(factFile)) {
            assembly.addFile(inside);
          }
        } else {
          fields.report(fields.node("factFiles"), "factFiles", "fact file or directory not found: " + factFile
              + " (paths are relative to the test file)");
        }
      }
    }
    try {
      return assembly.finish();
    } catch (InvalidInputException e) {
      // Shared facts are checked once per variant; report each problem only once.
      e.diagnostics().stream().filter(d -> !problems.contains(d)).forEach(problems::add);
      return null;
    }
  }

  private List<ExpectedAlert> expectations(MappingFields fields) {
    List<Node> items = fields.optionalList("expect");
    if (items == null) {
      return fields.node("expect") == null ? null : List.of();
    }
    List<ExpectedAlert> expected = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      MappingFields item = MappingFields.of(items.get(i), fields.child("expect") + "[" + i + "]", file, problems,
          "an expected alert (an object with a rule)");
      if (item == null) {
        continue;
      }
      item.rejectUnknown(EXPECT_FIELDS);
      String rule = item.requiredText("rule");
      Severity severity = severity(item);
      if (rule != null) {
        expected.add(new ExpectedAlert(rule, item.optionalTexts("subjects"), severity,
            item.optionalText("message"), item.line()));
      }
    }
    return expected;
  }

  private List<ForbiddenAlert> forbidden(MappingFields fields) {
    List<Node> items = fields.optionalList("expectNone");
    if (items == null) {
      return fields.node("expectNone") == null ? null : List.of();
    }
    List<ForbiddenAlert> forbidden = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      MappingFields item = MappingFields.of(items.get(i), fields.child("expectNone") + "[" + i + "]", file,
          problems, "a rule that must not fire (an object with a rule)");
      if (item == null) {
        continue;
      }
      item.rejectUnknown(EXPECT_NONE_FIELDS);
      String rule = item.requiredText("rule");
      if (rule != null) {
        forbidden.add(new ForbiddenAlert(rule, item.optionalTexts("subjects"), item.line()));
      }
    }
    return forbidden;
  }

  private static Severity severity(MappingFields item) {
    String text = item.optionalText("severity");
    if (text == null) {
      return null;
    }
    Optional<Severity> severity = Severity.parse(text);
    if (severity.isEmpty()) {
      item.report(item.node("severity"), "severity", "unknown severity '" + text + "'; expected one of: "
          + Severity.choices());
    }
    return severity.orElse(null);
  }

  private static Set<String> orderedSet(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }
}
