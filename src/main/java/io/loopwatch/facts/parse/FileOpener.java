package io.loopwatch.facts.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a fact file. A seam for tests: they run as root here, which reads a file whatever its
 * permissions, so an unreadable file is simulated by an opener that fails as the system would.
 */
@FunctionalInterface
interface FileOpener {

  FileOpener FILE_SYSTEM = Files::newInputStream;

  InputStream open(Path file) throws IOException;
}
