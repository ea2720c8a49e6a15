package io.loopwatch.facts.parse;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Stake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads a stake; the companies it names and the stake it supersedes are checked once all files are read. */
final class StakeBinder {

  private StakeBinder() {}

  static Stake bind(Fields in) {
    String id = in.id("id");
    String holder = in.text("holder");
    String company = in.text("company");
    BigDecimal percent = in.required("percent", Units::percent);
    LocalDate asOf = in.date("asOf");
    DealStatus status = in.choice("status", DealStatus.class);
    String supersedes = in.optionalText("supersedes");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new Stake(id, holder, company, percent, asOf, status, supersedes, note, sources);
  }
}
