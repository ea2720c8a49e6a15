package io.loopwatch.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The causes of a failure, each once. Rule code may make and throw exceptions, and with {@code
 * initCause} it can make their causes go round in a circle ({@code a} caused by {@code b}, caused by
 * {@code a}); a walk that waited for {@code getCause()} to return null would never end, after the
 * deadline, where nothing stops it.
 */
final class Causes {

  private Causes() {}

  /** The failure, its cause, that one's cause and so on, stopping before any is seen again. */
  static List<Throwable> of(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
