package io.loopwatch.engine;

import io.loopwatch.loops.ChipHub;
import io.loopwatch.loops.Loop;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The {@link ChipHub} facts of a live session, kept in step with its loops: a vendor has one while
 * at least one loop in Drools has it among its chip hubs. Counting loops per vendor makes each loop
 * change cost its own few hubs, not a pass over every loop.
 */
final class LiveChipHubs {

  private final KieSession session;
  private final Map<String, Integer> loopsPerHub = new HashMap<>();
  private final Map<String, FactHandle> handles = new HashMap<>();

  LiveChipHubs(KieSession session) {
    this.session = session;
  }

  /** A loop changed in Drools from {@code before} to {@code after}; either may be null (came or went). */
  void loopChanged(Loop before, Loop after) {
    if (before != null) {
      before.chipHubs().forEach(hub -> count(hub, -1));
    }
    if (after != null) {
      after.chipHubs().forEach(hub -> count(hub, +1));
    }
  }

  private void count(String hub, int change) {
    int loops = loopsPerHub.merge(hub, change, Integer::sum);
    if (loops == 0) {
      loopsPerHub.remove(hub);
      session.delete(handles.remove(hub));
    } else if (loops == 1 && change > 0) {
      handles.put(hub, session.insert(new ChipHub(hub)));
    }
  }
}
