package io.loopwatch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.generate.GroundTruth.KnownLoop;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopFinder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorTest {

  private static final GenerationSettings SMALL = new GenerationSettings(200, 2_000, 12, 4, 42);

  @TempDir
  Path temp;

  @Test
  void writesFactFilesTheLoaderReadsWithoutErrors() throws Exception {
    Path dir = temp.resolve("small");
    GenerationResult result = Generator.generate(SMALL, dir);

    FactSet facts = FactFiles.load(dir);

    assertThat(facts.companies()).hasSize(200);
    assertThat(facts.investments().size() + facts.supplyDeals().size()).isEqualTo(2_000);
    assertThat(facts.investments()).hasSize(result.investments());
    assertThat(result.factFiles()).extracting(p -> p.getFileName().toString())
        .containsExactly("companies-001.json", "investments-001.json", "supply-deals-001.json");
  }

  @Test
  void dealsLookLikeTheSector() throws Exception {
    Path dir = temp.resolve("small");
    Generator.generate(SMALL, dir);
    FactSet facts = FactFiles.load(dir);

    List<DealStatus> statuses = Stream.concat(
        facts.investments().stream().map(Investment::status), facts.supplyDeals().stream().map(SupplyDeal::status))
        .toList();
    long binding = statuses.stream().filter(DealStatus::isBinding).count();
    long cancelled = statuses.stream().filter(s -> s == DealStatus.CANCELLED).count();
    assertThat(binding).as("signed or closed").isGreaterThan(statuses.size() / 2);
    assertThat(cancelled).as("cancelled").isPositive().isLessThan(statuses.size() / 10);
    assertThat(facts.investments()).allSatisfy(i -> {
      if (i.isDisclosed()) {
        assertThat(i.amountUsd()).isBetween(new BigDecimal("1000000"), new BigDecimal("100000000000"));
        assertThat(i.amountUsd().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
      }
      assertThat(i.sources()).isNotEmpty();
    });
    // A few investments keep their amount undisclosed, as strategic investors in a round do.
    long undisclosed = facts.investments().stream().filter(i -> !i.isDisclosed()).count();
    assertThat(undisclosed).isPositive().isLessThan(facts.investments().size() / 5);
    assertThat(facts.investments()).anyMatch(i -> i.supersedes() != null);
    assertThat(facts.supplyDeals()).anyMatch(d -> d.amountUsd() == null);
    assertThat(facts.companies()).allSatisfy(c -> assertThat(c.id()).matches("c\\d{6}"));
  }

  @Test
  void everyPlantedLoopIsInTheGroundTruthWithEveryLengthFromTwoToTheMaximum() throws Exception {
    Path dir = temp.resolve("small");
    Generator.generate(SMALL, dir);

    GroundTruth truth = GroundTruth.read(dir);

    assertThat(truth.planted()).hasSize(12);
    assertThat(truth.planted()).extracting(KnownLoop::length).containsOnly(2, 3, 4);
    assertThat(truth.keys()).containsAll(truth.planted().stream().map(KnownLoop::key).toList());
    assertThat(truth.loops()).allSatisfy(loop -> {
      assertThat(loop.key()).isEqualTo("loop:" + String.join(">", loop.companies()));
      assertThat(loop.companies().get(0)).isEqualTo(loop.companies().stream().sorted().findFirst().orElseThrow());
      assertThat(loop.length()).isEqualTo(loop.companies().size());
    });
  }

  @Test
  void plantsEveryShapeInEveryLength() throws Exception {
    Path dir = temp.resolve("shapes");
    // Lengths cycle 2, 3, 4 and each round of lengths takes the next shape: nine loops hold all nine.
    // No background deals (27 deals are the loops' links), which could add a purchase to a ring of stakes.
    Generator.generate(new GenerationSettings(200, 27, 9, 4, 42), dir);
    Map<String, Loop> found = new TreeMap<>();
    new LoopFinder(4).find(FactFiles.load(dir)).forEach(loop -> found.put(loop.key(), loop));

    List<String> planted = GroundTruth.read(dir).planted().stream()
        .map(known -> found.get(known.key()).shape() + " " + known.length())
        .toList();

    assertThat(planted).containsExactlyInAnyOrder(
        "VENDOR_FINANCED 2", "VENDOR_FINANCED 3", "VENDOR_FINANCED 4",
        "CROSS_SHAREHOLDING 2", "CROSS_SHAREHOLDING 3", "CROSS_SHAREHOLDING 4",
        "PURCHASES_ONLY 2", "PURCHASES_ONLY 3", "PURCHASES_ONLY 4");
  }

  @Test
  void groundTruthIsInKeyOrderWithoutRepeats() throws Exception {
    Path dir = temp.resolve("small");
    Generator.generate(SMALL, dir);

    List<String> keys = GroundTruth.read(dir).loops().stream().map(KnownLoop::key).toList();

    assertThat(keys).isSorted().doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} companies, {1} deals, {2} loops up to {3}, seed {4}")
  @CsvSource({
      "200, 2000, 12, 4, 1",
      "200, 2000, 12, 4, 2",
      "200, 2000, 20, 5, 3",
      "60, 600, 8, 3, 4",
      "1000, 8000, 30, 4, 5",
      "3000, 20000, 40, 6, 6",
      "2, 2, 1, 2, 7",
  })
  void loopFinderFindsExactlyTheGroundTruth(int companies, int deals, int loops, int maxLength, long seed)
      throws Exception {
    Path dir = temp.resolve("set");
    Generator.generate(new GenerationSettings(companies, deals, loops, maxLength, seed), dir);

    List<String> found = new LoopFinder(maxLength).find(FactFiles.load(dir)).stream().map(Loop::key).toList();

    assertThat(found).as("LoopFinder's loops against the reference's")
        .containsExactlyElementsOf(GroundTruth.read(dir).keys());
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    Generator.generate(SMALL, temp.resolve("first"));
    Generator.generate(SMALL, temp.resolve("second"));
    Generator.generate(new GenerationSettings(200, 2_000, 12, 4, 43), temp.resolve("other-seed"));

    assertThat(hashes(temp.resolve("second"))).isEqualTo(hashes(temp.resolve("first")));
    assertThat(hashes(temp.resolve("other-seed"))).isNotEqualTo(hashes(temp.resolve("first")));
  }

  @Test
  void splitsFactsIntoFilesOfAtMostOneHundredThousand() throws Exception {
    Path dir = temp.resolve("split");
    GenerationResult result = Generator.generate(new GenerationSettings(1_000, 250_000, 0, 2, 8), dir);

    assertThat(result.factFiles()).extracting(p -> p.getFileName().toString())
        .contains("investments-001.json", "supply-deals-001.json", "supply-deals-002.json");
    for (Path file : result.factFiles()) {
      try (Stream<String> lines = Files.lines(file)) {
        assertThat(lines.count() - 2).as(file.toString()).isLessThanOrEqualTo(FactFileWriter.FACTS_PER_FILE);
      }
    }
  }

  @Test
  void refusesADirectoryThatIsNotEmpty() throws Exception {
    Files.writeString(temp.resolve("old.json"), "{}");

    assertThatThrownBy(() -> Generator.generate(SMALL, temp))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void saysWhenLoopsCannotBePlantedAmongSoFewCompanies() {
    // Two companies hold one loop of length 2; a second, different one cannot exist.
    assertThatThrownBy(() -> Generator.generate(new GenerationSettings(2, 10, 2, 2, 1), temp.resolve("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("could plant only 1 different loop(s)");
  }

  private static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
      }
    }
    return hashes;
  }
}
