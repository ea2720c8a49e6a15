package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.testing.RuleAlerts;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of validity, checked on the same facts written as JSON, as block YAML and built in
 * code: the messages are the same on all three paths. Files name the place by file:line:col and
 * a path; code-built facts, which have no file, by a path that carries the fact's id. Expected
 * paths are written {@code investments[0]{id}.amountUsd}: files drop the braces, code shows
 * {@code (id)}.
 */
class SameChecksForFilesAndCodeTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 4);
  private static final List<Source> REPORTED = List.of(new Source("Reuters", DAY, null));
  private static final String SOURCES = "\"sources\": [{\"publisher\": \"Reuters\", \"date\": \"2026-02-04\"}]";
  private static final String COMPANIES = "\"companies\": ["
      + "{\"id\": \"alpha\", \"name\": \"Alpha\", \"roles\": [\"ai-lab\"], \"country\": \"US\"},"
      + "{\"id\": \"beta\", \"name\": \"Beta\", \"roles\": [\"ai-lab\"], \"country\": \"US\"}]";

  @TempDir Path dir;


  /** One case: the facts after the two base companies, as JSON and as code, and what is wrong. */
  record Case(String name, String json, Consumer<FactSet.Builder> code, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("malformed company id",
            "\"extra\": [{\"id\": \"Bad Id\", \"name\": \"Bad\", \"roles\": [\"ai-lab\"], \"country\": \"US\"}]",
            b -> b.add(company("Bad Id")),
            List.of("companies[2]{Bad Id}.id: malformed id 'Bad Id'; expected kebab-case: lowercase"
                + " letters and digits joined by single hyphens, e.g. 'nvidia-openai-2025'")),
        new Case("negative amount", investmentJson("a-b", "alpha", "beta", "-100000000000", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "-100000000000", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: must not be negative; found -100000000000")),
        new Case("no sources", investmentJson("a-b", "alpha", "beta", "1000", "\"sources\": []", ""),
            b -> b.add(investment("a-b", "alpha", "beta", "1000", List.of(), null)),
            List.of("investments[0]{a-b}.sources: expected at least one source (publisher and date);"
                + " found an empty list")),
        new Case("the three code-built mistakes the tester found",
            "\"extra\": [{\"id\": \"Bad Id\", \"name\": \"Bad\", \"roles\": [\"ai-lab\"], \"country\": \"US\"}],"
                + investmentJson("a-b", "alpha", "beta", "-5", "\"sources\": []", "").substring(0),
            b -> b.add(company("Bad Id")).add(investment("a-b", "alpha", "beta", "-5", List.of(), null)),
            List.of("companies[2]{Bad Id}.id: malformed id 'Bad Id'; expected kebab-case: lowercase"
                    + " letters and digits joined by single hyphens, e.g. 'nvidia-openai-2025'",
                "investments[0]{a-b}.amountUsd: must not be negative; found -5",
                "investments[0]{a-b}.sources: expected at least one source (publisher and date);"
                    + " found an empty list")),
        new Case("amount of a hundred million digits", investmentJson("a-b", "alpha", "beta", "1e100000000", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "1e100000000", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: amount 1e100000000 is above the ceiling of USD 100 T")),
        new Case("amount at the largest exponent", investmentJson("a-b", "alpha", "beta", "1e2147483647", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "1e2147483647", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: amount 1e2147483647 is above the ceiling of USD 100 T")),
        new Case("amount of 400 digits", investmentJson("a-b", "alpha", "beta", "1e400", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "1e400", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: amount 1e400 is above the ceiling of USD 100 T")),
        new Case("amount just above the ceiling", investmentJson("a-b", "alpha", "beta", "100000000000001", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "100000000000001", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: amount 100000000000001 is above the ceiling of USD 100 T")),
        new Case("amount with a hundred million decimals", investmentJson("a-b", "alpha", "beta", "1e-100000000", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "beta", "1e-100000000", REPORTED, null)),
            List.of("investments[0]{a-b}.amountUsd: amount 1e-100000000 has more than 6 digits after the decimal point")),
        new Case("capacity above its ceiling",
            "\"supplyDeals\": [{\"id\": \"a-b-gw\", \"buyer\": \"alpha\", \"supplier\": \"beta\", \"product\": \"cloud\","
                + " \"capacityGw\": 1e6, \"disclosed\": false, \"status\": \"signed\", \"announced\": \"2026-02-04\", " + SOURCES + "}]",
            b -> b.add(new SupplyDeal("a-b-gw", "alpha", "beta", Product.CLOUD, null, new BigDecimal("1e6"),
                DealStatus.SIGNED, DAY, null, null, null, REPORTED)),
            List.of("supplyDeals[0]{a-b-gw}.capacityGw: capacity 1000000 is above the ceiling of 100,000 GW")),
        new Case("financials out of range and a malformed period",
            "\"financials\": [{\"company\": \"alpha\", \"period\": \"2025-Q5\", \"revenueUsd\": 1e15,"
                + " \"netIncomeUsd\": -1e400, " + SOURCES + "}]",
            b -> b.add(new Financials("alpha", "2025-Q5", new BigDecimal("1e15"), new BigDecimal("-1e400"),
                null, null, REPORTED)),
            List.of("financials[0]{alpha/2025-Q5}.period: malformed period '2025-Q5'; expected a year (2025),"
                    + " a half (2025-H1, 2025-H2) or a quarter (2025-Q1 to 2025-Q4)",
                "financials[0]{alpha/2025-Q5}.revenueUsd: amount 1000000000000000 is above the ceiling of USD 100 T",
                "financials[0]{alpha/2025-Q5}.netIncomeUsd: amount -1e400 is below the floor of -USD 100 T")),
        new Case("company with no roles",
            "\"extra\": [{\"id\": \"gamma\", \"name\": \"Gamma\", \"roles\": [], \"country\": \"US\"}]",
            b -> b.add(new Company("gamma", "Gamma", List.of(), "US", null, List.of())),
            List.of("companies[2]{gamma}.roles: expected at least one of: chip-vendor, ai-lab, cloud-provider,"
                + " hyperscaler, neocloud, investor, foundry, datacenter-developer, networking-vendor;"
                + " found an empty list")),
        new Case("negative amount and an unknown company in one fact",
            investmentJson("a-b", "alpha", "gamma", "-1", SOURCES, ""),
            b -> b.add(investment("a-b", "alpha", "gamma", "-1", REPORTED, null)),
            List.of("investments[0]{a-b}.investee: unknown company 'gamma'; no company has this id",
                "investments[0]{a-b}.amountUsd: must not be negative; found -1")));
  }

  @ParameterizedTest(name = "{0} from JSON")
  @MethodSource("cases")
  void jsonFilesReportEveryProblem(Case c) throws Exception {
    Path file = dir.resolve("facts.json");
    Files.writeString(file, jsonDocument(c));

    assertThat(lines(errorsLoading(file))).containsExactlyInAnyOrderElementsOf(filePaths(c.expected()));
  }

  @ParameterizedTest(name = "{0} from YAML")
  @MethodSource("cases")
  void yamlFilesReportTheSameProblems(Case c) throws Exception {
    Path file = dir.resolve("facts.yaml");
    Files.writeString(file, blockYaml(jsonDocument(c)));

    assertThat(lines(errorsLoading(file))).containsExactlyInAnyOrderElementsOf(filePaths(c.expected()));
  }

  @ParameterizedTest(name = "{0} built in code")
  @MethodSource("cases")
  void factSetsBuiltInCodeReportTheSameProblems(Case c) throws Exception {
    FactSet.Builder builder = FactSet.builder().add(company("alpha")).add(company("beta"));
    c.code().accept(builder);
    FactSet facts = builder.build();

    assertThat(lines(FactSetValidator.validate(facts)))
        .containsExactlyInAnyOrderElementsOf(codePaths(c.expected()));
    // And evaluate() refuses them, with the same problems, before any rule runs.
    RiskEngine engine = RuleAlerts.bundledRules();
    assertThat(lines(assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> engine.evaluate(facts, DAY)).actual().diagnostics()))
        .containsExactlyInAnyOrderElementsOf(codePaths(c.expected()));
  }

  private static String jsonDocument(Case c) {
    // The companies that some cases add go after the base two, as companies[2].
    String json = c.json();
    if (json.startsWith("\"extra\": [")) {
      int end = json.indexOf("}]") + 1;
      String extraCompany = json.substring("\"extra\": [".length(), end);
      String rest = json.substring(end + 1);
      return "{" + COMPANIES.substring(0, COMPANIES.length() - 1) + ", " + extraCompany + "]" + rest + "}";
    }
    return "{" + COMPANIES + ", " + json + "}";
  }

  /** The same document in block style; numbers keep their exact value. */
  private static String blockYaml(String json) throws Exception {
    JsonNode tree = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    return new YAMLMapper().writeValueAsString(tree);
  }

  private static String investmentJson(String id, String investor, String investee, String amount,
      String sources, String extra) {
    return "\"investments\": [{\"id\": \"" + id + "\", \"investor\": \"" + investor + "\", \"investee\": \""
        + investee + "\", \"amountUsd\": " + amount + ", \"instrument\": \"equity\", \"status\": \"signed\","
        + " \"announced\": \"2026-02-04\", " + sources + extra + "}]";
  }

  private static Company company(String id) {
    return new Company(id, id, List.of(Role.AI_LAB), "US", null, List.of());
  }

  private static Investment investment(String id, String investor, String investee, String amount,
      List<Source> sources, String supersedes) {
    return new Investment(id, investor, investee, new BigDecimal(amount), Instrument.EQUITY,
        DealStatus.SIGNED, DAY, null, supersedes, null, sources);
  }

  private static List<Diagnostic> errorsLoading(Path file) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(file)).actual().diagnostics();
  }

  private static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.path() + ": " + d.message()).toList();
  }

  private static List<String> filePaths(List<String> expected) {
    return expected.stream().map(e -> e.replaceFirst("\\{[^}]*\\}", "")).toList();
  }

  private static List<String> codePaths(List<String> expected) {
    return expected.stream().map(e -> e.replaceFirst("\\{([^}]*)\\}", "($1)")).toList();
  }
}
