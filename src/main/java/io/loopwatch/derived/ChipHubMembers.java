package io.loopwatch.derived;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The companies on the loops a chip vendor's sales close (a {@link io.loopwatch.loops.ChipHub}),
 * the vendor left out: those whose turn to a rival chip takes money off the loop, and so those a
 * rival chip must be offered to before it threatens the vendor there. One per chip hub.
 *
 * @param companies in id order
 */
public record ChipHubMembers(String hub, List<Company> companies) implements Derived {

  public ChipHubMembers {
    Objects.requireNonNull(hub, "hub");
    companies = List.copyOf(companies);
  }

  @Override
  public String key() {
    return "chip-hub-members:" + hub;
  }

  /** True when at least one of the companies can buy the chip, or rent it, on the date. */
  public boolean canBuy(Chip chip, LocalDate date) {
    return companies.stream().anyMatch(company -> chip.availableTo(company, date));
  }

  /** Those of the rival's chips that at least one of the companies can buy on the date. */
  public ChipRivals buyable(ChipRivals rivals, LocalDate date) {
    List<Chip> offered = rivals.chips().stream().filter(chip -> canBuy(chip, date)).toList();
    return offered.size() == rivals.chips().size() ? rivals
        : new ChipRivals(rivals.vendor(), rivals.rival(), offered, rivals.vendorChips());
  }

  /**
   * By what it is about: Drools hashes the facts it matches, and a record's own hash would walk
   * every company each time.
   */
  @Override
  public int hashCode() {
    return hub.hashCode();
  }
}
