package io.loopwatch.loops;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One step of a loop: every live deal through which money goes from one company to the next.
 * Parallel deals (an investment and a warrant, two cloud contracts) are kept together, because the
 * loop only breaks when all of them do.
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

  /** The sum of the disclosed amounts; zero when no deal on this link has a disclosed amount. */
  public BigDecimal amountUsd() {
    return edges.stream()
        .filter(LoopEdge::isDisclosed)
        .map(LoopEdge::amountUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isDisclosed() {
    return edges.stream().anyMatch(LoopEdge::isDisclosed);
  }

  /** True when some deal on this link is of the given kind. */
  public boolean has(EdgeKind kind) {
    return edges.stream().anyMatch(e -> e.kind() == kind);
  }

  /** At least one deal on the link binds the parties. */
  public boolean isBinding() {
    return edges.stream().anyMatch(LoopEdge::isBinding);
  }

  /** The binding weight of the strongest deal on the link, 0 to 1. */
  public double bindingWeight() {
    return edges.stream().mapToDouble(e -> e.status().bindingWeight()).max().orElse(0);
  }
}
