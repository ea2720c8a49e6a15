package io.loopwatch.session;

import static io.loopwatch.testing.Facts.DAY;
import static io.loopwatch.testing.Facts.SOURCE;
import static io.loopwatch.testing.Facts.buy;
import static io.loopwatch.testing.Facts.chip;
import static io.loopwatch.testing.Facts.company;
import static io.loopwatch.testing.Facts.financials;
import static io.loopwatch.testing.Facts.invest;
import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Alert;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipAccess;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.ExportControl;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.facts.Workload;
import io.loopwatch.testing.RecordingListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who can buy a rival chip, and who counts as one customer, in a live session: a company's country
 * or parent changing, and the session's date passing an export control's first day, change the
 * alerts exactly as evaluating the same facts from scratch on that date does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChipReachSessionTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");

  private RiskEngine engine;

  @BeforeAll
  void compileRules() throws Exception {
    engine = bundledRules();
  }

  /** NVIDIA funds OpenAI, which buys its GPUs: a loop NVIDIA's chips close. */
  private static List<Fact> loop() {
    return new ArrayList<>(List.of(company("nvidia", Role.CHIP_VENDOR, Role.INVESTOR), company("openai", Role.AI_LAB),
        new Company("huawei", "Huawei", List.of(Role.CHIP_VENDOR), "CN", null, List.of()),
        chip("nvidia-b300", "nvidia", ChipKind.GPU, ChipStatus.SHIPPING, Workload.TRAINING),
        invest("nvidia", "openai", "20e9"), buy("openai", "nvidia", null)));
  }

  private static Chip ascend(List<String> markets, List<ExportControl> controls) {
    return new Chip("huawei-ascend-910c", "huawei", "Ascend 910C", ChipKind.NPU, List.of(Workload.TRAINING),
        ChipStatus.SHIPPING, DAY, markets, ChipAccess.SOLD, controls, null, SOURCE);
  }

  @Test
  void aLoopCompanyMovingIntoAChipsMarketBringsTheRivalIn() throws Exception {
    List<Fact> facts = loop();
    facts.add(ascend(List.of("CN"), List.of()));
    Company openaiInChina = new Company("openai", "Openai", List.of(Role.AI_LAB), "CN", null, List.of());
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      assertThat(rivalChips(session.alerts())).isEmpty();
      assertThat(session.alerts()).isEqualTo(evaluated(facts, AS_OF));

      session.update(openaiInChina);
      List<Fact> moved = new ArrayList<>(facts);
      moved.set(1, openaiInChina);
      assertThat(rivalChips(session.alerts())).containsExactly("rival-chip:nvidia,huawei");
      assertThat(session.alerts()).isEqualTo(evaluated(moved, AS_OF));
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());
    }
  }

  @Test
  void anExportControlTakesTheRivalOutWhenTheSessionReachesItsDate() throws Exception {
    LocalDate before = LocalDate.parse("2026-02-02");
    LocalDate from = LocalDate.parse("2026-02-03");
    List<Fact> facts = loop();
    facts.add(ascend(List.of(), List.of(new ExportControl(List.of("US"), from, null, SOURCE))));
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, before)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      assertThat(rivalChips(session.alerts())).containsExactly("rival-chip:nvidia,huawei");
      assertThat(session.alerts()).isEqualTo(evaluated(facts, before));

      session.advanceTo(from);
      assertThat(rivalChips(session.alerts())).isEmpty();
      assertThat(session.alerts()).isEqualTo(evaluated(facts, from));
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());
    }
  }

  @Test
  void aParentGivenOrTakenRegroupsTheCustomersItControls() throws Exception {
    Company cloudOnItsOwn = company("alibaba-cloud", Role.CLOUD_PROVIDER);
    Company cloudUnderAlibaba = new Company("alibaba-cloud", "Alibaba cloud", List.of(Role.CLOUD_PROVIDER), "CN",
        "alibaba", List.of());
    List<Fact> facts = new ArrayList<>(List.of(company("nvidia", Role.CHIP_VENDOR, Role.INVESTOR),
        company("alibaba", Role.HYPERSCALER),
        new Company("t-head", "T-Head", List.of(Role.CHIP_VENDOR), "CN", "alibaba", List.of()), cloudOnItsOwn,
        financials("nvidia", "100e9", "50e9", null), invest("nvidia", "t-head", "1e9"),
        buy("t-head", "nvidia", "4e9"), buy("alibaba-cloud", "nvidia", "6e9")));
    RecordingListener listener = new RecordingListener();
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      assertThat(concentration(session.alerts())).isEmpty();

      session.update(cloudUnderAlibaba);
      List<Fact> grouped = new ArrayList<>(facts);
      grouped.set(3, cloudUnderAlibaba);
      assertThat(concentration(session.alerts()))
          .containsExactly("funded-customer-concentration:nvidia,alibaba-cloud,t-head");
      assertThat(session.alerts()).isEqualTo(evaluated(grouped, AS_OF));

      session.update(cloudOnItsOwn);
      assertThat(concentration(session.alerts())).isEmpty();
      assertThat(session.alerts()).isEqualTo(evaluated(facts, AS_OF));
      assertThat(listener.current().values()).containsExactlyInAnyOrderElementsOf(session.alerts());
    }
  }

  @Test
  void aChipThatADealNamesCannotBeRetractedFromUnderIt() throws Exception {
    List<Fact> facts = loop();
    facts.add(new SupplyDeal("openai-cloud", "openai", "huawei", Product.CLOUD, List.of("huawei-ascend-910c"), null,
        null, DealStatus.SIGNED, DAY, null, null, null, SOURCE));
    facts.add(3, ascend(List.of("CN"), List.of()));
    try (RiskSession session = engine.newSession(new RecordingListener(), AS_OF)) {
      for (Fact fact : facts) {
        session.insert(fact);
      }
      assertThatExceptionOfType(InvalidInputException.class)
          .isThrownBy(() -> session.retract("huawei-ascend-910c"))
          .satisfies(e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.path()).endsWith(".chips[0]");
            assertThat(d.message()).startsWith("unknown chip 'huawei-ascend-910c'");
          }));
      assertThat(session.alerts()).isEqualTo(evaluated(facts, AS_OF));
    }
  }

  private static List<String> rivalChips(List<Alert> alerts) {
    return alerts.stream().map(Alert::key).filter(key -> key.startsWith("rival-chip:")).toList();
  }

  private static List<String> concentration(List<Alert> alerts) {
    return alerts.stream().map(Alert::key).filter(key -> key.startsWith("funded-customer-concentration:")).toList();
  }

  private List<Alert> evaluated(List<Fact> facts, LocalDate asOf) throws Exception {
    FactSet.Builder set = FactSet.builder();
    facts.forEach(set::addFact);
    return engine.evaluate(set.build(), asOf).alerts();
  }
}
