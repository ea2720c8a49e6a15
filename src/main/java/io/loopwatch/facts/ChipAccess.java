package io.loopwatch.facts;

/**
 * How a company other than a chip's vendor gets to use it: chips sold (as Nvidia's GPUs are),
 * capacity rented in the vendor's cloud only (as Amazon's Trainium), or not at all (an
 * accelerator the vendor runs for its own services only).
 */
public enum ChipAccess implements Labeled {
  /** Sold as chips or systems; also what a chip is taken to be when nothing else is on record. */
  SOLD,
  /** Only rented, as capacity in the vendor's own cloud. */
  CLOUD,
  /** Run by the vendor for its own services only: nobody else can buy or rent it. */
  IN_HOUSE;

  /** True when companies other than the vendor can buy it or rent capacity on it. */
  public boolean isOffered() {
    return this != IN_HOUSE;
  }
}
