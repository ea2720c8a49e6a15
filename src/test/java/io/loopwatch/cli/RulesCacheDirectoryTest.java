package io.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The command line keeps compiled rules where XDG says caches go, and their seal key where state goes, unless told otherwise. */
class RulesCacheDirectoryTest {

  @Test
  void usesTheXdgCacheHome() {
    assertThat(RulesCacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "/var/cache/me"), home("/home/me")))
        .contains(Path.of("/var/cache/me/loopwatch/rules"));
  }

  @Test
  void fallsBackToDotCacheInTheHomeDirectory() {
    assertThat(RulesCacheDirectory.resolve(Map.of(), home("/home/me")))
        .contains(Path.of("/home/me/.cache/loopwatch/rules"));
  }

  @Test
  void ignoresARelativeXdgCacheHomeAsTheSpecificationSays() {
    assertThat(RulesCacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "relative"), home("/home/me")))
        .contains(Path.of("/home/me/.cache/loopwatch/rules"));
  }

  @Test
  void theEnvironmentVariableChoosesTheDirectory() {
    assertThat(RulesCacheDirectory.resolve(Map.of("LOOPWATCH_RULES_CACHE", "/tmp/lw", "XDG_CACHE_HOME", "/x"),
        home("/home/me"))).contains(Path.of("/tmp/lw"));
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() {
    Properties properties = home("/home/me");
    properties.setProperty("loopwatch.rulesCache", "/opt/lw");
    assertThat(RulesCacheDirectory.resolve(Map.of("LOOPWATCH_RULES_CACHE", "/tmp/lw"), properties))
        .contains(Path.of("/opt/lw"));
  }

  @Test
  void offTurnsTheCacheOff() {
    assertThat(RulesCacheDirectory.resolve(Map.of("LOOPWATCH_RULES_CACHE", "off"), home("/home/me"))).isEmpty();
    Properties properties = home("/home/me");
    properties.setProperty("loopwatch.rulesCache", "OFF");
    assertThat(RulesCacheDirectory.resolve(Map.of(), properties)).isEmpty();
  }

  @Test
  void theSealKeyIsUserStateNotCache() {
    assertThat(RulesCacheDirectory.sealKey(Map.of("XDG_STATE_HOME", "/var/state/me", "XDG_CACHE_HOME", "/x"),
        home("/home/me"))).contains(Path.of("/var/state/me/loopwatch/rules-cache.key"));
    assertThat(RulesCacheDirectory.sealKey(Map.of("XDG_CACHE_HOME", "/x"), home("/home/me")))
        .contains(Path.of("/home/me/.local/state/loopwatch/rules-cache.key"));
  }

  @Test
  void theSealKeyCanBeNamedOrTurnedOff() {
    assertThat(RulesCacheDirectory.sealKey(Map.of("LOOPWATCH_RULES_CACHE_KEY", "/etc/lw.key"), home("/home/me")))
        .contains(Path.of("/etc/lw.key"));
    Properties properties = home("/home/me");
    properties.setProperty("loopwatch.rulesCacheKey", "off");
    assertThat(RulesCacheDirectory.sealKey(Map.of("LOOPWATCH_RULES_CACHE_KEY", "/etc/lw.key"), properties)).isEmpty();
  }

  private static Properties home(String directory) {
    Properties properties = new Properties();
    properties.setProperty("user.home", directory);
    return properties;
  }
}
