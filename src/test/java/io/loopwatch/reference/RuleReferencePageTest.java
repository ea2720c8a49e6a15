package io.loopwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rule-reference.md is generated from the code, and stays so: the page an analyst reads lists
 * what the compiled classes and the sandbox really offer a rule.
 */
class RuleReferencePageTest {

  /** Set to rewrite the committed page instead of comparing against it. */
  private static final String WRITE = "loopwatch.writeRuleReference";

  private static String generated;

  @BeforeAll
  static void generate() throws Exception {
    generated = RuleReferencePage.generate(RuleReferencePage.SOURCES);
  }

  @Test
  void theCommittedPageIsWhatTheCodeGenerates() throws Exception {
    Path page = RuleReferencePage.PAGE;
    if (Boolean.getBoolean(WRITE)) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";

    PageDifference.first(committed, generated).ifPresent(difference -> fail(page + " is not what the code"
        + " generates, " + difference + "\nRegenerate it with `" + RuleReferencePage.REGENERATE + "` and commit it."));
  }

  @Test
  void listsFactFieldsWithTheirTypesAndEnumConstantsWithTheirLabels() {
    assertThat(generated)
        .contains("### Investment\n\n`record io.loopwatch.facts.Investment` · is a `Deal`, `Fact`")
        .contains("| `amountUsd` | `BigDecimal` |")
        .contains("| `expectedClose` | `LocalDate` | optional date by which the deal was expected to bind |")
        .contains("| `TERM_SHEET` | `term-sheet` |")
        .contains("| `CIRCULAR_FINANCING` | Money that returns to the company it came from");
  }

  @Test
  void listsTheHelpersARuleCallsWithTheirJavadoc() {
    assertThat(generated)
        .contains("| `Names.of(String companyId)` | `String` | The company's name. |")
        .contains("| `usd(String name)` | `BigDecimal` | A money threshold in USD. |")
        .contains("| `key(String about)` | `AlertBuilder` | What the alert is about")
        .contains("| `isKnownOn(LocalDate date)` | `boolean` |")
        .contains("| `hubs` | `List<String>` | the vendors financing this loop");
  }

  @Test
  void leavesOutWhatTheSandboxRefusesAndWhatEveryObjectHas() {
    assertThat(generated)
        .doesNotContain("DerivedFacts", "FactFiles", "LoopFinder", "EvidenceOrder", "RulePolicy#")
        .doesNotContain("`hashCode()`", "`equals(", "`wait(", "`values()` |", "`valueOf(");
  }

  @Test
  void aStaleLineIsShownWithTheGeneratedOne() {
    assertThat(PageDifference.first("# Rule reference\n| `usd(String name)` |\n", "# Rule reference\n| `usd(String id)` |\n"))
        .contains("first difference at line 2:\n  committed: | `usd(String name)` |\n  generated: | `usd(String id)` |");
    assertThat(PageDifference.first("a\n", "a\nb\n"))
        .contains("first difference at line 2:\n  committed: (end of file)\n  generated: b");
    assertThat(PageDifference.first("same\n", "same")).contains("the lines are the same, but the line endings or the"
        + " final newline differ");
    assertThat(PageDifference.first("same\n", "same\n")).isEmpty();
  }
}
