package io.loopwatch.facts.parse;

import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Source;
import java.math.BigDecimal;
import java.util.List;

/** Reads one company's results for one period; the pair is the record's identity. */
final class FinancialsBinder {

  private FinancialsBinder() {}

  static Financials bind(Fields in) {
    String company = in.text("company");
    String period = in.required("period", Values::period);
    BigDecimal revenueUsd = in.required("revenueUsd", Units::usd);
    BigDecimal netIncomeUsd = in.required("netIncomeUsd", Units::signedUsd);
    BigDecimal commitmentsUsd = in.optional("commitmentsUsd", Units::usd);
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new Financials(company, period, revenueUsd, netIncomeUsd, commitmentsUsd, note, sources);
  }
}
