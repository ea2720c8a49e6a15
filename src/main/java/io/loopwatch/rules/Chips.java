package io.loopwatch.rules;

import io.loopwatch.derived.ChipRivals;
import java.util.stream.Collectors;

/** How alert messages describe chips. */
public final class Chips {

  private Chips() {}

  /**
   * The rival's chips in id order, each with its kind, status and the workloads it shares with
   * the vendor's chips: {@code TPU v7 (ASIC, available, for training and inference)}.
   */
  public static String describe(ChipRivals rivals) {
    return rivals.chips().stream()
        .map(chip -> chip.name() + " (" + chip.kind().label() + ", " + chip.status().label() + ", for "
            + String.join(" and ", chip.sharedWorkloads(rivals.vendorChips())) + ")")
        .collect(Collectors.joining("; "));
  }
}
