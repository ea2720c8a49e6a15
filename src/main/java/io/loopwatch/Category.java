package io.loopwatch;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of fragility an alert describes. Every rule declares one in its metadata. */
public enum Category {
  /** Money that returns to the company it came from, directly or through intermediaries. */
  CIRCULAR_FINANCING,
  /** A customer inside a loop buying from the hub vendor's rivals. */
  SUPPLIER_DIVERSIFICATION,
  /** A pledge that shrank, stalled or never became binding. */
  COMMITMENT_GAP,
  /** Rival chips that weaken the hub vendor's hold on its customers. */
  RIVAL_CHIP,
  /** Customers at the centre of a loop that lose money or promise more than they earn. */
  COUNTERPARTY_HEALTH,
  /** A vendor whose revenue or investments are concentrated in customers it funds. */
  CONCENTRATION,
  /** Trouble at one company that would spread along the links to others. */
  CONTAGION;

  public static Optional<Category> parse(String text) {
    return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(text.strip())).findFirst();
  }

  public static String choices() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
