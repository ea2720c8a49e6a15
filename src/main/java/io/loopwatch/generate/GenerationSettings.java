package io.loopwatch.generate;

import io.loopwatch.loops.LoopShape;

/**
 * What to generate. Validated on construction, so that a generation never starts with settings it
 * cannot satisfy.
 *
 * @param companies number of companies, at least 2 (a deal is between two)
 * @param deals number of deals (investments and supply deals), the planted loops' links included
 * @param loops number of loops to plant; their lengths cycle through 2 to {@code maxLoopLength}, and
 *     each round of lengths takes the next shape: vendor-financed, cross-shareholding, purchases only
 * @param maxLoopLength longest loop planted, and longest loop the ground truth lists
 * @param seed the same seed and settings give the same files, byte for byte
 */
public record GenerationSettings(int companies, int deals, int loops, int maxLoopLength, long seed) {

  public GenerationSettings {
    require(companies >= 2, "companies must be at least 2 (a deal is between two companies), was " + companies);
    require(deals >= 0, "deals must not be negative, was " + deals);
    require(loops >= 0, "loops must not be negative, was " + loops);
    require(maxLoopLength >= 2, "the maximum loop length must be at least 2 (a loop needs two companies), was "
        + maxLoopLength);
    require(maxLoopLength <= companies, "a loop of " + maxLoopLength + " companies needs at least "
        + maxLoopLength + " companies, but only " + companies + " were asked for");
    long links = plantedLinks(loops, maxLoopLength);
    require(links <= deals, loops + " planted loop(s) of length 2 to " + maxLoopLength + " need " + links
        + " deals, but only " + deals + " were asked for");
  }

  /** The length of the planted loop with this index: 2, 3, ... {@code maxLoopLength}, 2, 3, ... */
  int plantedLength(int index) {
    return 2 + index % (maxLoopLength - 1);
  }

  /**
   * The shape of the planted loop with this index: a whole round of lengths (2 to {@code
   * maxLoopLength}) has one shape, so that every shape comes in every length.
   */
  LoopShape plantedShape(int index) {
    LoopShape[] shapes = LoopShape.values();
    return shapes[(index / (maxLoopLength - 1)) % shapes.length];
  }

  /** How many deals the planted loops take: one per link. */
  long plantedLinks() {
    return plantedLinks(loops, maxLoopLength);
  }

  private static long plantedLinks(int loops, int maxLoopLength) {
    if (loops <= 0 || maxLoopLength < 2) {
      return 0;
    }
    long links = 0;
    for (int i = 0; i < loops; i++) {
      links += 2 + i % (maxLoopLength - 1);
    }
    return links;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
