package io.loopwatch.cli;

import io.loopwatch.RiskEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the command line keeps compiled rules between runs, so that a run on unchanged rules does
 * not compile them again (seconds saved on every run). The system property {@value #PROPERTY} or
 * else the environment variable {@value #VARIABLE} names the directory, or turns the cache off
 * with {@value #OFF}; otherwise it is {@code $XDG_CACHE_HOME/loopwatch/rules}, or {@code
 * ~/.cache/loopwatch/rules} (the XDG default).
 *
 * <p>The key that seals verified rule code in the cache ({@link RiskEngine.Builder#compiledRulesCache(Path,
 * Path)}) is user state, not cache: whoever can read it can forge what the cache vouches for, and
 * caches get shared and copied. {@value #KEY_PROPERTY} or {@value #KEY_VARIABLE} names the file, or
 * turns sealing off with {@value #OFF}; otherwise it is {@code $XDG_STATE_HOME/loopwatch/rules-cache.key},
 * or {@code ~/.local/state/loopwatch/rules-cache.key}.
 */
final class RulesCacheDirectory {

  static final String PROPERTY = "loopwatch.rulesCache";
  static final String VARIABLE = "LOOPWATCH_RULES_CACHE";
  static final String OFF = "off";
  static final String KEY_PROPERTY = "loopwatch.rulesCacheKey";
  static final String KEY_VARIABLE = "LOOPWATCH_RULES_CACHE_KEY";

  private RulesCacheDirectory() {}

  /** A builder that uses this process's cache directory, if any. */
  static RiskEngine.Builder engineBuilder() {
    RiskEngine.Builder builder = RiskEngine.builder();
    Map<String, String> environment = System.getenv();
    Properties properties = System.getProperties();
    resolve(environment, properties).ifPresent(directory -> {
      Optional<Path> key = sealKey(environment, properties);
      if (key.isPresent()) {
        builder.compiledRulesCache(directory, key.get());
      } else {
        builder.compiledRulesCache(directory);
      }
    });
    return builder;
  }

  static Optional<Path> resolve(Map<String, String> environment, Properties properties) {
    return chosen(PROPERTY, VARIABLE, environment, properties)
        .orElseGet(() -> xdg("XDG_CACHE_HOME", ".cache", environment, properties).map(d -> d.resolve("rules")));
  }

  /** The file of the key that seals verified rule code, or empty for none. */
  static Optional<Path> sealKey(Map<String, String> environment, Properties properties) {
    return chosen(KEY_PROPERTY, KEY_VARIABLE, environment, properties)
        .orElseGet(() -> xdg("XDG_STATE_HOME", ".local/state", environment, properties)
            .map(d -> d.resolve("rules-cache.key")));
  }

  /** What the property or else the variable says: a path, or empty for off; nothing if neither is set. */
  private static Optional<Optional<Path>> chosen(String property, String variable, Map<String, String> environment,
      Properties properties) {
    String chosen = properties.getProperty(property, environment.get(variable));
    if (chosen == null || chosen.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(chosen.trim().equalsIgnoreCase(OFF) ? Optional.empty() : Optional.of(Path.of(chosen.trim())));
  }

  /** Loopwatch's folder in an XDG base directory: the variable's, else the default under the home directory. */
  private static Optional<Path> xdg(String variable, String underHome, Map<String, String> environment,
      Properties properties) {
    String xdg = environment.get(variable);
    // XDG: a relative path in the variable is invalid and to be ignored.
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "loopwatch"));
    }
    String home = properties.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home).resolve(underHome).resolve("loopwatch"));
  }
}
