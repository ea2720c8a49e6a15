package io.loopwatch.facts.parse;

import io.loopwatch.facts.FactSet;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last few fact sets the loader checked and returned, known by identity. A fact set is
 * immutable, so one the loader has checked passes the same checks when it is evaluated; on a
 * million deals, checking it again costs about as much as finding its loops. Held weakly: a set
 * nobody uses any more is not kept for this.
 */
public final class CheckedSets {

  private static final int KEPT = 4;
  private static final Deque<WeakReference<FactSet>> RECENT = new ArrayDeque<>();

  private CheckedSets() {}

  static synchronized void remember(FactSet facts) {
    RECENT.addFirst(new WeakReference<>(facts));
    while (RECENT.size() > KEPT) {
      RECENT.removeLast();
    }
  }

  /** Whether the loader checked this very set (not merely an equal one built elsewhere). */
  public static synchronized boolean loaded(FactSet facts) {
    return RECENT.stream().anyMatch(checked -> checked.get() == facts);
  }
}
