package io.loopwatch.facts;

import static io.loopwatch.facts.Fixtures.errorsLoading;
import static io.loopwatch.facts.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading well-formed fact files, and what is read from where. */
class FactFilesTest {

  private static final Source KUKMIN = new Source("Kukmin Ilbo", LocalDate.of(2026, 2, 4), null);

  @ParameterizedTest
  @ValueSource(strings = {"valid-network.yaml", "valid-network.json"})
  void loadsEveryKindOfFactWithExactAmounts(String file) throws Exception {
    FactSet facts = FactFiles.load(fixture(file));

    assertThat(facts.companies()).containsExactly(
        new Company("nvidia", "NVIDIA", List.of(Role.CHIP_VENDOR, Role.INVESTOR), "US", null,
            List.of()),
        new Company("openai", "OpenAI", List.of(Role.AI_LAB), "US", null, List.of(
            new Source("Kukmin Ilbo", LocalDate.of(2026, 2, 4), "https://www.kmib.co.kr/"))));
    assertThat(facts.investments()).containsExactly(
        new Investment("nvidia-openai-loi", "nvidia", "openai", new BigDecimal("100000000000"),
            Instrument.EQUITY, DealStatus.LOI, LocalDate.of(2025, 9, 22),
            LocalDate.of(2026, 1, 31), null, null, List.of(KUKMIN)),
        // Quoted money keeps its cents; a double would have lost them.
        new Investment("nvidia-openai-2026", "nvidia", "openai",
            new BigDecimal("20000000000.50"), Instrument.EQUITY, DealStatus.TERM_SHEET,
            LocalDate.of(2026, 2, 4), null, "nvidia-openai-loi", "far less than first announced",
            List.of(KUKMIN)));
    assertThat(facts.supplyDeals()).containsExactly(
        new SupplyDeal("openai-nvidia-gpus", "openai", "nvidia", Product.GPU, null,
            new BigDecimal("10.0"), DealStatus.LOI, LocalDate.of(2025, 9, 22), null, null, null,
            List.of(KUKMIN)));
    assertThat(facts.chips()).containsExactly(
        new Chip("nvidia-rubin", "nvidia", "Rubin", ChipKind.GPU,
            List.of(Workload.TRAINING, Workload.INFERENCE), ChipStatus.ANNOUNCED,
            LocalDate.of(2025, 3, 18), null, List.of(KUKMIN)));
    assertThat(facts.financials()).containsExactly(
        new Financials("openai", "2025-H1", new BigDecimal("4300000000"),
            new BigDecimal("-13500000000"), new BigDecimal("1.4e12"), null, List.of(KUKMIN)));
    assertThat(facts.events()).containsExactly(
        new Event("nvidia-openai-stall", LocalDate.of(2026, 1, 31),
            EventKind.NEGOTIATION_STALLED, "nvidia-openai-loi",
            "talks expected to close within weeks have not progressed",
            List.of(new Source("WSJ", LocalDate.of(2026, 1, 31), null))));
  }

  @ParameterizedTest
  @CsvSource({"yaml, 3, 5, 63, 5", "json, 3, 7, 65, 7"})
  void recordsWhereEachFactWasWritten(String format, int companyLine, int companyColumn,
      int financialsLine, int financialsColumn) throws Exception {
    Path file = fixture("valid-network." + format);

    FactSet facts = FactFiles.load(file);

    assertThat(facts.locations()).hasSize(facts.size());
    assertThat(facts.locationOf("nvidia"))
        .contains(new FileLocation(file, companyLine, companyColumn));
    assertThat(facts.locationOf("openai/2025-H1"))
        .contains(new FileLocation(file, financialsLine, financialsColumn));
  }

  @Test
  void walksDirectoriesForJsonYamlAndYmlFilesInSortedOrder() throws Exception {
    Path tree = fixture("tree");

    FactSet facts = FactFiles.load(tree);

    assertThat(facts.companies()).extracting(Company::id).containsExactly("nvidia", "openai");
    assertThat(facts.investments()).extracting(Investment::id)
        .containsExactly("nvidia-openai-loi");
    assertThat(facts.locations().values()).extracting(FileLocation::file).containsOnly(
        tree.resolve("companies.json"), tree.resolve("nested/deals.yml"),
        tree.resolve("nested/openai.yaml"));
  }

  @Test
  void readsAFileOnceWhenItIsNamedAndInsideANamedDirectory() throws Exception {
    Path tree = fixture("tree");

    FactSet facts = FactFiles.load(tree, tree.resolve("companies.json"));

    assertThat(facts.size()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.yaml", "empty.json"})
  void refusesAFileWithNoDocumentNamingIt(String file) {
    // It used to load as no facts without a word; an empty file is more often a mistake than not.
    assertThat(errorsLoading(fixture(file))).containsExactly(new Diagnostic(fixture(file), 1, 1, "",
        "the file is empty; expected an object with any of the sections companies, investments,"
            + " supplyDeals, stakes, chips, financials, events (write {} for a file that holds no facts)"));
  }

  @Test
  void reportsEveryPathThatIsMissingOrNotAFactFile() {
    Path missing = fixture("no-such-file.yaml");
    Path notFacts = fixture("tree/README.txt");

    assertThat(errorsLoading(notFacts, missing)).containsExactly(
        new Diagnostic(missing, 0, 0, "", "no such file or directory"),
        new Diagnostic(notFacts, 0, 0, "",
            "not a fact file; expected a name ending in .json, .yaml or .yml, or a directory"));
  }

  @Test
  void leavesInputFilesUntouched(@TempDir Path dir) throws Exception {
    Path file = Files.copy(fixture("valid-network.yaml"), dir.resolve("network.yaml"));
    FileTime modified = FileTime.from(Instant.parse("2026-02-04T09:00:00Z"));
    Files.setLastModifiedTime(file, modified);
    byte[] before = Files.readAllBytes(file);

    FactFiles.load(dir);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }
}
