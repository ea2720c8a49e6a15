package io.loopwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report to stdout, or to a file atomically: into a temporary file in the same directory,
 * then renamed over the target in one step. A reader (a browser, a CI artifact upload) never sees
 * half a report, and a failure leaves the previous file, or none, in place.
 */
final class OutputFile {

  /** What to write; may throw halfway, in which case nothing reaches the target. */
  interface Body {
    void writeTo(PrintWriter out) throws Exception;
  }

  private OutputFile() {}

  /** Writes to {@code file}, or to {@code stdout} when {@code file} is null. */
  static void write(Path file, PrintWriter stdout, Body body) throws Exception {
    if (file == null) {
      body.writeTo(stdout);
      stdout.flush();
      return;
    }
    Path target = file.toAbsolutePath();
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A device or pipe (/dev/null, a FIFO): renaming over it would replace it with a plain file.
      // There is no half-written file to fear there, so write to it directly.
      if (Files.isDirectory(target)) {
        throw new IOException(file + ": is a directory; expected a file to write the report to");
      }
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8,
          StandardOpenOption.WRITE))) {
        body.writeTo(out);
      }
      return;
    }
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException(file + ": cannot write, the directory " + directory + " does not exist");
    }
    // Same directory, so the rename stays on one file system and can be atomic. Not createTempFile:
    // its owner-only permissions would carry over to the report; CREATE_NEW honours the umask.
    Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (PrintWriter out = new PrintWriter(
          Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        body.writeTo(out);
        out.flush();
        // PrintWriter swallows write errors (a full disk); ask before the rename publishes the file.
        if (out.checkError()) {
          throw new IOException(file + ": could not write the report (disk full or not writable?)");
        }
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(file + ": this file system cannot replace the file atomically", e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
