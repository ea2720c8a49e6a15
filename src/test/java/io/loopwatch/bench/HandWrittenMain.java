package io.loopwatch.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The second baseline of BENCHMARKS.md, "hand-written plain Drools": the small program a Drools
 * user would write for Loopwatch's two headline risks, sharing no code with Loopwatch. It streams
 * the deals of a directory the generator wrote ({@code investments-*.json}, {@code
 * supply-deals-*.json}) with Jackson into {@link Deal} records, inserting each as it is read;
 * compiles {@code hand-written.drl} (two rules) with a plain {@code KieFileSystem} + {@code
 * KieBuilder}; fires; and writes the matches as JSON to stdout:
 *
 * <pre>{@code {"deals": N, "vendorFundsCustomer": [{"vendor": ..., "customer": ...}],
 *  "loops": [{"key": "loop:a>b>c", "companies": ["a", "b", "c"]}]}}</pre>
 *
 * <p>{@code java ... io.loopwatch.bench.HandWrittenMain DEALS-DIR}. A directory with no JSON files
 * is an empty input: the cold-start figure times compiling the two rules and exiting.
 */
public final class HandWrittenMain {

  static final String DRL_RESOURCE = "hand-written.drl";

  /** An investment or a supply deal, with the money flowing from payer to payee. */
  public record Deal(String id, boolean investment, String payer, String payee, boolean live, String supersedes) {}

  /** What a rule found: its name and the companies, in the rule's order. */
  public record Match(String rule, List<String> companies) {}

  /** One element of a JSON list of investments or supply deals; the fields the rules need. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Row(String id, String investor, String investee, String buyer, String supplier, String status,
      String supersedes) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectReader ROWS = JSON.readerFor(Row.class);

  private HandWrittenMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HandWrittenMain DEALS-DIR (a directory `loopwatch generate` wrote)");
      System.exit(2);
    }
    run(Path.of(args[0]), System.out);
  }

  /** Reads, compiles, inserts, fires and writes the matches to {@code out}. */
  static void run(Path directory, OutputStream out) throws IOException {
    KieSession session = compile().newKieSession();
    long deals;
    try {
      deals = insertDeals(directory, session);
      session.fireAllRules();
      List<Match> matches = session.getObjects(o -> o instanceof Match).stream().map(Match.class::cast)
          .sorted(Comparator.comparing(Match::rule).thenComparing(m -> String.join(">", m.companies()))).toList();
      write(deals, matches, out);
    } finally {
      session.dispose();
    }
  }

  private static KieContainer compile() throws IOException {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/handwritten/" + DRL_RESOURCE, drl());
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException(DRL_RESOURCE + " does not compile: " + errors);
    }
    return services.newKieContainer(builder.getKieModule().getReleaseId());
  }

  private static String drl() throws IOException {
    try (InputStream in = HandWrittenMain.class.getResourceAsStream(DRL_RESOURCE)) {
      return new String(Objects.requireNonNull(in, DRL_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Inserts the deals of every JSON file in the directory, as they stream; returns how many. */
  private static long insertDeals(Path directory, KieSession session) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    long count = 0;
    for (Path file : files) {
      try (JsonParser json = ROWS.createParser(Files.newInputStream(file))) {
        if (json.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException(file + ": expected a JSON object of fact lists");
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String list = json.currentName();
          json.nextToken();
          boolean investments = list.equals("investments");
          if (!investments && !list.equals("supplyDeals")) {
            json.skipChildren();
            continue;
          }
          while (json.nextToken() == JsonToken.START_OBJECT) {
            Row row = ROWS.readValue(json);
            session.insert(investments
                ? new Deal(row.id(), true, row.investor(), row.investee(), live(row), row.supersedes())
                : new Deal(row.id(), false, row.buyer(), row.supplier(), live(row), row.supersedes()));
            count++;
          }
        }
      }
    }
    return count;
  }

  private static boolean live(Row row) {
    return !"cancelled".equals(row.status());
  }

  private static void write(long deals, List<Match> matches, OutputStream out) throws IOException {
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator json = JSON.createGenerator(buffered, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeNumberField("deals", deals);
      json.writeArrayFieldStart("vendorFundsCustomer");
      for (Match m : matches) {
        if (m.rule().equals("vendor-funds-customer")) {
          json.writeStartObject();
          json.writeStringField("vendor", m.companies().get(0));
          json.writeStringField("customer", m.companies().get(1));
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("loops");
      for (Match m : matches) {
        if (m.rule().equals("three-party-loop")) {
          json.writeStartObject();
          json.writeStringField("key", "loop:" + String.join(">", m.companies()));
          json.writeArrayFieldStart("companies");
          for (String company : m.companies()) {
            json.writeString(company);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    buffered.flush();
  }
}
