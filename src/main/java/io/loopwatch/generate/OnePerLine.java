package io.loopwatch.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with one fact per line: the elements of the top-level lists each start a line, so
 * that a fact file is small, yet a line number still points at one fact.
 */
final class OnePerLine extends MinimalPrettyPrinter {

  private static final long serialVersionUID = 1L;

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (isTopList(g)) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(isTopList(g) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    if (isTopList(g) && nrOfValues > 0) {
      g.writeRaw('\n');
    }
    g.writeRaw(']');
  }

  /** The document is an object of lists: the root is depth 0, the object 1, its lists 2. */
  private static boolean isTopList(JsonGenerator g) {
    JsonStreamContext context = g.getOutputContext();
    return context.inArray() && context.getNestingDepth() == 2;
  }
}
