package io.loopwatch.facts;

/** How close a chip is to taking real orders. */
public enum ChipStatus implements Labeled {
  PLANNED,
  ANNOUNCED,
  SAMPLING,
  SHIPPING;

  /** Sampling or shipping: customers can already test or buy it. */
  public boolean isAvailable() {
    return this == SAMPLING || this == SHIPPING;
  }
}
