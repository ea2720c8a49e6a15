package io.loopwatch.loops;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.DealStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loop's money is told per deal: one binding deal does not make the rest of its link binding. */
class LoopMoneyTest {

  private static final LocalDate DAY = LocalDate.parse("2026-01-15");

  @Test
  void aLinkBindsOnlyTheMoneyOfItsBindingDeals() {
    LoopLink stake = link("nvidia", "openai",
        stake("reported-stake", "20e9", DealStatus.REPORTED), stake("closed-stake", "1e6", DealStatus.CLOSED));

    assertThat(stake.amountUsd()).isEqualByComparingTo("20.001e9");
    assertThat(stake.bindingUsd()).isEqualByComparingTo("1e6");
    assertThat(stake.unboundUsd()).isEqualByComparingTo("20e9");
    assertThat(stake.isBinding()).isTrue();
  }

  @Test
  void aSignedDealOfUnknownSizeDoesNotMakeItsLinkBinding() {
    LoopLink purchase = link("openai", "nvidia", purchase("gpus", null, DealStatus.SIGNED));

    assertThat(purchase.isBinding()).isFalse();
    assertThat(purchase.bindingUsd()).isZero();
    assertThat(purchase.undisclosedDeals()).isEqualTo(1);
  }

  @Test
  void theRoundTripIsTheSmallestLinksBindingMoneyAndTheRestIsStatedApart() {
    Loop loop = twoParty(
        link("nvidia", "openai",
            stake("reported-stake", "20e9", DealStatus.REPORTED), stake("closed-stake", "1e6", DealStatus.CLOSED)),
        link("openai", "nvidia", purchase("gpus", "30e9", DealStatus.SIGNED)));

    assertThat(loop.roundTripUsd()).isEqualByComparingTo("1e6");
    assertThat(loop.atMostUsd()).isEqualByComparingTo("20.001e9");
    assertThat(loop.unboundUsd()).isEqualByComparingTo("20e9");
    assertThat(loop.bindingLinks()).isEqualTo(2);
  }

  @Test
  void aLinkWithAnUndisclosedDealSetsNoCeilingAndItsBindingMoneyIsAFloor() {
    // The stake link carries USD 1 B disclosed and a closed stake of unknown size: it may carry more.
    Loop loop = twoParty(
        link("nvidia", "openai",
            stake("closed-stake", "1e9", DealStatus.CLOSED), stake("undisclosed-stake", null, DealStatus.CLOSED)),
        link("openai", "nvidia", purchase("gpus", "5e9", DealStatus.SIGNED)));

    assertThat(loop.links().get(0).isFullyDisclosed()).isFalse();
    assertThat(loop.atMostUsd()).as("the purchase caps it, not the stake link's disclosed part")
        .isEqualByComparingTo("5e9");
    assertThat(loop.hasCeiling()).isTrue();
    assertThat(loop.roundTripUsd()).isEqualByComparingTo("1e9");
    assertThat(loop.isRoundTripAFloor()).isTrue();
    assertThat(loop.partlyDisclosedLinks()).isEqualTo(1);
    assertThat(loop.undisclosedDeals()).isEqualTo(1);
    assertThat(loop.amountSpread()).as("an amount known only in part shows no match").isEqualTo(1.0);
    assertThat(io.loopwatch.rules.Loops.money(loop)).isEqualTo("at most USD 5 B can go all the way round, of which"
        + " at least USD 1 B binding and up to USD 4 B not yet binding (2 of 2 links binding, 1 partly undisclosed)");
  }

  @Test
  void aBindingDealOfUnknownSizeBesideAReportedOneIsNotSaidToBindNothing() {
    // The closed stake of unknown size may carry all of the USD 5 B: 'none of it binding' would deny it.
    Loop loop = twoParty(
        link("nvidia", "openai",
            stake("undisclosed-stake", null, DealStatus.CLOSED), stake("reported-stake", "20e9", DealStatus.REPORTED)),
        link("openai", "nvidia", purchase("gpus", "5e9", DealStatus.SIGNED)));

    assertThat(loop.roundTripUsd()).isZero();
    assertThat(loop.isRoundTripAFloor()).isTrue();
    assertThat(io.loopwatch.rules.Loops.money(loop)).isEqualTo("at most USD 5 B can go all the way round, none of it"
        + " known to be binding (1 of 2 links binding, 1 partly undisclosed; 1 more has a binding deal of undisclosed"
        + " size)");
  }

  @Test
  void linksBoundByDealsOfUnknownSizeAreNotLeftToReadAsUnbound() {
    // Both deals are closed or signed: '0 of 2 links binding' alone would read as if none bound.
    Loop loop = twoParty(
        link("nvidia", "openai", stake("undisclosed-stake", null, DealStatus.CLOSED)),
        link("openai", "nvidia", purchase("gpus", null, DealStatus.SIGNED)));

    assertThat(loop.bindingLinks()).isZero();
    assertThat(io.loopwatch.rules.Loops.money(loop)).isEqualTo("no amount on any link is disclosed (0 of 2 links"
        + " binding, 2 undisclosed; 2 more have a binding deal of undisclosed size)");
  }

  @Test
  void withNoLinkFullyDisclosedNothingCapsTheRoundTrip() {
    Loop loop = twoParty(
        link("nvidia", "openai",
            stake("closed-stake", "1e9", DealStatus.CLOSED), stake("undisclosed-stake", null, DealStatus.REPORTED)),
        link("openai", "nvidia",
            purchase("gpus", "5e9", DealStatus.SIGNED), purchase("more-gpus", null, DealStatus.REPORTED)));

    assertThat(loop.hasCeiling()).isFalse();
    assertThat(loop.atMostUsd()).isZero();
    assertThat(io.loopwatch.rules.Loops.money(loop)).isEqualTo("no link's deals are all disclosed, so nothing caps"
        + " what can go all the way round; at least USD 1 B of it binding (2 of 2 links binding, 2 partly undisclosed)");
  }

  @Test
  void nothingBindsAllTheWayRoundWhenALinkHasNoBindingDeal() {
    Loop loop = twoParty(
        link("nvidia", "openai", stake("rumoured-stake", "20e9", DealStatus.RUMORED)),
        link("openai", "nvidia", purchase("gpus", "30e9", DealStatus.SIGNED)));

    assertThat(loop.roundTripUsd()).isZero();
    assertThat(loop.atMostUsd()).isEqualByComparingTo("20e9");
    assertThat(loop.bindingLinks()).isEqualTo(1);
  }

  @Test
  void anUndisclosedLinkLeavesNoKnownRoundTripButKeepsTheCeiling() {
    Loop loop = twoParty(
        link("nvidia", "openai", stake("signed-stake", "2e9", DealStatus.SIGNED)),
        link("openai", "nvidia", purchase("gpus", null, DealStatus.SIGNED)));

    assertThat(loop.roundTripUsd()).isZero();
    assertThat(loop.atMostUsd()).isEqualByComparingTo("2e9");
    assertThat(loop.undisclosedLinks()).isEqualTo(1);
    assertThat(loop.bindingLinks()).isEqualTo(1);
  }

  @Test
  void amountSpreadComparesTheLargestAndSmallestLinks() {
    Loop similar = twoParty(
        link("a", "b", purchase("a-buys", "1e9", DealStatus.SIGNED)),
        link("b", "a", purchase("b-buys", "0.8e9", DealStatus.SIGNED)));
    Loop unknown = twoParty(
        link("a", "b", purchase("a-buys", "1e9", DealStatus.SIGNED)),
        link("b", "a", purchase("b-buys", null, DealStatus.SIGNED)));

    assertThat(similar.amountSpread()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(unknown.amountSpread()).isEqualTo(1.0);
  }

  @Test
  void shapeSaysWhatKindOfMoneyGoesRound() {
    assertThat(twoParty(link("a", "b", stake("a-holds-b", "1e9", DealStatus.CLOSED)),
        link("b", "a", stake("b-holds-a", "1e9", DealStatus.CLOSED))).shape())
        .isEqualTo(LoopShape.CROSS_SHAREHOLDING);
    assertThat(twoParty(link("a", "b", purchase("a-buys", "1e9", DealStatus.SIGNED)),
        link("b", "a", purchase("b-buys", "1e9", DealStatus.SIGNED))).shape())
        .isEqualTo(LoopShape.PURCHASES_ONLY);
    assertThat(twoParty(link("a", "b", stake("a-holds-b", "1e9", DealStatus.CLOSED)),
        link("b", "a", purchase("b-buys", "1e9", DealStatus.SIGNED))).shape())
        .isEqualTo(LoopShape.VENDOR_FINANCED);
  }

  private static Loop twoParty(LoopLink there, LoopLink back) {
    return new Loop(List.of(there.from(), back.from()), List.of(there, back));
  }

  private static LoopLink link(String from, String to, Edge... edges) {
    return new LoopLink(from, to, java.util.Arrays.stream(edges).map(e -> e.on(from, to)).toList());
  }

  private static Edge stake(String id, String usd, DealStatus status) {
    return (from, to) -> new LoopEdge(id, EdgeKind.INVESTMENT, from, to, usd == null ? null : new BigDecimal(usd),
        status, DAY, "equity", null);
  }

  private static Edge purchase(String id, String usd, DealStatus status) {
    return (from, to) -> new LoopEdge(id, EdgeKind.SUPPLY, from, to, usd == null ? null : new BigDecimal(usd),
        status, DAY, "gpu", io.loopwatch.facts.Product.GPU);
  }

  /** A deal waiting to be put on a link. */
  private interface Edge {
    LoopEdge on(String from, String to);
  }
}
