package io.loopwatch.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** {@code {"summary": {"new", "changed", "gone", "unchanged"}, "changes": [{"change", "key", ...}]}}. */
public final class DiffJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  public static void write(RunDiff diff, Writer out) {
    ObjectNode root = MAPPER.createObjectNode();
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
    try {
      MAPPER.writeValue(out, root);
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
