package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import io.loopwatch.testing.LoadProblems;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal whose amount no source gave says so with {@code disclosed: false}: a missing amount
 * without it is a forgotten one, and an amount beside it contradicts it. Both are reported where
 * they are written, saying what to write.
 */
class UndisclosedAmountsTest {

  private static final String COMPANIES = """
      companies:
        - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
        - {id: xai, name: xAI, roles: [ai-lab], country: US}
      """;
  private static final String WHAT_TO_WRITE =
      "write 'amountUsd' in US dollars, or 'disclosed: false' where the sources do not disclose the amount";

  @TempDir Path dir;

  @Test
  void anInvestmentOfUndisclosedAmountSaysSo() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + """
        investments:
          - {id: nvidia-xai, investor: nvidia, investee: xai, disclosed: false, instrument: equity,
             status: closed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """));

    Investment stake = facts.investments().get(0);
    assertThat(stake.amountUsd()).isNull();
    assertThat(stake.isDisclosed()).isFalse();
    assertThat(stake.amount()).isEmpty();
  }

  @Test
  void disclosedTrueBesideAnAmountIsAllowed() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + """
        supplyDeals:
          - {id: xai-nvidia, buyer: xai, supplier: nvidia, product: gpu, amountUsd: 1000000000, disclosed: true,
             status: signed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """));

    assertThat(facts.supplyDeals().get(0).amountUsd()).isEqualByComparingTo(new BigDecimal("1e9"));
  }

  @Test
  void anInvestmentWithoutAmountOrDisclosedIsReportedAtItsObject() throws Exception {
    Path file = write(COMPANIES + """
        investments:
          - {id: nvidia-xai, investor: nvidia, investee: xai, instrument: equity,
             status: closed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.column()).isEqualTo(5);
      assertThat(d.path()).isEqualTo("investments[0].amountUsd");
      assertThat(d.message()).isEqualTo("missing 'amountUsd'; " + WHAT_TO_WRITE);
    });
  }

  @Test
  void aSupplyDealWithoutAmountOrDisclosedIsReportedToo() throws Exception {
    Path file = write(COMPANIES + """
        supplyDeals:
          - id: xai-nvidia
            buyer: xai
            supplier: nvidia
            product: gpu
            status: signed
            announced: 2024-12-23
            sources: [{publisher: xAI, date: 2024-12-23}]
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.path()).isEqualTo("supplyDeals[0].amountUsd");
      assertThat(d.message()).isEqualTo("missing 'amountUsd'; " + WHAT_TO_WRITE);
    });
  }

  @Test
  void anEmptyAmountIsReportedAtItsValue() throws Exception {
    Path file = write(blockInvestment("amountUsd:\n"));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.path()).isEqualTo("investments[0].amountUsd");
      assertThat(d.message()).isEqualTo("no value for 'amountUsd'; " + WHAT_TO_WRITE);
    });
  }

  @Test
  void anAmountBesideDisclosedFalseIsAContradictionReportedAtTheFlag() throws Exception {
    Path file = write(blockInvestment("amountUsd: 1000000000\ndisclosed: false\n"));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.column()).isEqualTo(16);
      assertThat(d.path()).isEqualTo("investments[0].disclosed");
      assertThat(d.message()).isEqualTo("'disclosed: false' says the amount is not public, but 'amountUsd' gives"
          + " one; remove 'disclosed: false', or remove 'amountUsd' if the sources do not disclose it");
    });
  }

  @Test
  void anAmountOfZeroIsRefusedSinceItWouldReadAsKnown() throws Exception {
    // A careless "0" for "we don't know" would put "USD 0" into every loop through the deal.
    Path file = write(blockInvestment("amountUsd: 0\n"));

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.path()).isEqualTo("investments[0].amountUsd");
      assertThat(d.message()).isEqualTo("a deal of USD 0 moves no money; write the amount in US dollars, or"
          + " 'disclosed: false' where the sources do not disclose it");
    });
  }

  @Test
  void aSupplyDealOfZeroIsRefusedToo() throws Exception {
    Path file = write(COMPANIES + """
        supplyDeals:
          - {id: xai-nvidia, buyer: xai, supplier: nvidia, product: gpu, amountUsd: 0.0,
             status: signed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("supplyDeals[0].amountUsd");
      assertThat(d.message()).startsWith("a deal of USD 0 moves no money");
    });
  }

  @Test
  void disclosedTrueWithoutAnAmountIsReported() throws Exception {
    Path file = write(COMPANIES + """
        supplyDeals:
          - {id: xai-nvidia, buyer: xai, supplier: nvidia, product: gpu, disclosed: true,
             status: signed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("supplyDeals[0].disclosed");
      assertThat(d.message()).isEqualTo("'disclosed: true' but 'amountUsd' is missing; " + WHAT_TO_WRITE);
    });
  }

  @Test
  void disclosedMustBeABoolean() throws Exception {
    Path file = write(COMPANIES + """
        supplyDeals:
          - {id: xai-nvidia, buyer: xai, supplier: nvidia, product: gpu, disclosed: "no",
             status: signed, announced: 2024-12-23, sources: [{publisher: xAI, date: 2024-12-23}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("supplyDeals[0].disclosed");
      assertThat(d.message()).isEqualTo("expected true or false; found the string 'no'");
    });
  }

  @Test
  void theSameHoldsInJson() throws Exception {
    Path file = Files.writeString(dir.resolve("facts.json"), """
        {"companies": [{"id": "nvidia", "name": "NVIDIA", "roles": ["chip-vendor"], "country": "US"},
                       {"id": "xai", "name": "xAI", "roles": ["ai-lab"], "country": "US"}],
         "investments": [{"id": "nvidia-xai", "investor": "nvidia", "investee": "xai", "instrument": "equity",
                          "status": "closed", "announced": "2024-12-23",
                          "sources": [{"publisher": "xAI", "date": "2024-12-23"}]}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.path()).isEqualTo("investments[0].amountUsd");
      assertThat(d.message()).isEqualTo("missing 'amountUsd'; " + WHAT_TO_WRITE);
    });
  }

  /** An investment written one field a line, with these lines (indented by four) where its amount goes. */
  private static String blockInvestment(String amountLines) {
    return COMPANIES + """
        investments:
          - id: nvidia-xai
            investor: nvidia
            investee: xai
        """ + amountLines.indent(4) + """
            instrument: equity
            status: closed
            announced: 2024-12-23
            sources: [{publisher: xAI, date: 2024-12-23}]
        """;
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("facts.yaml"), text);
  }

  private static List<Diagnostic> problems(Path file) {
    return LoadProblems.of(file);
  }
}
