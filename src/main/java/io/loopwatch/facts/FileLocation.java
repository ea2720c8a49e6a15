package io.loopwatch.facts;

import java.nio.file.Path;

/** Where a fact was written: the file, and the 1-based line and column of its first field. */
public record FileLocation(Path file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
