package io.loopwatch.loops;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A path of money that returns to where it started: company 0 pays company 1, ... and the last
 * company pays company 0. Inserted into the rule session so that rules can reason about a loop's
 * length, members, money and how binding it is.
 *
 * <p>The companies are rotated to start at the smallest id, so one loop always has one {@link
 * #key()}, whichever company it was found from.
 *
 * @param hubs the vendors financing this loop: companies that invest in the next company on the
 *     loop and are paid by the previous one (Nvidia is the hub of nvidia → openai → oracle →
 *     nvidia). Derived from the links, and computed once here because rules test it in join
 *     conditions against every loop.
 * @param chipHubs the hubs paid in chips: the loop's money returns to them as chip purchases. Only
 *     these vendors lose when a customer on the loop turns to rival chips. Derived, like hubs.
 */
public record Loop(List<String> companies, List<LoopLink> links, List<String> hubs, List<String> chipHubs) {

  /** A loop of these companies, linked in order; its hubs are derived from the links. */
  public Loop(List<String> companies, List<LoopLink> links) {
    this(companies, links, null, null);
  }

  public Loop {
    companies = List.copyOf(companies);
    links = List.copyOf(links);
    if (companies.size() != links.size() || companies.size() < 2) {
      throw new IllegalArgumentException("a loop needs as many links as companies, and at least 2");
    }
    List<String> derivedHubs = findHubs(companies, links);
    List<String> derivedChipHubs = findChipHubs(derivedHubs, links);
    if ((hubs != null && !hubs.equals(derivedHubs)) || (chipHubs != null && !chipHubs.equals(derivedChipHubs))) {
      throw new IllegalArgumentException("hubs are derived from the links; pass null or the derived lists");
    }
    hubs = derivedHubs;
    chipHubs = derivedChipHubs;
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

  private static LoopLink link(List<LoopLink> links, Predicate<LoopLink> which) {
    return links.stream().filter(which).findFirst().orElseThrow();
  }

  /** The link that leaves the given company, if it is on the loop. */
  public LoopLink linkFrom(String companyId) {
    return links.stream().filter(l -> l.from().equals(companyId)).findFirst().orElse(null);
  }

  /**
   * The smallest disclosed link: as far as anyone has disclosed, the money that can make it all
   * the way round. Zero when no link is disclosed.
   */
  public BigDecimal circulatingUsd() {
    return links.stream()
        .filter(LoopLink::isDisclosed)
        .map(LoopLink::amountUsd)
        .min(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  /** The sum of every disclosed amount on the loop. */
  public BigDecimal totalUsd() {
    return links.stream().map(LoopLink::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public int undisclosedLinks() {
    return (int) links.stream().filter(l -> !l.isDisclosed()).count();
  }

  public int bindingLinks() {
    return (int) links.stream().filter(LoopLink::isBinding).count();
  }

  /** The binding weight of the weakest link: a loop is only as real as its least real link. */
  public double weakestLinkWeight() {
    return links.stream().mapToDouble(LoopLink::bindingWeight).min().orElse(0);
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
