package io.loopwatch.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.report.JsonOutput;
import java.io.Writer;

/** {@code {"summary": {"new", "changed", "gone", "unchanged"}, "changes": [{"change", "key", ...}]}}. */
public final class DiffJson {

  private DiffJson() {}

  public static void write(RunDiff diff, Writer out) {
    ObjectNode root = JsonOutput.object();
    ObjectNode summary = root.putObject("summary");
    for (AlertChange.Kind kind : AlertChange.Kind.values()) {
      summary.put(kind.label(), diff.of(kind).size());
    }
    ArrayNode changes = root.putArray("changes");
    for (AlertChange change : diff.changes()) {
      ObjectNode node = changes.addObject();
      node.put("change", change.kind().label());
      node.put("key", change.key());
      node.put("rule", change.latest().rule());
      node.put("severity", change.latest().severity());
      if (change.before() != null && change.after() != null) {
        node.put("severityBefore", change.before().severity());
      }
      node.put("message", change.latest().message());
      change.differences().forEach(node.putArray("differences")::add);
    }
    JsonOutput.write(root, out);
  }
}
