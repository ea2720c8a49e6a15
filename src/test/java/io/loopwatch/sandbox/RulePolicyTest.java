package io.loopwatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the standard policy allows and refuses, and how an embedder widens it. */
class RulePolicyTest {

  private final RulePolicy standard = RulePolicy.standard();

  @Test
  void allowsTheRuleVocabularyValuesAndCollections() {
    assertThat(standard.allows("io/loopwatch/rules/AlertBuilder", "message")).isTrue();
    assertThat(standard.allows("java/math/BigDecimal", "add")).isTrue();
    assertThat(standard.allows("java/util/Map$Entry", "getKey")).isTrue();
    assertThat(standard.allows("java/time/format/DateTimeFormatter", "ofPattern")).isTrue();
    assertThat(standard.allows("java/lang/System", "arraycopy")).isTrue();
  }

  @Test
  void refusesWhatReachesOutsideARule() {
    assertThat(standard.allows("java/lang/System", "exit")).isFalse();
    assertThat(standard.allows("java/lang/Runtime", "getRuntime")).isFalse();
    assertThat(standard.allows("java/lang/Class", "forName")).isFalse();
    assertThat(standard.allows("java/util/Formatter", "<init>")).isFalse();
    assertThat(standard.allows("java/util/concurrent/Executors", "newFixedThreadPool")).isFalse();
    assertThat(standard.allows("java/util/concurrent/TimeUnit", "sleep")).isFalse();
    assertThat(standard.allows("io/loopwatch/facts/FactFiles", "load")).isFalse();
    assertThat(standard.allows("java/lang/Integer", "getInteger")).isFalse();
  }

  @Test
  void refusesByNameOnEveryClassWhatNamesTheClassItIsCalledOn() {
    assertThat(standard.allows("java/util/ArrayList", "parallelStream")).isFalse();
    assertThat(standard.allows("java/lang/String", "wait")).isFalse();
  }

  @Test
  void aPackagePatternCoversItsClassesButNotItsSubpackages() {
    assertThat(standard.allows("java/util/HashMap", "put")).isTrue();
    assertThat(standard.allows("java/util/jar/JarFile", "<init>")).isFalse();
    assertThat(standard.allows("java/util/zip/ZipFile", "<init>")).isFalse();
  }

  @Test
  void anEmbedderWidensItExplicitlyAndTheWideningWinsOverStandardRefusals() {
    RulePolicy wider = standard.allowing("com.acme.risk.Prices", "com.acme.fx.*", "java.lang.System#getenv");

    assertThat(wider.allows("com/acme/risk/Prices", "lookup")).isTrue();
    assertThat(wider.allows("com/acme/risk/Prices$Table", "get")).isTrue();
    assertThat(wider.allows("com/acme/fx/Rates", "of")).isTrue();
    assertThat(wider.allows("com/acme/fx/internal/Rates", "of")).isFalse();
    assertThat(wider.allows("java/lang/System", "getenv")).isTrue();
    assertThat(wider.allows("java/lang/System", "exit")).isFalse();
    assertThat(wider.granted()).containsExactly("com.acme.risk.Prices", "com.acme.fx.*", "java.lang.System#getenv");
    assertThat(standard.allows("com/acme/risk/Prices", "lookup")).isFalse();
  }

  @Test
  void refusesAPatternThatNamesNothing() {
    assertThatThrownBy(() -> standard.allowing("com.acme.*.Prices"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'com.acme.*.Prices'")
        .hasMessageContaining("com.acme.Prices#lookup");
  }

  @Test
  void answersForTypesAndMethodsAsTheRuleReferenceAsks() throws Exception {
    assertThat(standard.allowsType("io.loopwatch.facts.Investment")).isTrue();
    assertThat(standard.allowsType("io.loopwatch.rules.Tiers$Tier")).isTrue();
    assertThat(standard.allowsType("io.loopwatch.derived.DerivedFacts")).isFalse();
    // Only some of System's members are allowed, so it is no type a rule may use whole.
    assertThat(standard.allowsType("java.lang.System")).isFalse();
    assertThat(standard.allowsType("java.util.Formatter")).isFalse();

    assertThat(standard.allowsCall(io.loopwatch.facts.Investment.class,
        io.loopwatch.facts.Fact.class.getMethod("isKnownOn", java.time.LocalDate.class))).isTrue();
    assertThat(standard.allowsCall(String.class, Object.class.getMethod("wait"))).isFalse();
    assertThat(standard.allowsCall(io.loopwatch.facts.FactFiles.class,
        io.loopwatch.facts.FactFiles.class.getMethod("load", java.util.List.class))).isFalse();
  }
}
