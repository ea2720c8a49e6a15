package io.loopwatch.reference;

import java.util.List;
import java.util.Optional;

/** Where a committed page first differs from the generated one, as a person reads a diff. */
final class PageDifference {

  private PageDifference() {}

  /** Empty when the two are the same; else the first differing line (1-based) and both versions of it. */
  static Optional<String> first(String committed, String generated) {
    List<String> was = committed.lines().toList();
    List<String> now = generated.lines().toList();
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      String before = i < was.size() ? was.get(i) : null;
      String after = i < now.size() ? now.get(i) : null;
      if (before == null || !before.equals(after)) {
        return Optional.of("first difference at line " + (i + 1) + ":\n  committed: " + shown(before)
            + "\n  generated: " + shown(after));
      }
    }
    // Same lines, so only the line endings or the final newline can differ.
    return committed.equals(generated) ? Optional.empty()
        : Optional.of("the lines are the same, but the line endings or the final newline differ");
  }

  private static String shown(String line) {
    return line == null ? "(end of file)" : line;
  }
}
