package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import java.util.List;
import java.util.Objects;

/**
 * A company whose chips are aimed at the workloads of another vendor's chips.
 *
 * @param chips the rival's chips that share a workload with one of the vendor's, in id order
 * @param vendorChips the vendor's own chips, in id order
 */
public record ChipRivals(String vendor, String rival, List<Chip> chips, List<Chip> vendorChips) implements Derived {

  public ChipRivals {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(rival, "rival");
    chips = List.copyOf(chips);
    vendorChips = List.copyOf(vendorChips);
  }

  @Override
  public String key() {
    return "chip-rivals:" + vendor + ">" + rival;
  }

  /** A chip customers can already test or buy is a nearer threat than one on a roadmap. */
  public boolean anyAvailable() {
    return chips.stream().anyMatch(c -> c.status().isAvailable());
  }

  /**
   * By what it is about, which equal chip rivals share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return 31 * vendor.hashCode() + rival.hashCode();
  }
}
