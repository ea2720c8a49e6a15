package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who can buy a chip (its {@code markets}, {@code access} and {@code exportControls}) and which
 * chips a supply deal runs on ({@code chips}): read from files, and every bad value reported where
 * it is written with what was expected.
 */
class ChipReachFieldsTest {

  private static final String COMPANIES = """
      companies:
        - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
        - {id: huawei, name: Huawei, roles: [chip-vendor], country: CN}
        - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
        - {id: amazon, name: Amazon, roles: [hyperscaler, chip-vendor], country: US}
        - {id: alibaba, name: Alibaba, roles: [hyperscaler], country: CN}
      """;

  /** Nvidia's H20, its export controls to follow as block-list items indented by four. */
  private static final String H20 = """
      chips:
        - id: nvidia-h20
          vendor: nvidia
          name: H20
          kind: gpu
          workloads: [inference]
          status: shipping
          announced: 2024-06-01
          sources: [{publisher: Test Wire, date: 2024-06-01}]
          exportControls:
      """;

  private static final String CHIPS = H20 + """
            - barred: [CN, MO]
              from: 2025-04-09
              note: licence required
              sources: [{publisher: NVIDIA, date: 2025-04-15}]
        - {id: huawei-ascend-910c, vendor: huawei, name: Ascend 910C, kind: npu, workloads: [training, inference],
           status: shipping, announced: 2025-05-13, markets: [CN], sources: [{publisher: Test Wire, date: 2025-05-13}]}
        - {id: amazon-trainium2, vendor: amazon, name: Trainium2, kind: asic, workloads: [training],
           status: shipping, announced: 2023-11-28, access: cloud, sources: [{publisher: Test Wire, date: 2023-11-28}]}
      """;

  @TempDir Path dir;

  @Test
  void aChipSaysWhereItIsOfferedHowAndWhatBarsIt() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + CHIPS));

    Chip h20 = facts.chips().get(0);
    assertThat(h20.markets()).isEmpty();
    assertThat(h20.access()).isEqualTo(ChipAccess.SOLD);
    assertThat(h20.exportControls()).singleElement().satisfies(control -> {
      assertThat(control.barred()).containsExactly("CN", "MO");
      assertThat(control.from()).isEqualTo(LocalDate.of(2025, 4, 9));
      assertThat(control.note()).isEqualTo("licence required");
    });
    assertThat(facts.chips().get(1).markets()).containsExactly("CN");
    assertThat(facts.chips().get(2).access()).isEqualTo(ChipAccess.CLOUD);
  }

  @Test
  void whoCanBuyAChipDependsOnCountryDateAndAccess() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + CHIPS));
    Company openai = facts.company("openai").orElseThrow();
    Company alibaba = facts.company("alibaba").orElseThrow();
    Company huawei = facts.company("huawei").orElseThrow();
    Chip h20 = facts.chips().get(0);
    Chip ascend = facts.chips().get(1);
    Chip trainium = facts.chips().get(2);
    LocalDate day = LocalDate.of(2026, 2, 5);

    assertThat(h20.availableTo(alibaba, LocalDate.of(2025, 4, 8))).isTrue();
    assertThat(h20.availableTo(alibaba, LocalDate.of(2025, 4, 9))).isFalse();
    assertThat(h20.availableTo(openai, day)).isTrue();
    assertThat(ascend.availableTo(openai, day)).isFalse();
    assertThat(ascend.availableTo(alibaba, day)).isTrue();
    assertThat(trainium.availableTo(openai, day)).isTrue();
    Chip inHouse = new Chip("huawei-internal", "huawei", "Internal", ChipKind.NPU, List.of(Workload.TRAINING),
        ChipStatus.SHIPPING, day, List.of(), ChipAccess.IN_HOUSE, List.of(), null,
        List.of(new Source("Test Wire", day, null)));
    assertThat(inHouse.availableTo(alibaba, day)).isFalse();
    assertThat(inHouse.availableTo(huawei, day)).as("its vendor always can").isTrue();
  }

  @Test
  void aSupplyDealNamesTheChipsItRunsOn() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + CHIPS + """
        supplyDeals:
          - {id: openai-aws, buyer: openai, supplier: amazon, product: cloud, chips: [amazon-trainium2],
             disclosed: false, status: signed, announced: 2026-01-20, sources: [{publisher: Test Wire, date: 2026-01-20}]}
        """));

    SupplyDeal deal = facts.supplyDeals().get(0);
    assertThat(deal.chips()).containsExactly("amazon-trainium2");
    assertThat(deal.isComputePurchase()).as("cloud capacity on named chips is compute").isTrue();
  }

  @Test
  void anUnknownChipIsReportedAtTheItemThatNamesIt() throws Exception {
    Path file = write(COMPANIES + CHIPS + """
        supplyDeals:
          - id: openai-aws
            buyer: openai
            supplier: amazon
            product: cloud
            chips:
              - amazon-trainium2
              - amazon-trainium9
            status: signed
            disclosed: false
            announced: 2026-01-20
            sources: [{publisher: Test Wire, date: 2026-01-20}]
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("supplyDeals[0].chips[1]");
      assertThat(d.line()).isEqualTo(32);
      assertThat(d.column()).isEqualTo(9);
      assertThat(d.message()).startsWith("unknown chip 'amazon-trainium9'").contains("did you mean 'amazon-trainium2'");
    });
  }

  @Test
  void aCompanyNamedAsAChipIsReportedAsTheWrongKind() throws Exception {
    Path file = write(COMPANIES + CHIPS + """
        supplyDeals:
          - {id: openai-aws, buyer: openai, supplier: amazon, product: cloud, chips: [amazon],
             disclosed: false, status: signed, announced: 2026-01-20, sources: [{publisher: Test Wire, date: 2026-01-20}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("supplyDeals[0].chips[0]");
      assertThat(d.message()).isEqualTo("'amazon' is a company, not a chip");
    });
  }

  @Test
  void aChipOfADealWithOtherErrorsIsStillChecked() throws Exception {
    Path file = write(COMPANIES + CHIPS + """
        supplyDeals:
          - {id: openai-aws, buyer: openai, supplier: amazon, product: cloud, chips: [trainium], amountUsd: lots,
             status: signed, announced: 2026-01-20, sources: [{publisher: Test Wire, date: 2026-01-20}]}
        """);

    assertThat(problems(file)).extracting(Diagnostic::path)
        .containsExactlyInAnyOrder("supplyDeals[0].chips[0]", "supplyDeals[0].amountUsd");
  }

  @Test
  void aMarketThatIsNoCountryCodeIsReportedAtItsItem() throws Exception {
    Path file = write(COMPANIES + """
        chips:
          - {id: huawei-ascend-910c, vendor: huawei, name: Ascend 910C, kind: npu, workloads: [training],
             status: shipping, announced: 2025-05-13, markets: [CN, china],
             sources: [{publisher: Test Wire, date: 2025-05-13}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("chips[0].markets[1]");
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.message()).isEqualTo(
          "expected a country as an ISO 3166-1 alpha-2 code: two capital letters such as US or CN; found 'china'");
    });
  }

  @Test
  void aCompanysCountryIsACountryCodeToo() throws Exception {
    // Chip markets and export controls are compared with it: 'cn' would match neither CN market
    // nor CN bar, and the company could silently buy what it cannot, or not what it can.
    Path file = write("""
        companies:
          - {id: alibaba, name: Alibaba, roles: [hyperscaler], country: cn}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("companies[0].country");
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).isEqualTo(
          "expected a country as an ISO 3166-1 alpha-2 code: two capital letters such as US or CN; found 'cn'");
    });
  }

  @Test
  void anUnknownAccessListsTheChoices() throws Exception {
    Path file = write(COMPANIES + """
        chips:
          - {id: amazon-trainium2, vendor: amazon, name: Trainium2, kind: asic, workloads: [training],
             status: shipping, announced: 2023-11-28, access: rented, sources: [{publisher: Test Wire, date: 2023-11-28}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("chips[0].access");
      assertThat(d.message()).contains("sold, cloud, in-house").contains("rented");
    });
  }

  @Test
  void anExportControlNeedsDestinationsADateAndASource() throws Exception {
    Path file = writeH20WithControls("""
          - {note: no destinations, from: 2025-04-09, sources: [{publisher: NVIDIA, date: 2025-04-15}]}
          - {barred: [cn], from: 2025-04-09, sources: [{publisher: NVIDIA, date: 2025-04-15}]}
          - {barred: [CN], sources: [{publisher: NVIDIA, date: 2025-04-15}]}
          - {barred: [CN], from: 2025-04-09, sources: [{publisher: NVIDIA, date: 2025-04-15}], rule: BIS}
        """);

    assertThat(problems(file)).extracting(Diagnostic::path, Diagnostic::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("chips[0].exportControls[0].barred", 17),
        org.assertj.core.groups.Tuple.tuple("chips[0].exportControls[1].barred[0]", 18),
        org.assertj.core.groups.Tuple.tuple("chips[0].exportControls[2].from", 19),
        org.assertj.core.groups.Tuple.tuple("chips[0].exportControls[3].rule", 20));
  }

  @Test
  void anExportControlWithNoSourceIsReportedOnItsChip() throws Exception {
    Path file = writeH20WithControls("""
          - {barred: [CN], from: 2025-04-09, sources: []}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("chips[0].exportControls[0].sources");
      assertThat(d.line()).isEqualTo(17);
      assertThat(d.message()).isEqualTo("expected at least one source (publisher and date); found an empty list");
    });
  }

  @Test
  void exportControlsMustBeAListOfObjects() throws Exception {
    Path file = write(COMPANIES + """
        chips:
          - {id: nvidia-h20, vendor: nvidia, name: H20, kind: gpu, workloads: [inference], status: shipping,
             announced: 2024-06-01, exportControls: [CN], sources: [{publisher: Test Wire, date: 2024-06-01}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("chips[0].exportControls[0]");
      assertThat(d.message()).startsWith("expected an export control: an object with barred, from and sources");
    });
  }

  @Test
  void factsBuiltInCodeAreHeldToTheSameCountryCodes() {
    LocalDate day = LocalDate.of(2025, 4, 9);
    List<Source> source = List.of(new Source("Test Wire", day, null));
    FactSet facts = FactSet.builder()
        .add(new Company("nvidia", "NVIDIA", List.of(Role.CHIP_VENDOR), "US", null, List.of()))
        .add(new Chip("nvidia-h20", "nvidia", "H20", ChipKind.GPU, List.of(Workload.INFERENCE), ChipStatus.SHIPPING,
            day, List.of("usa"), ChipAccess.SOLD, List.of(new ExportControl(List.of(), day, null, source)), null,
            source))
        .build();

    assertThat(FactSetValidator.validate(facts)).extracting(Diagnostic::path, Diagnostic::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("chips[0](nvidia-h20).markets[0]",
            "expected a country as an ISO 3166-1 alpha-2 code: two capital letters such as US or CN; found 'usa'"),
        org.assertj.core.groups.Tuple.tuple("chips[0](nvidia-h20).exportControls[0].barred",
            "expected the destinations the control bars, as a list of a country as an ISO 3166-1 alpha-2 code:"
                + " two capital letters such as US or CN; found none"));
  }

  /** The companies and an H20 chip with these export controls, written as block-list items. */
  private Path writeH20WithControls(String controls) throws Exception {
    return write(COMPANIES + H20 + controls.indent(4));
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("facts.yaml"), text);
  }

  private static List<Diagnostic> problems(Path file) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(file)).actual().diagnostics();
  }
}
