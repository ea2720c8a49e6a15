package io.loopwatch.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The loops a generated data set really holds, read from its {@value #FILE_NAME}: JSON Lines, one
 * loop per line in key order, {@code {"key":"loop:c000004>c000017","length":2,"planted":true,
 * "companies":["c000004","c000017"]}}.
 *
 * <p>JSON Lines rather than one JSON document: the file streams at any size, and its name does not
 * end in {@code .json}, so {@code run --facts DIR} does not take it for a fact file.
 */
public record GroundTruth(List<KnownLoop> loops) {

  public static final String FILE_NAME = "ground-truth.jsonl";

  /**
   * One loop.
   *
   * @param key as {@link io.loopwatch.loops.Loop#key()}: {@code loop:} and the companies joined by
   *     {@code >}, from the smallest id
   * @param planted whether the generator put it there on purpose, rather than by chance
   */
  public record KnownLoop(String key, int length, boolean planted, List<String> companies) {
    public KnownLoop {
      companies = List.copyOf(companies);
    }
  }

  public GroundTruth {
    loops = List.copyOf(loops);
  }

  /** Reads {@value #FILE_NAME} from a directory the generator wrote. */
  public static GroundTruth read(Path directory) throws IOException {
    List<KnownLoop> loops = new ArrayList<>();
    try (MappingIterator<KnownLoop> lines =
        new ObjectMapper().readerFor(KnownLoop.class).readValues(directory.resolve(FILE_NAME).toFile())) {
      lines.forEachRemaining(loops::add);
    }
    return new GroundTruth(loops);
  }

  /** Every loop's key, in key order. */
  public Set<String> keys() {
    return loops.stream().map(KnownLoop::key).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public List<KnownLoop> planted() {
    return loops.stream().filter(KnownLoop::planted).toList();
  }

  /** Writes the loops (company indices, from the smallest) and marks the planted ones. */
  static void write(Path file, List<int[]> loops, List<int[]> planted, List<SyntheticCompany> companies)
      throws IOException {
    Set<String> plantedKeys = new HashSet<>();
    planted.forEach(loop -> plantedKeys.add(key(loop, companies)));
    JsonFactory factory = JsonFactory.builder().build();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      for (int[] loop : loops) {
        String key = key(loop, companies);
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeNumberField("length", loop.length);
        json.writeBooleanField("planted", plantedKeys.contains(key));
        json.writeArrayFieldStart("companies");
        for (int company : loop) {
          json.writeString(companies.get(company).id());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeRaw('\n');
    }
  }

  private static String key(int[] loop, List<SyntheticCompany> companies) {
    StringBuilder key = new StringBuilder("loop:");
    for (int i = 0; i < loop.length; i++) {
      key.append(i == 0 ? "" : ">").append(companies.get(loop[i]).id());
    }
    return key.toString();
  }
}
