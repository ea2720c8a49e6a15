package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.ExportControl;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Labeled;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.facts.Workload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules each fact's own values obey: ids in kebab-case, amounts in range, a source for every
 * fact about the world, a label in every list of labels, periods that name a year, half or
 * quarter. Runs on facts as records, so that facts read from files and facts built in code are held
 * to the same rules in the same words; the loader only turns text into values of the right type.
 */
final class FieldCheck {

  private final Positions positions;
  private final List<Diagnostic> found = new ArrayList<>();

  private FieldCheck(Positions positions) {
    this.positions = positions;
  }

  static List<Diagnostic> find(FactSet facts, Positions positions) {
    FieldCheck check = new FieldCheck(positions);
    facts.companies().forEach(check::company);
    facts.investments().forEach(check::investment);
    facts.supplyDeals().forEach(check::supplyDeal);
    facts.stakes().forEach(check::stake);
    facts.chips().forEach(check::chip);
    facts.financials().forEach(check::financials);
    facts.events().forEach(check::event);
    return check.found;
  }

  private void company(Company c) {
    id(c, c.id());
    labels(c, "roles", c.roles(), Role.class);
    // Compared with chip markets and export controls: a 'cn' would match neither.
    if (!Values.isCountryCode(c.country())) {
      report(c, "country", "expected " + Values.COUNTRY_HINT + "; found " + Messages.quote(c.country()));
    }
  }

  private void investment(Investment i) {
    id(i, i.id());
    dealAmount(i, i.amountUsd());
    sources(i, i.sources());
  }

  private void supplyDeal(SupplyDeal d) {
    id(d, d.id());
    dealAmount(d, d.amountUsd());
    quantity(d, "capacityGw", d.capacityGw(), Quantity.GIGAWATTS);
    sources(d, d.sources());
  }

  private void stake(Stake s) {
    id(s, s.id());
    quantity(s, "percent", s.percent(), Quantity.PERCENT);
    sources(s, s.sources());
  }

  private void chip(Chip c) {
    id(c, c.id());
    labels(c, "workloads", c.workloads(), Workload.class);
    countries(c, "markets", c.markets());
    for (int i = 0; i < c.exportControls().size(); i++) {
      ExportControl control = c.exportControls().get(i);
      String at = DocPath.item("exportControls", i);
      if (control.barred().isEmpty()) {
        report(c, DocPath.field(at, "barred"), "expected the destinations the control bars, as a list of "
            + Values.COUNTRY_HINT + "; found none");
      }
      countries(c, DocPath.field(at, "barred"), control.barred());
      if (control.sources().isEmpty()) {
        report(c, DocPath.field(at, "sources"), "expected " + Fields.SOURCE_HINT + "; found an empty list");
      }
    }
    sources(c, c.sources());
  }

  private void countries(Object fact, String field, List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      if (!Values.isCountryCode(codes.get(i))) {
        report(fact, DocPath.item(field, i), "expected " + Values.COUNTRY_HINT + "; found "
            + Messages.quote(codes.get(i)));
      }
    }
  }

  private void financials(Financials f) {
    if (!Values.isPeriod(f.period())) {
      report(f, "period", "malformed period " + Messages.quote(f.period())
          + "; expected a year (2025), a half (2025-H1, 2025-H2)"
          + " or a quarter (2025-Q1 to 2025-Q4)");
    }
    quantity(f, "revenueUsd", f.revenueUsd(), Quantity.USD);
    quantity(f, "netIncomeUsd", f.netIncomeUsd(), Quantity.SIGNED_USD);
    quantity(f, "commitmentsUsd", f.commitmentsUsd(), Quantity.USD);
    sources(f, f.sources());
  }

  private void event(Event e) {
    id(e, e.id());
    if (e.leaving() != null && e.kind() != EventKind.EXPLORING_ALTERNATIVES) {
      report(e, "leaving", "'leaving' names the vendor a company looks to replace, so it belongs to"
          + " kind " + EventKind.EXPLORING_ALTERNATIVES.label() + " only; this event is " + e.kind().label());
    }
    if (e.leaving() != null && e.leaving().equals(e.subject())) {
      report(e, "leaving", "a company cannot look to replace itself: " + Messages.quote(e.subject())
          + " is the subject; expected the id of the vendor it looks to replace");
    }
    sources(e, e.sources());
  }

  private void id(Object fact, String id) {
    if (!Values.isKebabCase(id)) {
      report(fact, "id", "malformed id " + Messages.quote(id)
          + "; expected kebab-case: lowercase letters and digits joined by single hyphens,"
          + " e.g. 'nvidia-openai-2025'");
    }
  }

  /**
   * A deal's amount: in range, and not zero, which moves no money and is most often written for
   * "not known"; read as known, it would put "USD 0" into every loop and total through the deal.
   */
  private void dealAmount(Object deal, BigDecimal amount) {
    if (amount != null && amount.signum() == 0) {
      report(deal, "amountUsd", "a deal of USD 0 moves no money; write the amount in US dollars, or"
          + " 'disclosed: false' where the sources do not disclose it");
      return;
    }
    quantity(deal, "amountUsd", amount, Quantity.USD);
  }

  /** @param value null for an optional quantity left out */
  private void quantity(Object fact, String field, BigDecimal value, Quantity kind) {
    if (value != null) {
      kind.problem(value).ifPresent(problem -> report(fact, field, problem));
    }
  }

  private void sources(Object fact, List<Source> sources) {
    if (sources.isEmpty()) {
      report(fact, "sources", "expected " + Fields.SOURCE_HINT + "; found an empty list");
    }
  }

  private <E extends Enum<E> & Labeled> void labels(
      Object fact, String field, List<E> labels, Class<E> type) {
    if (labels.isEmpty()) {
      report(fact, field,
          "expected at least one of: " + Labeled.choices(type) + "; found an empty list");
    }
  }

  private void report(Object fact, String field, String message) {
    found.add(positions.of(fact, field).error(message));
  }
}
