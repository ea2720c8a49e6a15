package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An AI chip, the hub vendor's own or a rival's.
 *
 * @param markets the countries the vendor offers it in, as ISO 3166-1 alpha-2 codes; empty when
 *     no limit is known (Huawei's Ascend 910C: CN only)
 * @param access how others get to use it: bought, rented in the vendor's cloud, or not at all
 * @param exportControls the rules that bar it from some destinations, each with its sources
 */
public record Chip(
    String id,
    String vendor,
    String name,
    ChipKind kind,
    List<Workload> workloads,
    ChipStatus status,
    LocalDate announced,
    List<String> markets,
    ChipAccess access,
    List<ExportControl> exportControls,
    String note,
    List<Source> sources)
    implements Fact {

  public Chip {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    workloads = List.copyOf(workloads);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(announced, "announced");
    markets = markets == null ? List.of() : List.copyOf(markets);
    access = access == null ? ChipAccess.SOLD : access;
    exportControls = exportControls == null ? List.of() : List.copyOf(exportControls);
    sources = List.copyOf(sources);
  }

  /** A chip sold worldwide as far as anyone has said: no market limit, no export control. */
  public Chip(String id, String vendor, String name, ChipKind kind, List<Workload> workloads, ChipStatus status,
      LocalDate announced, String note, List<Source> sources) {
    this(id, vendor, name, kind, workloads, status, announced, List.of(), ChipAccess.SOLD, List.of(), note, sources);
  }

  /**
   * True when {@code buyer} can buy this chip, or rent capacity on it, on {@code date}: its vendor
   * always can; anyone else only if the chip is offered to others, in the buyer's country (when
   * its markets are known), and no export control bars that country on that date.
   */
  public boolean availableTo(Company buyer, LocalDate date) {
    if (buyer.id().equals(vendor)) {
      return true;
    }
    return access.isOffered()
        && (markets.isEmpty() || markets.contains(buyer.country()))
        && exportControls.stream().noneMatch(control -> control.bars(buyer.country(), date));
  }

  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.of(announced);
  }

  /** Its vendor. */
  @Override
  public List<String> parties() {
    return List.of(vendor);
  }

  /** True when this chip runs at least one of the given workloads. */
  public boolean overlaps(List<Workload> others) {
    return workloads.stream().anyMatch(others::contains);
  }

  /** True when this chip runs a workload that any of the given chips runs. */
  public boolean overlapsAny(java.util.Collection<Chip> chips) {
    return chips.stream().anyMatch(c -> overlaps(c.workloads()));
  }

  /** The workloads this chip shares with any of the given chips, as labels. */
  public List<String> sharedWorkloads(java.util.Collection<Chip> chips) {
    return workloads.stream()
        .filter(w -> chips.stream().anyMatch(c -> c.runs(w)))
        .map(Workload::label)
        .toList();
  }

  public boolean runs(Workload workload) {
    return workloads.contains(workload);
  }

  /**
   * By id alone, which equal facts share: Drools hashes the facts it matches, and a record's own
   * hash would walk every field, sources included, each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
