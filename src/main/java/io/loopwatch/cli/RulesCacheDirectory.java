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
 */
final class RulesCacheDirectory {

  static final String PROPERTY = "loopwatch.rulesCache";
  static final String VARIABLE = "LOOPWATCH_RULES_CACHE";
  static final String OFF = "off";

  private RulesCacheDirectory() {}

  /** A builder that uses this process's cache directory, if any. */
  static RiskEngine.Builder engineBuilder() {
    RiskEngine.Builder builder = RiskEngine.builder();
    resolve(System.getenv(), System.getProperties()).ifPresent(builder::compiledRulesCache);
    return builder;
  }

  static Optional<Path> resolve(Map<String, String> environment, Properties properties) {
    String chosen = properties.getProperty(PROPERTY, environment.get(VARIABLE));
    if (chosen != null && !chosen.isBlank()) {
      return chosen.trim().equalsIgnoreCase(OFF) ? Optional.empty() : Optional.of(Path.of(chosen.trim()));
    }
    String xdg = environment.get("XDG_CACHE_HOME");
    // XDG: a relative path in the variable is invalid and to be ignored.
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "loopwatch", "rules"));
    }
    String home = properties.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "loopwatch", "rules"));
  }
}
