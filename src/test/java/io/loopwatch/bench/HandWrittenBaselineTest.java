package io.loopwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import io.loopwatch.generate.GroundTruth;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written plain-Drools baseline finds what its two rules promise, and nothing else. */
class HandWrittenBaselineTest {

  @TempDir
  Path temp;

  @Test
  void findsVendorsFundingTheirCustomersAndThreePartyLoopsInHandMadeDeals() throws Exception {
    Path deals = Files.createDirectories(temp.resolve("deals"));
    Files.writeString(deals.resolve("companies-001.json"), """
        {"companies":[{"id":"v1","name":"Vendor One","roles":["chip-vendor"],"country":"US"}]}
        """);
    Files.writeString(deals.resolve("investments-001.json"), """
        {"investments":[
        {"id":"inv-1","investor":"v1","investee":"k1","amountUsd":10,"instrument":"equity","status":"signed","announced":"2025-01-01"},
        {"id":"inv-1b","investor":"v1","investee":"k1","amountUsd":20,"instrument":"debt","status":"rumored","announced":"2025-01-02"},
        {"id":"inv-2","investor":"v2","investee":"k2","amountUsd":10,"instrument":"equity","status":"closed","announced":"2025-01-01"},
        {"id":"inv-3","investor":"v3","investee":"k3","amountUsd":10,"instrument":"equity","status":"loi","announced":"2025-01-01"},
        {"id":"inv-3b","investor":"v3","investee":"k9","amountUsd":5,"instrument":"equity","status":"signed","announced":"2025-02-01","supersedes":"inv-3"},
        {"id":"inv-4","investor":"v4","investee":"k4","amountUsd":10,"instrument":"equity","status":"loi","announced":"2025-01-01"},
        {"id":"inv-4b","investor":"v4","investee":"k9","amountUsd":5,"instrument":"equity","status":"cancelled","announced":"2025-02-01","supersedes":"inv-4"},
        {"id":"inv-5","investor":"v5","investee":"k5","amountUsd":10,"instrument":"equity","status":"closed","announced":"2025-01-01"},
        {"id":"inv-6","investor":"c102","investee":"c103","amountUsd":10,"instrument":"equity","status":"closed","announced":"2025-01-01"},
        {"id":"inv-7","investor":"c301","investee":"c302","amountUsd":10,"instrument":"equity","status":"closed","announced":"2025-01-01"}
        ]}
        """);
    Files.writeString(deals.resolve("supply-deals-001.json"), """
        {"supplyDeals":[
        {"id":"sup-1","buyer":"k1","supplier":"v1","product":"gpu","status":"closed","announced":"2025-01-01","sources":[{"publisher":"P","date":"2025-01-01"}]},
        {"id":"sup-2","buyer":"k2","supplier":"v2","product":"gpu","status":"cancelled","announced":"2025-01-01"},
        {"id":"sup-3","buyer":"k3","supplier":"v3","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-4","buyer":"k4","supplier":"v4","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-5","buyer":"v5","supplier":"k5","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-6","buyer":"c103","supplier":"c101","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-7","buyer":"c101","supplier":"c102","product":"cloud","status":"signed","announced":"2025-01-01"},
        {"id":"sup-7b","buyer":"c101","supplier":"c102","product":"cloud","status":"rumored","announced":"2025-01-02"},
        {"id":"sup-8","buyer":"c201","supplier":"c203","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-9","buyer":"c203","supplier":"c202","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-10","buyer":"c202","supplier":"c201","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-11","buyer":"c211","supplier":"c212","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-12","buyer":"c212","supplier":"c213","product":"gpu","status":"cancelled","announced":"2025-01-01"},
        {"id":"sup-13","buyer":"c213","supplier":"c211","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-14","buyer":"c302","supplier":"c303","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-15","buyer":"c303","supplier":"c304","product":"gpu","status":"closed","announced":"2025-01-01"},
        {"id":"sup-16","buyer":"c304","supplier":"c301","product":"gpu","status":"closed","announced":"2025-01-01"}
        ]}
        """);

    JsonNode out = run(deals);

    assertThat(out.path("deals").asInt()).isEqualTo(27);
    // v1 twice over (parallel deals), v4 because a cancelled re-cut replaces nothing; not v2 (its
    // customer's purchase is cancelled), v3 (its investment was re-cut to another company) or v5
    // (it buys from the company it funds, the wrong way round).
    assertThat(vendorsAndCustomers(out)).containsExactly("v1>k1", "v4>k4");
    // Each loop once, from its smallest id, whatever the direction; not the loop with a cancelled
    // link (c211) or the loop of four (c301).
    assertThat(loopKeys(out)).containsExactly("loop:c101>c102>c103", "loop:c201>c203>c202");
  }

  @Test
  void findsTheGroundTruthsLoopsOfThreeAndTheVendorsFundingTheirCustomersInAGeneratedNetwork() throws Exception {
    Path deals = temp.resolve("generated");
    Generator.generate(new GenerationSettings(150, 1_500, 9, 4, 7), deals);

    JsonNode out = run(deals);

    List<String> loopsOfThree = GroundTruth.read(deals).loops().stream().filter(l -> l.length() == 3)
        .map(GroundTruth.KnownLoop::key).toList();
    assertThat(loopKeys(out)).isNotEmpty().containsExactlyInAnyOrderElementsOf(loopsOfThree);
    assertThat(vendorsAndCustomers(out)).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(vendorsFundingCustomers(FactFiles.load(deals)));
    assertThat(out.path("deals").asInt()).isEqualTo(1_500);
  }

  @Test
  void anEmptyDirectoryCompilesTheRulesAndFindsNothing() throws Exception {
    JsonNode out = run(Files.createDirectories(temp.resolve("empty")));

    assertThat(out.path("deals").asInt()).isZero();
    assertThat(out.path("vendorFundsCustomer")).isEmpty();
    assertThat(out.path("loops")).isEmpty();
  }

  private static JsonNode run(Path deals) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HandWrittenMain.run(deals, bytes);
    return new ObjectMapper().readTree(bytes.toByteArray());
  }

  private static List<String> vendorsAndCustomers(JsonNode out) {
    List<String> pairs = new ArrayList<>();
    out.path("vendorFundsCustomer").forEach(m -> pairs.add(m.path("vendor").asText() + ">" + m.path("customer").asText()));
    return pairs;
  }

  private static List<String> loopKeys(JsonNode out) {
    List<String> keys = new ArrayList<>();
    out.path("loops").forEach(l -> keys.add(l.path("key").asText()));
    return keys;
  }

  /** The rule's promise worked out directly: an in-force investment and an in-force purchase the other way. */
  private static Set<String> vendorsFundingCustomers(FactSet facts) {
    List<Deal> all = new ArrayList<>(facts.investments());
    all.addAll(facts.supplyDeals());
    Set<String> superseded = all.stream().filter(Deal::isLive).map(Deal::supersedes).filter(s -> s != null)
        .collect(Collectors.toSet());
    Set<Deal> inForce = all.stream().filter(d -> d.isLive() && !superseded.contains(d.id())).collect(Collectors.toSet());
    Set<String> purchases = facts.supplyDeals().stream().filter(inForce::contains).map(d -> d.from() + ">" + d.to())
        .collect(Collectors.toSet());
    return facts.investments().stream().filter(inForce::contains).filter(i -> !i.from().equals(i.to()))
        .filter(i -> purchases.contains(i.to() + ">" + i.from())).map(i -> i.from() + ">" + i.to())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
