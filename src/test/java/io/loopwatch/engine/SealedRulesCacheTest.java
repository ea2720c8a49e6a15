package io.loopwatch.engine;

import static io.loopwatch.testing.Facts.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.EvaluationTimeoutException;
import io.loopwatch.Report;
import io.loopwatch.RiskEngine;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Role;
import io.loopwatch.sandbox.Deadline;
import io.loopwatch.sandbox.RulePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache sealed with the user's key keeps rule code as the sandbox verified it, and a later build
 * defines that code without verifying it again, but only while the seal holds: code that another
 * key sealed, that was verified under another policy or that has changed since is verified again,
 * as without a seal. A build that used the seal leaves the kjar alone; one that verified writes it.
 */
class SealedRulesCacheTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  @TempDir
  Path work;

  @Test
  void aSealedBuildGivesTheSameAlertsWithoutTouchingTheKjar() throws Exception {
    Path cache = work.resolve("cache");
    Path key = work.resolve("state/rules-cache.key");
    FactSet facts = FactFiles.load(Path.of("facts"));
    Report verified = sealed(Path.of("rules"), cache, key).evaluate(facts, AS_OF);
    Path kjar = CacheEntries.entryFor(cache, Path.of("rules"));
    assertThat(verifiedEntry(kjar)).exists();
    Files.delete(kjar);

    Report fromSeal = sealed(Path.of("rules"), cache, key).evaluate(facts, AS_OF);

    assertThat(fromSeal.alerts()).isNotEmpty().isEqualTo(verified.alerts());
    assertThat(kjar).as("the sealed code was used, so the kjar was not needed").doesNotExist();
  }

  @Test
  void theKeyIsMadeOnFirstUseForItsOwnerOnly() throws Exception {
    Path key = work.resolve("state/loopwatch/rules-cache.key");

    sealed(rules("one"), work.resolve("cache"), key);

    assertThat(Files.size(key)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
  }

  @Test
  void aChangedByteBreaksTheSealAndTheRulesAreVerifiedAgain() throws Exception {
    Path rules = rules("changed");
    Path cache = work.resolve("cache");
    Path key = work.resolve("rules-cache.key");
    sealed(rules, cache, key);
    Path kjar = CacheEntries.entryFor(cache, rules);
    byte[] entry = Files.readAllBytes(verifiedEntry(kjar));
    // The code itself is left whole, so only the seal tells that the entry is not what was sealed.
    entry[entry.length - 1] ^= 1;
    Files.write(verifiedEntry(kjar), entry);
    Files.delete(kjar);

    RiskEngine engine = sealed(rules, cache, key);

    assertThat(engine.rules()).hasSize(1);
    assertThat(kjar).as("verified from the kjar, so it was written again").exists();
    assertThat(Files.readAllBytes(verifiedEntry(kjar))).as("sealed again").isNotEqualTo(entry);
  }

  @Test
  void codeSealedWithAnotherKeyIsVerifiedAgain() throws Exception {
    Path rules = rules("other-key");
    Path cache = work.resolve("cache");
    sealed(rules, cache, work.resolve("theirs.key"));
    Path kjar = CacheEntries.entryFor(cache, rules);
    Files.delete(kjar);

    sealed(rules, cache, work.resolve("mine.key"));

    assertThat(kjar).exists();
  }

  @Test
  void codeVerifiedUnderAnotherPolicyIsVerifiedAgain() throws Exception {
    Path rules = rules("other-policy");
    Path cache = work.resolve("cache");
    Path key = work.resolve("rules-cache.key");
    sealed(rules, cache, key);
    Path kjar = CacheEntries.entryFor(cache, rules);
    Files.delete(kjar);

    RiskEngine.builder().rules(rules).compiledRulesCache(cache, key)
        .rulePolicy(RulePolicy.standard().allowing("java.lang.System#getenv")).build();

    assertThat(kjar).exists();
  }

  @Test
  void codeSealedForOtherRulesIsNotTakenForTheseRules() throws Exception {
    Path first = rules("first");
    Path second = rules("second");
    Path cache = work.resolve("cache");
    Path key = work.resolve("rules-cache.key");
    sealed(first, cache, key);
    sealed(second, cache, key);
    Path secondKjar = CacheEntries.entryFor(cache, second);
    Files.copy(verifiedEntry(CacheEntries.entryFor(cache, first)), verifiedEntry(secondKjar),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.delete(secondKjar);

    RiskEngine engine = sealed(second, cache, key);

    assertThat(engine.rules()).extracting(r -> r.id()).containsExactly("second");
    assertThat(secondKjar).exists();
  }

  @Test
  void aKeyThatOthersMayReadSealsNothing() throws Exception {
    Path rules = rules("readable-key");
    Path cache = work.resolve("cache");
    Path key = Files.write(work.resolve("rules-cache.key"), new byte[32]);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    sealed(rules, cache, key);

    assertThat(CacheEntries.entryFor(cache, rules)).exists();
    assertThat(verifiedEntry(CacheEntries.entryFor(cache, rules))).doesNotExist();
  }

  /**
   * Whoever may write the key's directory may swap the key file for a link to a key of their own
   * between the check of its owner and permissions and the read of its bytes, and then forge seals
   * on code the engine runs unverified: such a key seals nothing.
   */
  @Test
  void aKeyInADirectoryOthersMayWriteSealsNothing() throws Exception {
    Path rules = rules("shared-directory");
    Path cache = work.resolve("cache");
    Path shared = Files.createDirectories(work.resolve("shared"));
    Path key = Files.write(shared.resolve("rules-cache.key"), new byte[32]);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    sealed(rules, cache, key);

    assertThat(CacheEntries.entryFor(cache, rules)).exists();
    assertThat(verifiedEntry(CacheEntries.entryFor(cache, rules))).doesNotExist();
  }

  @Test
  void aKeyReachedThroughALinkedDirectoryOthersMayWriteSealsNothing() throws Exception {
    Path rules = rules("linked-directory");
    Path cache = work.resolve("cache");
    Path shared = Files.createDirectories(work.resolve("shared"));
    Files.write(shared.resolve("rules-cache.key"), new byte[32]);
    Files.setPosixFilePermissions(shared.resolve("rules-cache.key"), PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path link = Files.createSymbolicLink(work.resolve("state"), shared);

    sealed(rules, cache, link.resolve("rules-cache.key"));

    assertThat(verifiedEntry(CacheEntries.entryFor(cache, rules))).doesNotExist();
  }

  @Test
  void sealedCodeStillStopsAtItsDeadline() throws Exception {
    Path rules = work.resolve("loops");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("loops.drl"), """
        package test.loops;
        import io.loopwatch.facts.Company;

        function void loopCheckingTheDeadline() {
            while (true) { }
        }

        rule "loops"
            @id("loops") @category("CONTAGION") @severity("LOW") @description("Loops without end.")
        when
            $c : Company()
        then
            loopCheckingTheDeadline();
        end
        """);
    Path cache = work.resolve("cache");
    Path key = work.resolve("rules-cache.key");
    sealed(rules, cache, key);
    Files.delete(CacheEntries.entryFor(cache, rules));

    RiskEngine engine = RiskEngine.builder().rules(rules).compiledRulesCache(cache, key)
        .timeout(Duration.ofMillis(200)).build();
    EvaluationTimeoutException timeout = catchThrowableOfType(EvaluationTimeoutException.class,
        () -> engine.evaluate(FactSet.builder().add(company("acme", Role.AI_LAB)).build(), AS_OF));

    assertThat(CacheEntries.entryFor(cache, rules)).as("the sealed code ran").doesNotExist();
    assertThat(timeout).isNotNull().hasRootCauseInstanceOf(Deadline.DeadlineExceeded.class);
    assertThat(timeout.rule().id()).isEqualTo("loops");
  }

  private static RiskEngine sealed(Path rules, Path cache, Path key) throws Exception {
    return RiskEngine.builder().rules(rules).compiledRulesCache(cache, key).build();
  }

  private Path rules(String id) throws Exception {
    Path directory = Files.createDirectories(work.resolve("rules-" + id));
    Files.writeString(directory.resolve(id + ".drl"), """
        package test.%s;
        import io.loopwatch.facts.Company;

        rule "%s"
            @id("%s") @category("CIRCULAR_FINANCING") @severity("LOW") @description("A test rule.")
        when
            Company()
        then
        end
        """.formatted(id.replace('-', '_'), id, id));
    return directory;
  }

  private static Path verifiedEntry(Path kjar) {
    String name = kjar.getFileName().toString();
    return kjar.resolveSibling(name.substring(0, name.length() - ".kjar".length()) + ".verified");
  }
}
