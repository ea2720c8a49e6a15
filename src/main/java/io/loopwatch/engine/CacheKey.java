package io.loopwatch.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.kie.api.KieServices;

/**
 * What a compiled rule set depends on, hashed (SHA-256): the text and name of every DRL file, the
 * Drools version that generated the code, and the Loopwatch build whose classes (facts, helpers)
 * that code calls. Editing a rule, upgrading Drools or rebuilding Loopwatch gives a new key, so a
 * stale entry is never used.
 */
record CacheKey(String hex) {

  /** Bumped when the layout of a cache entry or the way rules are built (kmodule) changes. */
  private static final String FORMAT = "loopwatch-rules-cache-2";

  static CacheKey of(RuleFiles files) {
    MessageDigest sha = sha256();
    update(sha, FORMAT);
    update(sha, droolsVersion());
    update(sha, loopwatchBuild());
    for (RuleFiles.DrlFile drl : files.files()) {
      update(sha, drl.relativeName());
      update(sha, drl.text());
    }
    return new CacheKey(HexFormat.of().formatHex(sha.digest()));
  }

  /** Each part ends with a separator no text contains, so parts cannot run into each other. */
  private static void update(MessageDigest sha, String part) {
    sha.update(part.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** From the pom.properties Maven puts in every jar; the fat jar keeps those of its dependencies. */
  private static String droolsVersion() {
    Properties pom = new Properties();
    try (InputStream in = KieServices.class.getResourceAsStream("/META-INF/maven/org.kie/kie-api/pom.properties")) {
      if (in != null) {
        pom.load(in);
      }
    } catch (IOException e) {
      // Unknown: the Loopwatch build below still changes with every dependency upgrade of a jar.
    }
    return pom.getProperty("version", "unknown");
  }

  /**
   * The jar (or classes directory) Loopwatch runs from, with its size and time: a SNAPSHOT version
   * number stays the same across rebuilds, the file does not. A directory is dated by its newest
   * class file, as it is in a development checkout.
   */
  private static String loopwatchBuild() {
    CodeSource source = CacheKey.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "unknown";
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location + "|" + Files.size(location) + "|" + Files.getLastModifiedTime(location).toMillis();
      }
      try (Stream<Path> classes = Files.walk(location)) {
        long newest = classes.filter(p -> p.toString().endsWith(".class"))
            .mapToLong(CacheKey::modified)
            .max().orElse(0);
        return location + "|" + newest;
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }
}
