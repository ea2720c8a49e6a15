package io.loopwatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.Severity;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled-rules cache only makes builds faster: the same rules, alerts and errors as compiling
 * the DRL, whatever state the cache directory is in.
 */
class CompiledRulesCacheTest {

  private static final String RULE = """
      package test.rules;
      import io.loopwatch.facts.Company;

      rule "cached-rule"
          @id("cached-rule") @category("CIRCULAR_FINANCING") @severity("%s") @description("A test rule.")
      when
          Company()
      then
      end
      """;

  @TempDir
  Path rules;

  @TempDir
  Path cache;

  @Test
  void aCacheHitGivesTheSameAlertsAsCompilingTheBundledRules() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));
    LocalDate asOf = LocalDate.parse("2026-02-05");
    Report compiled = RiskEngine.builder().rules(Path.of("rules")).build().evaluate(facts, asOf);

    Report firstRun = cachedEngine(Path.of("rules")).evaluate(facts, asOf);
    assertThat(entries()).hasSize(1);
    Report fromCache = cachedEngine(Path.of("rules")).evaluate(facts, asOf);

    assertThat(compiled.alerts()).isNotEmpty();
    assertThat(firstRun.alerts()).isEqualTo(compiled.alerts());
    assertThat(fromCache.alerts()).isEqualTo(compiled.alerts());
    assertThat(cachedEngine(Path.of("rules")).rules()).isEqualTo(RiskEngine.builder().rules(Path.of("rules")).build().rules());
  }

  @Test
  void anEditedRuleIsCompiledAgainNotTakenFromTheCache() throws Exception {
    write(Severity.LOW);
    assertThat(cachedEngine(rules).rules().get(0).severity()).isEqualTo(Severity.LOW);

    write(Severity.HIGH);

    assertThat(cachedEngine(rules).rules().get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(entries()).hasSize(2);
  }

  @Test
  void aCorruptEntryIsCompiledAgainAndReplaced() throws Exception {
    write(Severity.LOW);
    cachedEngine(rules);
    Path entry = entries().get(0);
    Files.writeString(entry, "not a kjar");

    assertThat(cachedEngine(rules).rules().get(0).severity()).isEqualTo(Severity.LOW);

    assertThat(Files.size(entry)).isGreaterThan(1000);
    assertThat(cachedEngine(rules).rules()).hasSize(1);
  }

  @Test
  void aTruncatedEntryIsCompiledAgain() throws Exception {
    write(Severity.LOW);
    cachedEngine(rules);
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(cachedEngine(rules).rules().get(0).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void anEntryThatWouldExpandPastAnyRuleSetIsCompiledAgainNotHeldInMemory() throws Exception {
    write(Severity.LOW);
    cachedEngine(rules);
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    int header = indexOf(whole, (byte) '\n') + 1;
    // 80 MB of zeros in one zip entry, a few kilobytes on disk.
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/kmodule.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    Files.write(entry, java.util.Arrays.copyOf(whole, header));
    Files.write(entry, bomb.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
    byte[] bombed = Files.readAllBytes(entry);
    assertThat(bombed.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> KjarClassLoader.read(java.util.Arrays.copyOfRange(bombed, header, bombed.length)))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("expands past");
    assertThat(cachedEngine(rules).rules().get(0).severity()).isEqualTo(Severity.LOW);
    assertThat(Files.readAllBytes(entry)).as("rebuilt").isNotEqualTo(bombed);
    assertThat(cachedEngine(rules).rules()).hasSize(1);
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new AssertionError("no header line");
  }

  @Test
  void aCacheThatCannotBeWrittenDoesNotFailTheBuild() throws Exception {
    write(Severity.LOW);
    Path notADirectory = Files.writeString(cache.resolve("a-file"), "");

    RiskEngine engine = RiskEngine.builder().rules(rules).compiledRulesCache(notADirectory.resolve("rules")).build();

    assertThat(engine.rules().get(0).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void rulesTheExecutableModelCannotBuildAreRefusedAtTheRuleWithDroolsReason() throws Exception {
    // A window longer than 24 days compiles as classic DRL but not with the executable model, the
    // only form the sandbox can verify (Drools writes the window's milliseconds as an int).
    Files.writeString(rules.resolve("window.drl"), """
        package test.rules;
        import io.loopwatch.facts.Event;
        import java.util.List;

        declare Event
            @role(event)
            @timestamp(date)
        end

        rule "long-window"
            @id("long-window") @category("COMMITMENT_GAP") @severity("LOW") @description("A test rule.")
        when
            $news : List() from collect( Event() over window:time(90d) )
        then
        end
        """);

    List<Diagnostic> refused = catchThrowableOfType(InvalidInputException.class, () -> cachedEngine(rules)).diagnostics();

    assertThat(refused).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("window.drl"));
      assertThat(d.line()).isEqualTo(10);
      assertThat(d.code()).isEqualTo("LW102");
      assertThat(d.message()).startsWith("rule 'long-window': Drools' executable model cannot compile this (")
          .contains("7776000000");
    });
    assertThat(entries()).isEmpty();
  }

  @Test
  void compileErrorsReadTheSameWithACache() throws Exception {
    Files.writeString(rules.resolve("broken.drl"), RULE.formatted("LOW").replace("Company()", "Company( id == \"a\""));

    List<Diagnostic> withCache = catchThrowableOfType(InvalidInputException.class, () -> cachedEngine(rules)).diagnostics();
    List<Diagnostic> without = catchThrowableOfType(InvalidInputException.class,
        () -> RiskEngine.builder().rules(rules).build()).diagnostics();

    assertThat(withCache).isEqualTo(without);
    assertThat(withCache).first().satisfies(d -> {
      assertThat(d.file()).isEqualTo(rules.resolve("broken.drl"));
      assertThat(d.line()).isPositive();
    });
  }

  @Test
  void reloadUsesTheCache() throws Exception {
    write(Severity.LOW);
    RiskEngine engine = cachedEngine(rules);
    write(Severity.MEDIUM);

    engine.reload();

    assertThat(engine.rules().get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(entries()).hasSize(2);
  }

  private RiskEngine cachedEngine(Path directory) throws IOException, InvalidInputException {
    return RiskEngine.builder().rules(directory).compiledRulesCache(cache).build();
  }

  private void write(Severity severity) throws IOException {
    Files.writeString(rules.resolve("one.drl"), RULE.formatted(severity.name()));
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".kjar")).sorted().toList();
    }
  }
}
