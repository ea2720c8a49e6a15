package io.loopwatch.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret with which the compiled-rules cache seals rule code the sandbox has verified (see
 * {@link RulesCache#sealedWith}): 32 random bytes in a file that only its owner, the user running
 * Loopwatch, may read or write, made on first use. Whoever can read the key can make the engine
 * run code it never verified, so a key file that anyone else could read or replace (another owner,
 * group or other permission bits, a link, a directory on the way to it that others may write, a file
 * system without POSIX permissions) is not used: the cache then verifies on every load, as it does
 * without a key.
 */
final class SealKey {

  private static final Logger LOG = LoggerFactory.getLogger(SealKey.class);
  private static final int LENGTH = 32;
  private static final String ALGORITHM = "HmacSHA256";
  /** What the MAC adds to what it seals. */
  static final int MAC_LENGTH = 32;

  private final byte[] secret;

  private SealKey(byte[] secret) {
    this.secret = secret;
  }

  /** The key in this file, made now if there is none; empty when there is no key fit to use. */
  static Optional<SealKey> in(Path file) {
    try {
      Optional<SealKey> existing = read(file);
      return existing.isPresent() ? existing : create(file);
    } catch (IOException | RuntimeException e) {
      LOG.debug("no seal for verified rule code: {}", e.toString());
      return Optional.empty();
    }
  }

  /** HMAC-SHA256 of the parts, one after another. */
  byte[] mac(byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }

  private static Optional<SealKey> read(Path file) throws IOException {
    PosixFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      throw new IOException(file + " is not a regular file");
    }
    UserPrincipal me = file.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
    if (!attributes.owner().equals(me)) {
      throw new IOException(file + " belongs to " + attributes.owner().getName() + ", not to " + me.getName());
    }
    Set<PosixFilePermission> others = EnumSet.copyOf(attributes.permissions());
    others.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE));
    if (!others.isEmpty()) {
      throw new IOException(file + " may be read or written by others (" + PosixFilePermissions.toString(
          attributes.permissions()) + "); expected rw-------");
    }
    requireOnlyOwnerMayReplace(file, me);
    // Not through a link: the file checked above is the one read.
    byte[] secret;
    try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      secret = in.readNBytes(LENGTH + 1);
    }
    if (secret.length != LENGTH) {
      throw new IOException(file + " holds " + secret.length + " bytes; expected " + LENGTH);
    }
    return Optional.of(new SealKey(secret));
  }

  /**
   * Whoever may write a directory on the way to the key may put a file or link of their own in its
   * place after it was checked: every directory to it, as written and as resolved, must belong to
   * the user or to root, and others may not write it unless it is sticky (as {@code /tmp} is, where
   * no one may rename or delete another's entries).
   */
  private static void requireOnlyOwnerMayReplace(Path file, UserPrincipal me) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    for (Path start : new Path[] {parent, parent.toRealPath()}) {
      for (Path directory = start; directory != null; directory = directory.getParent()) {
        PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
        String owner = attributes.owner().getName();
        if (!attributes.owner().equals(me) && !owner.equals("root")) {
          throw new IOException(directory + " belongs to " + owner + ", who could replace the key in it");
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        boolean othersWrite = permissions.contains(PosixFilePermission.GROUP_WRITE)
            || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        int mode = (Integer) Files.getAttribute(directory, "unix:mode");
        if (othersWrite && (mode & 01000) == 0) {
          throw new IOException(directory + " may be written by others (" + PosixFilePermissions.toString(permissions)
              + "), who could replace the key in it");
        }
      }
    }
  }

  /**
   * Writes a new key under a name of its own, owner-only from the start, and links it into place
   * only if no other run got there first; either way the key in place is the one used.
   */
  private static Optional<SealKey> create(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    byte[] secret = new byte[LENGTH];
    new SecureRandom().nextBytes(secret);
    Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(temporary, secret);
      Files.createLink(file, temporary);
    } catch (FileAlreadyExistsException e) {
      // Another run made the key first: use that one.
    } finally {
      Files.deleteIfExists(temporary);
    }
    return read(file);
  }
}
