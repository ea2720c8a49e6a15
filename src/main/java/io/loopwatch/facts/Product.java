package io.loopwatch.facts;

/** What a supply deal buys. Chips and the capacity built on them are where circular money returns. */
public enum Product implements Labeled {
  GPU,
  ASIC,
  ACCELERATOR,
  CLOUD,
  DATACENTER,
  CAPACITY,
  NETWORKING,
  MEMORY,
  POWER,
  SOFTWARE;

  /** Compute silicon, as opposed to the services built on it. */
  public boolean isChip() {
    return this == GPU || this == ASIC || this == ACCELERATOR;
  }
}
