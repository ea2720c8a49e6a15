package io.loopwatch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline as a whole process, for the cold-start and end-to-end figures: loads the facts as
 * {@code run} does, compiles {@code naive-loops.drl} with a plain builder, inserts, fires and
 * writes the loops as JSON ({@code {"loops": [{"key": ..., "companies": [...]}]}}).
 *
 * <p>{@code java ... io.loopwatch.bench.BaselineMain [FACTS-PATH] [OUT.json]}; defaults {@code
 * facts} and stdout.
 */
public final class BaselineMain {

  private BaselineMain() {}

  public static void main(String[] args) throws Exception {
    FactSet facts = FactFiles.load(Path.of(args.length > 0 ? args[0] : "facts"));
    List<String> loops = NaiveLoops.compile().find(facts);
    try (OutputStream out = args.length > 1
            ? new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16) : System.out;
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeNumberField("facts", facts.size());
      json.writeArrayFieldStart("loops");
      for (String key : loops) {
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeArrayFieldStart("companies");
        for (String company : key.substring("loop:".length()).split(">")) {
          json.writeString(company);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
