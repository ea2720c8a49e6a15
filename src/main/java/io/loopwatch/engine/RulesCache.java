package io.loopwatch.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of rule sets compiled to Drools' executable model, one kjar per {@link CacheKey}, so
 * that a run whose rules have not changed since the last one skips parsing DRL and compiling Java.
 * The cache is only ever a shortcut: a missing, unreadable or unwritable entry means compiling as
 * if there were no cache, never a failed run.
 */
public final class RulesCache {

  private static final Logger LOG = LoggerFactory.getLogger(RulesCache.class);
  private static final RulesCache NONE = new RulesCache(null);

  /** Marks a rule set the executable model cannot build, so that later runs go straight to DRL. */
  private static final byte[] CLASSIC_ONLY = new byte[0];

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
  sealed interface Entry permits Missing, ClassicOnly, Kjar {}

  record Missing() implements Entry {}

  record ClassicOnly() implements Entry {}

  record Kjar(byte[] bytes) implements Entry {}

  Entry read(CacheKey key) {
    if (directory == null) {
      return new Missing();
    }
    try {
      byte[] bytes = Files.readAllBytes(file(key));
      return bytes.length == 0 ? new ClassicOnly() : new Kjar(bytes);
    } catch (NoSuchFileException e) {
      return new Missing();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read the compiled rules cache entry {}", file(key), e);
      return new Missing();
    }
  }

  void writeKjar(CacheKey key, byte[] kjar) {
    write(key, kjar);
  }

  void writeClassicOnly(CacheKey key) {
    write(key, CLASSIC_ONLY);
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
      Files.write(temporary, bytes);
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
