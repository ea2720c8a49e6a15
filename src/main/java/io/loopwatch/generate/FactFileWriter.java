package io.loopwatch.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.loopwatch.facts.Labeled;
import io.loopwatch.facts.Role;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the network as JSON fact files in the documented schema, streamed through Jackson's
 * generator so that a million deals never sit in memory as a tree. Files hold at most {@link
 * #FACTS_PER_FILE} facts each: {@code companies-001.json}, {@code investments-001.json}, {@code
 * supply-deals-001.json}, and so on.
 */
final class FactFileWriter {

  static final int FACTS_PER_FILE = 100_000;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final SyntheticNetwork network;
  private final Path directory;
  private final String[] dealIds;
  private final List<Path> written = new ArrayList<>();

  FactFileWriter(SyntheticNetwork network, Path directory) {
    this.network = network;
    this.directory = directory;
    this.dealIds = dealIds(network.deals());
  }

  /** inv-0000001, ... and sup-0000001, ... in the order the deals are written. */
  private static String[] dealIds(List<SyntheticDeal> deals) {
    int width = Math.max(7, Integer.toString(deals.size()).length());
    String[] ids = new String[deals.size()];
    int investments = 0;
    int purchases = 0;
    for (int p = 0; p < ids.length; p++) {
      ids[p] = deals.get(p).isInvestment()
          ? "inv-" + CompanyMaker.pad(++investments, width)
          : "sup-" + CompanyMaker.pad(++purchases, width);
    }
    return ids;
  }

  /** Writes every file; returns them in the order written. */
  List<Path> write() throws IOException {
    writeChunks("companies", network.companies(), this::company);
    writeChunks("investments", network.deals().stream().filter(SyntheticDeal::isInvestment).toList(),
        this::investment);
    writeChunks("supplyDeals", network.deals().stream().filter(d -> !d.isInvestment()).toList(), this::supplyDeal);
    return List.copyOf(written);
  }

  private interface FactWriter<T> {
    void write(T fact, JsonGenerator json) throws IOException;
  }

  private <T> void writeChunks(String list, List<T> facts, FactWriter<T> writer) throws IOException {
    String stem = list.equals("supplyDeals") ? "supply-deals" : list;
    int files = (facts.size() + FACTS_PER_FILE - 1) / FACTS_PER_FILE;
    int width = Math.max(3, Integer.toString(files).length());
    for (int f = 0; f < files; f++) {
      Path file = directory.resolve(stem + "-" + CompanyMaker.pad(f + 1, width) + ".json");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
          JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        json.setPrettyPrinter(new OnePerLine());
        json.writeStartObject();
        json.writeArrayFieldStart(list);
        int end = Math.min(facts.size(), (f + 1) * FACTS_PER_FILE);
        for (int i = f * FACTS_PER_FILE; i < end; i++) {
          writer.write(facts.get(i), json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      written.add(file);
    }
  }

  private void company(SyntheticCompany company, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", company.id());
    json.writeStringField("name", company.name());
    json.writeArrayFieldStart("roles");
    for (Role role : company.roles()) {
      json.writeString(role.label());
    }
    json.writeEndArray();
    json.writeStringField("country", company.country());
    if (company.parent() != null) {
      json.writeStringField("parent", company.parent());
    }
    json.writeEndObject();
  }

  private void investment(SyntheticDeal deal, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", dealIds[deal.serial()]);
    json.writeStringField("investor", companyId(deal.from()));
    json.writeStringField("investee", companyId(deal.to()));
    amount(deal, json);
    json.writeStringField("instrument", deal.instrument().label());
    common(deal, json);
    json.writeEndObject();
  }

  private void supplyDeal(SyntheticDeal deal, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", dealIds[deal.serial()]);
    json.writeStringField("buyer", companyId(deal.from()));
    json.writeStringField("supplier", companyId(deal.to()));
    json.writeStringField("product", deal.product().label());
    amount(deal, json);
    if (deal.capacityGw() != null) {
      json.writeNumberField("capacityGw", deal.capacityGw());
    }
    common(deal, json);
    json.writeEndObject();
  }

  /** The amount, or the explicit word that it was not disclosed, which the loader requires. */
  private static void amount(SyntheticDeal deal, JsonGenerator json) throws IOException {
    if (deal.isDisclosed()) {
      json.writeNumberField("amountUsd", deal.amountUsd());
    } else {
      json.writeBooleanField("disclosed", false);
    }
  }

  /** The fields investments and supply deals share, from status on. */
  private void common(SyntheticDeal deal, JsonGenerator json) throws IOException {
    json.writeStringField("status", label(deal.status()));
    json.writeStringField("announced", deal.announced().toString());
    if (deal.expectedClose() != null) {
      json.writeStringField("expectedClose", deal.expectedClose().toString());
    }
    if (deal.supersedes() >= 0) {
      json.writeStringField("supersedes", dealIds[deal.supersedes()]);
      json.writeStringField("note", "Re-cut of an earlier pledge to a smaller binding amount.");
    }
    json.writeArrayFieldStart("sources");
    String date = deal.announced().plusDays(deal.sourceLagDays()).toString();
    source(Draws.PUBLISHERS[deal.publisher()], date, json);
    if (deal.secondPublisher() >= 0) {
      source(Draws.PUBLISHERS[deal.secondPublisher()], date, json);
    }
    json.writeEndArray();
  }

  private static void source(String publisher, String date, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("publisher", publisher);
    json.writeStringField("date", date);
    json.writeEndObject();
  }

  private String companyId(int index) {
    return network.companies().get(index).id();
  }

  private static String label(Labeled value) {
    return value.label();
  }
}
