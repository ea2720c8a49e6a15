package io.loopwatch.generate;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Product;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Makes deals: the random background, and single deals for the loop planter. */
final class DealMaker {

  /** Per mille of background deals that come as a pledge and its later re-cut ({@code supersedes}). */
  private static final int RECUT_PER_MILLE = 10;
  /** Per mille of purchases whose amount was not disclosed. */
  private static final int UNDISCLOSED_PER_MILLE = 120;
  /** Per mille of background investments whose amount was not disclosed (a strategic investor in a round). */
  private static final int UNDISCLOSED_INVESTMENT_PER_MILLE = 60;

  private final Roster roster;
  private final Draws draws;
  private final List<SyntheticDeal> deals;

  /** Appends to {@code deals}; a deal's serial is its index there. */
  DealMaker(Roster roster, Draws draws, List<SyntheticDeal> deals) {
    this.roster = roster;
    this.draws = draws;
    this.deals = deals;
  }

  /** Adds {@code count} background deals of the kinds this roster can make, by their weights. */
  void background(int count) {
    DealKind[] possible = Arrays.stream(DealKind.values()).filter(k -> k.possibleIn(roster)).toArray(DealKind[]::new);
    if (possible.length == 0) {
      // Cannot happen: the roster always has a chip vendor and an AI lab, and a lab can buy chips.
      throw new IllegalStateException("no kind of deal is possible between these companies");
    }
    int totalWeight = Arrays.stream(possible).mapToInt(k -> k.weight).sum();
    int made = 0;
    while (made < count) {
      DealKind kind = pick(possible, totalWeight);
      int from = roster.pickUniform(kind.payers, draws.random());
      int to = roster.pick(kind.payees, draws.random());
      if (from == to) {
        continue;
      }
      if (count - made >= 2 && draws.chance(RECUT_PER_MILLE)) {
        recut(kind, from, to);
        made += 2;
      } else {
        add(kind, from, to, draws.status(), draws.announced());
        made++;
      }
    }
  }

  /** A pledge, then a binding deal for less between the same parties that supersedes it. */
  private void recut(DealKind kind, int from, int to) {
    SyntheticDeal pledge = add(kind, from, to, draws.pledgeStatus(), draws.announced());
    // An investment draws its share even when undisclosed, as it did before investments could be:
    // the random stream, and the rest of the web, stay as they were.
    long share = pledge.isDisclosed() || pledge.isInvestment() ? draws.shareOf(Math.max(pledge.amountUsd(), 1)) : -1;
    long amount = pledge.isDisclosed() ? share : -1;
    add(pledge.instrument(), pledge.product(), from, to, amount, draws.bindingStatus(),
        draws.laterThan(pledge.announced(), 30, 300), pledge.serial());
  }

  private DealKind pick(DealKind[] kinds, int totalWeight) {
    int draw = draws.random().nextInt(totalWeight);
    for (DealKind kind : kinds) {
      draw -= kind.weight;
      if (draw < 0) {
        return kind;
      }
    }
    return kinds[kinds.length - 1];
  }

  /** A deal of this kind, with an instrument or product and an amount drawn for it. */
  SyntheticDeal add(DealKind kind, int from, int to, DealStatus status, LocalDate announced) {
    if (kind.isInvestment()) {
      long amount = draws.amount(kind.log10Median, 0.7);
      return add(oneOf(kind.instruments), null, from, to, undisclosedInvestment() ? -1 : amount, status, announced, -1);
    }
    return purchase(from, to, oneOf(kind.products), kind.log10Median, status, announced);
  }

  /**
   * Whether the next investment keeps its amount undisclosed: decided by its serial rather than a
   * draw, so that the random stream, and every other deal of a seed's web, stays as it was.
   */
  private boolean undisclosedInvestment() {
    long mixed = (deals.size() + 1L) * 0x9E3779B97F4A7C15L;
    return Math.floorMod(mixed >>> 40, 1000) < UNDISCLOSED_INVESTMENT_PER_MILLE;
  }

  /** A purchase; one in eight does not disclose its amount. */
  SyntheticDeal purchase(int buyer, int supplier, Product product, double log10Median, DealStatus status,
      LocalDate announced) {
    long amount = draws.chance(UNDISCLOSED_PER_MILLE) ? -1 : draws.amount(log10Median, 0.7);
    return add(null, product, buyer, supplier, amount, status, announced, -1);
  }

  /** An investment (instrument given) or a purchase (product given). */
  SyntheticDeal add(Instrument instrument, Product product, int from, int to, long amountUsd, DealStatus status,
      LocalDate announced, int supersedes) {
    boolean hasCapacity = product == Product.DATACENTER || product == Product.CAPACITY || product == Product.POWER;
    int publisher = draws.publisher();
    SyntheticDeal deal = new SyntheticDeal(
        deals.size(), from, to, instrument, product, amountUsd,
        hasCapacity && draws.chance(400) ? draws.capacityGw() : null,
        status, announced, draws.expectedClose(status, announced), supersedes,
        publisher, draws.secondPublisher(publisher), draws.sourceLag());
    deals.add(deal);
    return deal;
  }

  private <T> T oneOf(List<T> choices) {
    return choices.get(draws.random().nextInt(choices.size()));
  }
}
