package io.loopwatch.loops;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.DealStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loop closes only when money can follow its deals in date order; other cycles are structural. */
class LoopTimingTest {

  @Test
  void moneyThatFollowsTheDealsInDateOrderClosesTheLoop() {
    // nvidia invests, then openai rents oracle's cloud, then oracle buys nvidia's chips.
    Loop loop = threeWay("2025-09-22", "2025-10-01", "2025-12-01");

    assertThat(loop.dateOrder()).isEqualTo(new DateOrder("nvidia", day("2025-09-22"), day("2025-12-01")));
    assertThat(loop.closesWithin(70)).isTrue();
    assertThat(loop.closesWithin(69)).isFalse();
    assertThat(loop.daysToGoRound()).isEqualTo(70.0);
  }

  @Test
  void theTripMayStartAnywhereOnTheLoop() {
    // Oracle's order comes first, then the investment, then the cloud contract it pays for.
    Loop loop = threeWay("2025-09-22", "2025-10-01", "2025-05-20");

    assertThat(loop.dateOrder()).isEqualTo(new DateOrder("oracle", day("2025-05-20"), day("2025-10-01")));
  }

  @Test
  void aPurchaseThatWouldReturnMoneyBeforeItWasSentLeavesTheLoopStructural() {
    // Each deal is dated before the one that would pay for it: no start gets all the way round.
    Loop loop = threeWay("2026-01-10", "2025-09-10", "2025-05-20");

    assertThat(loop.dateOrder()).isNull();
    assertThat(loop.closesWithin(100_000)).isFalse();
    assertThat(loop.daysToGoRound()).isInfinite();
  }

  @Test
  void aParallelDealCanOpenTheWay() {
    List<LoopLink> links = new ArrayList<>(threeWay("2026-01-10", "2025-09-10", "2025-05-20").links());
    // A second, later cloud contract lets the investment's money reach Oracle, so a trip can start
    // with Oracle's chip order: 2025-05-20, then the investment, then the new contract.
    links.set(1, new LoopLink("openai", "oracle", List.of(links.get(1).edges().get(0),
        edge("openai-oracle-more", EdgeKind.SUPPLY, "openai", "oracle", "2026-02-01"))));
    Loop loop = new Loop(List.of("nvidia", "openai", "oracle"), links);

    assertThat(loop.dateOrder()).isEqualTo(new DateOrder("oracle", day("2025-05-20"), day("2026-02-01")));
  }

  @Test
  void theShortestTripIsKept() {
    List<LoopLink> links = new ArrayList<>(threeWay("2025-01-01", "2025-02-01", "2025-03-01").links());
    links.set(0, new LoopLink("nvidia", "openai", List.of(links.get(0).edges().get(0),
        edge("nvidia-openai-later", EdgeKind.INVESTMENT, "nvidia", "openai", "2025-01-25"))));
    Loop loop = new Loop(List.of("nvidia", "openai", "oracle"), links);

    assertThat(loop.dateOrder().days()).isEqualTo(35);
  }

  @Test
  void dealsWithinDaysIgnoresOrder() {
    Loop loop = threeWay("2026-01-10", "2026-01-05", "2025-12-20");

    assertThat(loop.dateOrder()).isNull();
    assertThat(loop.dealsWithinDays()).isEqualTo(21);
  }

  private static Loop threeWay(String invested, String rented, String ordered) {
    return new Loop(List.of("nvidia", "openai", "oracle"), List.of(
        new LoopLink("nvidia", "openai", List.of(edge("nvidia-openai", EdgeKind.INVESTMENT, "nvidia", "openai", invested))),
        new LoopLink("openai", "oracle", List.of(edge("openai-oracle", EdgeKind.SUPPLY, "openai", "oracle", rented))),
        new LoopLink("oracle", "nvidia", List.of(edge("oracle-nvidia", EdgeKind.SUPPLY, "oracle", "nvidia", ordered)))));
  }

  private static LoopEdge edge(String id, EdgeKind kind, String from, String to, String announced) {
    return new LoopEdge(id, kind, from, to, new BigDecimal("1e9"), DealStatus.SIGNED, day(announced),
        kind == EdgeKind.INVESTMENT ? "equity" : "cloud", null);
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
