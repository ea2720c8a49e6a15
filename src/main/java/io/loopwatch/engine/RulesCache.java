package io.loopwatch.engine;

import io.loopwatch.sandbox.RulePolicy;
import java.io.IOException;
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
 * set is dropped and rebuilt. (Whatever an entry holds, the sandbox verifies its code again when
 * it is loaded, so a forged entry can run nothing the policy refuses.)
 *
 * <p>A cache {@linkplain #sealedWith sealed} with the user's key also keeps, beside each entry,
 * the code as the sandbox verified and instrumented it, under an HMAC made with that key (see
 * {@link SealedRules}); a later load defines that code without verifying it again. A forger
 * without the key can only make such an entry fail its seal, and then the kjar is verified.
 */
public final class RulesCache {

  private static final Logger LOG = LoggerFactory.getLogger(RulesCache.class);
  private static final RulesCache NONE = new RulesCache(null, null);

  /** The first line of every entry, followed by the key the entry was built for. */
  private static final String HEADER = "loopwatch-compiled-rules-2 ";

  private final Path directory;
  /** Where the seal key lives, or null for a cache that verifies on every load. */
  private final Path sealKeyFile;
  /** The key, read (or made) when first needed: null until then, empty when there is none fit to use. */
  private volatile Optional<SealKey> sealKey;

  private RulesCache(Path directory, Path sealKeyFile) {
    this.directory = directory;
    this.sealKeyFile = sealKeyFile;
  }

  /** No cache: every build compiles the DRL. */
  public static RulesCache none() {
    return NONE;
  }

  /** A cache in this directory, created when first written. */
  public static RulesCache in(Path directory) {
    return new RulesCache(Objects.requireNonNull(directory, "directory"), null);
  }

  /**
   * This cache, also keeping rule code as the sandbox verified it, sealed with the key in this file
   * (made, owner-only, if there is none). The key must stay secret from whoever else can write the
   * cache, so it is kept elsewhere; a key file others may read or write is not used.
   */
  public RulesCache sealedWith(Path keyFile) {
    return new RulesCache(directory, Objects.requireNonNull(keyFile, "keyFile"));
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
      if (Files.size(file(key)) > KjarClassLoader.MAX_TOTAL_BYTES) {
        LOG.debug("the compiled rules cache entry {} is larger than any rule set; rebuilding it", file(key));
        forget(key);
        return new Missing();
      }
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

  /**
   * The rule code stored for this key under a seal that this cache's key vouches for, verified
   * under this policy; empty without one (then the kjar is to be verified).
   */
  Optional<ExecutableModel.Verified> readVerified(CacheKey key, RulePolicy policy) {
    Optional<SealKey> seal = sealKey();
    if (seal.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Files.size(verifiedFile(key)) > KjarClassLoader.MAX_TOTAL_BYTES) {
        return Optional.empty();
      }
      Optional<ExecutableModel.Verified> verified = SealedRules.read(Files.readAllBytes(verifiedFile(key)), key, policy,
          seal.get());
      if (verified.isEmpty()) {
        LOG.debug("the seal of {} does not hold; verifying the rules instead", verifiedFile(key));
      }
      return verified;
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read the verified rules cache entry {}", verifiedFile(key), e);
      return Optional.empty();
    }
  }

  /** Keeps rule code the sandbox has just verified under this policy, sealed; nothing without a key. */
  void writeVerified(CacheKey key, RulePolicy policy, ExecutableModel.Verified verified) {
    Optional<SealKey> seal = sealKey();
    if (seal.isPresent()) {
      write(verifiedFile(key), key, SealedRules.write(key, policy, verified, seal.get()));
    }
  }

  private Optional<SealKey> sealKey() {
    if (directory == null || sealKeyFile == null) {
      return Optional.empty();
    }
    Optional<SealKey> seal = sealKey;
    if (seal == null) {
      seal = SealKey.in(sealKeyFile);
      sealKey = seal;
    }
    return seal;
  }

  /** Whether there is an entry for this key, good or not; false without a cache. */
  boolean holds(CacheKey key) {
    return directory != null && Files.exists(file(key));
  }

  void writeKjar(CacheKey key, byte[] kjar) {
    if (directory == null) {
      return;
    }
    byte[] header = header(key).getBytes(StandardCharsets.US_ASCII);
    byte[] entry = Arrays.copyOf(header, header.length + kjar.length);
    System.arraycopy(kjar, 0, entry, header.length, kjar.length);
    write(file(key), key, entry);
  }

  private static String header(CacheKey key) {
    return HEADER + key.hex() + "\n";
  }

  /** Drops an entry that could not be used, so that the next build writes a good one. */
  void forget(CacheKey key) {
    if (directory != null) {
      for (Path file : new Path[] {file(key), verifiedFile(key)}) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
          LOG.debug("cannot delete the compiled rules cache entry {}", file, e);
        }
      }
    }
  }

  /**
   * Writes to a temporary file in the same directory, then moves it into place, so that a reader
   * (another run at the same time) sees a whole entry or none.
   */
  private void write(Path target, CacheKey key, byte[] bytes) {
    if (directory == null) {
      return;
    }
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

  /** Where the sealed, verified code of an entry is kept. */
  Path verifiedFile(CacheKey key) {
    return directory.resolve(key.hex() + ".verified");
  }
}
