package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
    List<Source> sources) {

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

  /** True when this chip runs at least one of the given workloads. */
  public boolean overlaps(List<Workload> others) {
    return workloads.stream().anyMatch(others::contains);
  }

  public boolean runs(Workload workload) {
    return workloads.contains(workload);
  }
}
