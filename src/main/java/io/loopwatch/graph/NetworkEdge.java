package io.loopwatch.graph;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.loops.EdgeKind;
import io.loopwatch.rules.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every live deal of one kind from one company to another, drawn as one arrow in the direction
 * money flows. Several deals between the same pair (three CoreWeave contracts) share an arrow, so
 * the picture stays readable; the label says how many.
 *
 * @param factIds the deals, sorted by id
 * @param amountUsd the sum of the disclosed amounts; {@code null} when none is disclosed
 * @param undisclosedDeals how many of the deals have no disclosed amount, left out of {@code amountUsd}
 * @param status the status of the most binding deal
 */
public record NetworkEdge(String from, String to, EdgeKind kind, List<String> factIds, BigDecimal amountUsd,
    int undisclosedDeals, DealStatus status) {

  public NetworkEdge {
    factIds = List.copyOf(factIds);
  }

  /** {@code nvidia>openai:investment}: unique within a network, and stable across runs. */
  public String id() {
    return id(from, to, kind.label());
  }

  static String id(String from, String to, String kind) {
    return from + ">" + to + ":" + kind;
  }

  /** Signed or closed: the arrow is drawn solid; anything less is dashed. */
  public boolean isBinding() {
    return status.isBinding();
  }

  /**
   * {@code USD 20 B · reported}, {@code 3 deals · USD 22.4 B · signed}, {@code 2 deals · at least USD 1 B
   * plus 1 undisclosed · signed}.
   */
  public String label() {
    String amount = amountUsd == null ? "undisclosed" : Money.atLeast(amountUsd, undisclosedDeals);
    return (factIds.size() > 1 ? factIds.size() + " deals · " : "") + amount + " · " + status.label();
  }
}
