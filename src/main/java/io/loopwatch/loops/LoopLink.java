package io.loopwatch.loops;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One step of a loop: every live deal through which money goes from one company to the next.
 * Parallel deals (an investment and a warrant, two cloud contracts) are kept together, because the
 * loop only breaks when all of them do.
 *
 * <p>Money is told per deal, never per link: a link with a USD 1 M closed stake and a USD 20 B
 * reported one binds USD 1 M ({@link #bindingUsd()}), and USD 20 B of it is only reported ({@link
 * #unboundUsd()}). One binding deal does not make the rest of the link binding.
 */
public record LoopLink(String from, String to, List<LoopEdge> edges) {

  public LoopLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    edges = List.copyOf(edges);
    if (edges.isEmpty()) {
      throw new IllegalArgumentException("a link needs at least one deal: " + from + " -> " + to);
    }
  }

  /**
   * The sum of the disclosed amounts, binding or not (an "up to" pledge counts at its ceiling): at
   * most this much moves along the link as far as anyone has said, when every deal on it is
   * disclosed ({@link #isFullyDisclosed()}); otherwise only a part of it, the rest unknown. Zero when
   * no deal on this link has a disclosed amount.
   */
  public BigDecimal amountUsd() {
    return sum(edges.stream().filter(LoopEdge::isDisclosed));
  }

  /** The sum of the disclosed amounts of the deals that bind the parties (signed or closed). */
  public BigDecimal bindingUsd() {
    return sum(edges.stream().filter(e -> e.isDisclosed() && e.isBinding()));
  }

  /** The disclosed amounts that do not bind yet: reported, rumoured, pledged ("up to") or in talks. */
  public BigDecimal unboundUsd() {
    return amountUsd().subtract(bindingUsd());
  }

  /** The deals on the link whose amount was not disclosed. */
  public int undisclosedDeals() {
    return (int) edges.stream().filter(e -> !e.isDisclosed()).count();
  }

  /** Binding deals on the link whose amount was not disclosed: its binding money is at least {@link #bindingUsd()}. */
  public int bindingUndisclosedDeals() {
    return (int) edges.stream().filter(e -> e.isBinding() && !e.isDisclosed()).count();
  }

  private static BigDecimal sum(Stream<LoopEdge> deals) {
    return deals.map(LoopEdge::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Some deal on the link has a disclosed amount. */
  public boolean isDisclosed() {
    return edges.stream().anyMatch(LoopEdge::isDisclosed);
  }

  /** Every deal on the link has a disclosed amount, so {@link #amountUsd()} is a ceiling, not a part. */
  public boolean isFullyDisclosed() {
    return edges.stream().allMatch(LoopEdge::isDisclosed);
  }

  /** True when some deal on this link is of the given kind. */
  public boolean has(EdgeKind kind) {
    return edges.stream().anyMatch(e -> e.kind() == kind);
  }

  /**
   * Some deal on the link binds the parties for a disclosed amount. A signed deal of unknown size
   * does not count: nothing says how much of the money it binds.
   */
  public boolean isBinding() {
    return edges.stream().anyMatch(e -> e.isBinding() && e.isDisclosed());
  }

  /** The binding weight of the strongest deal on the link, 0 to 1. */
  public double bindingWeight() {
    return edges.stream().mapToDouble(e -> e.status().bindingWeight()).max().orElse(0);
  }
}
