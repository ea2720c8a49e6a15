package io.loopwatch.facts.parse;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Workload;
import java.time.LocalDate;
import java.util.List;

/** Reads a chip. */
final class ChipBinder {

  private ChipBinder() {}

  static Chip bind(Fields in) {
    String id = in.id("id");
    String vendor = in.text("vendor");
    String name = in.text("name");
    ChipKind kind = in.choice("kind", ChipKind.class);
    List<Workload> workloads = in.choices("workloads", Workload.class);
    ChipStatus status = in.choice("status", ChipStatus.class);
    LocalDate announced = in.date("announced");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new Chip(id, vendor, name, kind, workloads, status, announced, note, sources);
  }
}
