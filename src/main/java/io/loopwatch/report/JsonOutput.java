package io.loopwatch.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * How every JSON document Loopwatch prints is written: indented, money as plain numbers (never
 * {@code 1E+11}), and the writer left open, since it is often the command's standard output.
 */
public final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonOutput() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * A generator writing to {@code out} as {@link #write} writes a whole document, for a document
   * too large to build first: the caller writes it piece by piece, then calls {@link #finish}.
   */
  public static JsonGenerator generator(Writer out) {
    try {
      return MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends a document written with {@link #generator} as {@link #write} ends one. */
  public static void finish(JsonGenerator generator, Writer out) throws IOException {
    generator.close();
    out.write(System.lineSeparator());
    out.flush();
  }

  /** Writes the document and a line break, and flushes. */
  public static void write(JsonNode document, Writer out) {
    try {
      MAPPER.writeValue(out, document);
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
