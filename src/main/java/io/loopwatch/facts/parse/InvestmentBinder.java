package io.loopwatch.facts.parse;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads an investment; the companies it names are checked once all files are read. */
final class InvestmentBinder {

  private InvestmentBinder() {}

  static Investment bind(Fields in) {
    String id = in.id("id");
    String investor = in.text("investor");
    String investee = in.text("investee");
    BigDecimal amountUsd = in.disclosable("amountUsd", Units::usd);
    Instrument instrument = in.choice("instrument", Instrument.class);
    DealStatus status = in.choice("status", DealStatus.class);
    LocalDate announced = in.date("announced");
    LocalDate expectedClose = in.optionalDate("expectedClose");
    String supersedes = in.optionalText("supersedes");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new Investment(id, investor, investee, amountUsd, instrument, status, announced,
        expectedClose, supersedes, note, sources);
  }
}
