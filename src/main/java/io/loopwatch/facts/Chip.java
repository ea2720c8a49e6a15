package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An AI chip, the hub vendor's own or a rival's. */
public record Chip(
    String id,
    String vendor,
    String name,
    ChipKind kind,
    List<Workload> workloads,
    ChipStatus status,
    LocalDate announced,
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
    sources = List.copyOf(sources);
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
