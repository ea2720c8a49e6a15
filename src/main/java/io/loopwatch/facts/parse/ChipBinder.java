package io.loopwatch.facts.parse;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipAccess;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.ExportControl;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Workload;
import java.time.LocalDate;
import java.util.List;

/** Reads a chip, with where it is offered and the export controls that bar it. */
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
    List<String> markets = in.optionalList("markets", "country codes", Values::countryCode);
    ChipAccess access = in.optionalChoice("access", ChipAccess.class);
    List<ExportControl> controls = in.optionalObjects("exportControls",
        "an export control: an object with barred, from and sources", ChipBinder::exportControl);
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new Chip(id, vendor, name, kind, workloads, status, announced, markets, access, controls, note, sources);
  }

  /** One export control: the destinations it bars, from when, and who says so. */
  private static ExportControl exportControl(Fields in) {
    List<String> barred = in.requiredList("barred", "country codes (" + Values.COUNTRY_HINT + ")",
        Values::countryCode);
    LocalDate from = in.date("from");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    return in.complete() ? new ExportControl(barred, from, note, sources) : null;
  }
}
