package io.loopwatch.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of rule sets compiled to Drools' executable model, one kjar per {@link CacheKey}, so
 * that a run whose rules have not changed since the last one skips parsing DRL and compiling Java.
 * The cache is only ever a shortcut: a missing, unreadable or unwritable entry means compiling as
 * if there were no cache, never a failed run.
 *
 * <p>Each entry starts with a header line holding the key it was built for, and is used only when
 * that key is the key of the sources in front of it: an entry copied or renamed from another rule
 * set is dropped and rebuilt. (Whatever an entry holds, the sandbox verifies its code again on
 * every load, so a forged entry can run nothing the policy refuses.)
 */
public final class RulesCache {

  private static final Logger LOG = LoggerFactory.getLogger(RulesCache.class);
  private static final RulesCache NONE = new RulesCache(null);

  /** The first line of every entry, followed by the key the entry was built for. */
  private static final String HEADER = "loopwatch-compiled-rules-2 ";

  private final Path directory;

  private RulesCache(Path directory) {
    this.directory = directory;
  }

  /** No cache: every build compiles the DRL. */
  public static RulesCache none() {
    return NONE;
  }

  /** A cache in this directory, created when first written. */
  public static RulesCache in(Path directory) {
    return new RulesCache(Objects.requireNonNull(directory, "directory"));
  }

  boolean enabled() {
    return directory != null;
  }

  /** Where the cache lives, or empty when there is none. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** What the cache knows about a rule set. */
  sealed interface Entry permits Missing, Kjar {}

  record Missing() implements Entry {}

  record Kjar(byte[] bytes) implements Entry {}

  Entry read(CacheKey key) {
    if (directory == null) {
      return new Missing();
    }
    try {
      byte[] bytes = Files.readAllBytes(file(key));
      byte[] header = header(key).getBytes(StandardCharsets.US_ASCII);
      if (bytes.length < header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
        LOG.debug("the compiled rules cache entry {} was not built from these rules; rebuilding it", file(key));
        forget(key);
        return new Missing();
      }
      return new Kjar(Arrays.copyOfRange(bytes, header.length, bytes.length));
    } catch (NoSuchFileException e) {
      return new Missing();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read the compiled rules cache entry {}", file(key), e);
      return new Missing();
    }
  }

  /** Whether there is an entry for this key, good or not; false without a cache. */
  boolean holds(CacheKey key) {
    return directory != null && Files.exists(file(key));
  }

  void writeKjar(CacheKey key, byte[] kjar) {
    write(key, kjar);
  }

  private static String header(CacheKey key) {
    return HEADER + key.hex() + "\n";
  }

  /** Drops an entry that could not be used, so that the next build writes a good one. */
  void forget(CacheKey key) {
    if (directory != null) {
      try {
        Files.deleteIfExists(file(key));
      } catch (IOException | RuntimeException e) {
        LOG.debug("cannot delete the compiled rules cache entry {}", file(key), e);
      }
    }
  }

  /**
   * Writes to a temporary file in the same directory, then moves it into place, so that a reader
   * (another run at the same time) sees a whole entry or none.
   */
  private void write(CacheKey key, byte[] bytes) {
    if (directory == null) {
      return;
    }
    Path target = file(key);
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, key.hex(), ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        out.write(header(key).getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot write the compiled rules cache entry {}", target, e);
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException ignored) {
        // A stray temporary file costs a few hundred kilobytes; the run goes on.
      }
    }
  }

  Path file(CacheKey key) {
    return directory.resolve(key.hex() + ".kjar");
  }
}
