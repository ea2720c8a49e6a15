package io.loopwatch.loops;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A path of money that returns to where it started: company 0 pays company 1, ... and the last
 * company pays company 0. Inserted into the rule session so that rules can reason about a loop's
 * length, members, money, how binding it is and whether money could follow it in date order.
 *
 * <p>The companies are rotated to start at the smallest id, so one loop always has one {@link
 * #key()}, whichever company it was found from.
 *
 * <p><b>Money, per deal.</b> {@link #roundTripUsd()} is what binding deals of disclosed size send
 * all the way round: the smallest link's {@link LoopLink#bindingUsd()}. {@link #atMostUsd()} is the
 * ceiling of what anyone has said could go round, binding or not: the smallest disclosed link. The
 * difference, {@link #unboundUsd()}, is only reported, pledged or "up to"; a link with no disclosed
 * amount leaves the round trip unknown, so no money is known to bind all the way round.
 *
 * <p><b>Time.</b> A loop {@linkplain #closesWithin closes} only when money can follow its deals in
 * date order ({@link #dateOrder()}); any other cycle is structural.
 *
 * @param hubs the vendors financing this loop: companies that invest in the next company on the
 *     loop and are paid by the previous one (Nvidia is the hub of nvidia → openai → oracle →
 *     nvidia). Derived from the links, and computed once here because rules test it in join
 *     conditions against every loop.
 * @param chipHubs the hubs paid in chips: the loop's money returns to them as chip purchases. Only
 *     these vendors lose when a customer on the loop turns to rival chips. Derived, like hubs.
 */
public record Loop(
    List<String> companies,
    List<LoopLink> links,
    List<String> hubs,
    List<String> chipHubs,
    LoopShape shape,
    LoopTiming timing) {

  /** A loop of these companies, linked in order; its hubs, shape and timing are derived from the links. */
  public Loop(List<String> companies, List<LoopLink> links) {
    this(companies, links, null, null, null, null);
  }

  public Loop {
    companies = List.copyOf(companies);
    links = List.copyOf(links);
    if (companies.size() != links.size() || companies.size() < 2) {
      throw new IllegalArgumentException("a loop needs as many links as companies, and at least 2");
    }
    List<String> derivedHubs = findHubs(companies, links);
    List<String> derivedChipHubs = findChipHubs(derivedHubs, links);
    LoopShape derivedShape = shapeOf(derivedHubs, links);
    LoopTiming derivedTiming = LoopTiming.of(links);
    if ((hubs != null && !hubs.equals(derivedHubs)) || (chipHubs != null && !chipHubs.equals(derivedChipHubs))
        || (shape != null && shape != derivedShape) || (timing != null && !timing.equals(derivedTiming))) {
      throw new IllegalArgumentException(
          "hubs, shape and timing are derived from the links; pass null or the derived values");
    }
    hubs = derivedHubs;
    chipHubs = derivedChipHubs;
    shape = derivedShape;
    timing = derivedTiming;
  }

  /** Stable identity: {@code loop:a>b>c}. */
  public String key() {
    return "loop:" + String.join(">", companies);
  }

  /** The number of companies (and links) on the loop. */
  public int length() {
    return companies.size();
  }

  public boolean contains(String companyId) {
    return companies.contains(companyId);
  }

  private static List<String> findHubs(List<String> companies, List<LoopLink> links) {
    return companies.stream()
        .filter(c -> link(links, l -> l.from().equals(c)).has(EdgeKind.INVESTMENT)
            && link(links, l -> l.to().equals(c)).has(EdgeKind.SUPPLY))
        .toList();
  }

  private static List<String> findChipHubs(List<String> hubs, List<LoopLink> links) {
    return hubs.stream()
        .filter(c -> link(links, l -> l.to().equals(c)).edges().stream().anyMatch(LoopEdge::isChipPurchase))
        .toList();
  }

  private static LoopShape shapeOf(List<String> hubs, List<LoopLink> links) {
    if (!hubs.isEmpty()) {
      return LoopShape.VENDOR_FINANCED;
    }
    // Without a hub, every link is of one kind (see LoopShape).
    return links.get(0).has(EdgeKind.INVESTMENT) ? LoopShape.CROSS_SHAREHOLDING : LoopShape.PURCHASES_ONLY;
  }

  private static LoopLink link(List<LoopLink> links, Predicate<LoopLink> which) {
    return links.stream().filter(which).findFirst().orElseThrow();
  }

  /** The link that leaves the given company, if it is on the loop. */
  public LoopLink linkFrom(String companyId) {
    return links.stream().filter(l -> l.from().equals(companyId)).findFirst().orElse(null);
  }

  /**
   * The round-trip figure: what binding deals of disclosed size send all the way round, the
   * smallest {@link LoopLink#bindingUsd()} of any link. Zero when some link has no such deal
   * (nothing is known to bind all the way round), however large its reported or pledged deals.
   */
  public BigDecimal roundTripUsd() {
    return links.stream().map(LoopLink::bindingUsd).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  /**
   * The most that can go all the way round as far as anyone has said, binding or not: the smallest
   * link whose deals are all disclosed, an "up to" pledge at its ceiling. An upper bound only: a
   * link whose amount was not disclosed may carry less, and a link with some undisclosed deal may
   * carry more than its disclosed part, so it sets no ceiling. Zero when no link is fully disclosed
   * ({@link #hasCeiling()} is then false).
   */
  public BigDecimal atMostUsd() {
    return links.stream()
        .filter(LoopLink::isFullyDisclosed)
        .map(LoopLink::amountUsd)
        .min(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /** True when some link's deals are all disclosed, so that {@link #atMostUsd()} is a real ceiling. */
  public boolean hasCeiling() {
    return links.stream().anyMatch(LoopLink::isFullyDisclosed);
  }

  /** Links with some deal of disclosed amount and some of undisclosed amount. */
  public int partlyDisclosedLinks() {
    return (int) links.stream().filter(l -> l.isDisclosed() && !l.isFullyDisclosed()).count();
  }

  /**
   * True when {@link #roundTripUsd()} is a floor rather than a figure: some link has a binding deal
   * of undisclosed size, which may bind more than the link's disclosed binding deals.
   */
  public boolean isRoundTripAFloor() {
    return links.stream().anyMatch(l -> l.bindingUndisclosedDeals() > 0);
  }

  /** Deals on the loop whose amount was not disclosed, left out of every sum. */
  public int undisclosedDeals() {
    return links.stream().mapToInt(LoopLink::undisclosedDeals).sum();
  }

  /** The part of {@link #atMostUsd()} that no binding deal covers: reported, pledged, or on an undisclosed link. */
  public BigDecimal unboundUsd() {
    return atMostUsd().subtract(roundTripUsd()).max(BigDecimal.ZERO);
  }

  /**
   * The smallest disclosed link, binding or not.
   *
   * <p>The first edition's name for {@link #atMostUsd()}, kept for rules written against it; the
   * name claims the money circulates, where it is only a ceiling. Say {@code atMostUsd()}, or
   * {@code roundTripUsd()} for what binds all the way round.
   */
  public BigDecimal circulatingUsd() {
    return atMostUsd();
  }

  /**
   * The sum of every disclosed amount on the loop, binding or not; leaves out the {@link
   * #undisclosedDeals()}, so it is a total only when there are none.
   */
  public BigDecimal totalUsd() {
    return links.stream().map(LoopLink::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Links on which no deal has a disclosed amount. */
  public int undisclosedLinks() {
    return (int) links.stream().filter(l -> !l.isDisclosed()).count();
  }

  /** Links with a binding deal of disclosed size ({@link LoopLink#isBinding()}). */
  public int bindingLinks() {
    return (int) links.stream().filter(LoopLink::isBinding).count();
  }

  /**
   * Links with a binding deal, but none of disclosed size: bound, by an unknown amount, so not
   * among the {@link #bindingLinks()}.
   */
  public int boundByUndisclosedLinks() {
    return (int) links.stream().filter(l -> !l.isBinding() && l.bindingUndisclosedDeals() > 0).count();
  }

  /**
   * The binding weight of the weakest link, each link weighed by its strongest deal's status: a
   * loop is only as real as its least real link. Weighs statuses, not money; {@link #roundTripUsd()}
   * tells how much is bound.
   */
  public double weakestLinkWeight() {
    return links.stream().mapToDouble(LoopLink::bindingWeight).min().orElse(0);
  }

  /** The quickest trip round the loop in date order, or null when its deals' dates allow none. */
  public DateOrder dateOrder() {
    return timing.dateOrder();
  }

  /**
   * True when money can follow the loop in date order, first deal to last, within this many days:
   * the loop closes. Otherwise it is structural.
   */
  public boolean closesWithin(int days) {
    return dateOrder() != null && dateOrder().days() <= days;
  }

  /**
   * Days from the first deal to the last of the quickest trip round in date order; infinite when
   * there is none. For a rule to compare with a window: {@code closesWithin} as a number.
   */
  public double daysToGoRound() {
    return dateOrder() == null ? Double.POSITIVE_INFINITY : dateOrder().days();
  }

  /** The fewest days that hold a deal of every link, in any order. */
  public long dealsWithinDays() {
    return timing.anyOrderDays();
  }

  /**
   * How far apart the links' disclosed amounts are: 0 when every link carries the same, 0.2 when
   * the smallest is 80 % of the largest. 1 when a link's amount is unknown, in whole or in part, or
   * zero, since nothing then shows the amounts match.
   */
  public double amountSpread() {
    if (links.stream().anyMatch(l -> !l.isFullyDisclosed())) {
      return 1.0;
    }
    BigDecimal largest = links.stream().map(LoopLink::amountUsd).max(BigDecimal::compareTo).orElseThrow();
    BigDecimal smallest = links.stream().map(LoopLink::amountUsd).min(BigDecimal::compareTo).orElseThrow();
    if (smallest.signum() <= 0) {
      return 1.0;
    }
    return largest.subtract(smallest).doubleValue() / largest.doubleValue();
  }

  /** Ids of every deal on the loop, in path order. */
  public List<String> factIds() {
    return links.stream()
        .flatMap(l -> l.edges().stream())
        .map(LoopEdge::factId)
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@code nvidia → openai → oracle → nvidia}, from the loop's first company. */
  public String path() {
    return pathFrom(companies.get(0));
  }

  /** The path told from the given company (usually a hub), or from the first if it is not on the loop. */
  public String pathFrom(String companyId) {
    int start = Math.max(0, companies.indexOf(companyId));
    StringBuilder path = new StringBuilder();
    for (int i = 0; i <= companies.size(); i++) {
      path.append(i == 0 ? "" : " → ").append(companies.get((start + i) % companies.size()));
    }
    return path.toString();
  }

}
