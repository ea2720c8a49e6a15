package io.loopwatch.engine;

import io.loopwatch.FactSummary;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Labeled;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.rules.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns the fact ids an alert names into summaries a person can check: key fields, dates and
 * sources. Reads the facts through an index by id: built once per evaluation from the fact set,
 * or kept up to date by a live session, which explains only the alerts a change touches.
 */
final class FactSummaries {

  private final Map<String, ? extends Fact> byId;
  private final Map<String, FileLocation> locations;
  /**
   * Each fact's summary, made once, when the facts cannot change (one evaluation): many alerts cite
   * the same company or deal, and on ten million deals one copy per citation filled the heap. Null
   * for a live session, whose facts change under it.
   */
  private final Map<String, FactSummary> made;

  /**
   * @param byId the facts known, by id ({@code company/period} for financials); read, not copied
   * @param locations where facts loaded from files were written; read, not copied
   */
  FactSummaries(Map<String, ? extends Fact> byId, Map<String, FileLocation> locations) {
    this(byId, locations, null);
  }

  private FactSummaries(Map<String, ? extends Fact> byId, Map<String, FileLocation> locations,
      Map<String, FactSummary> made) {
    this.byId = byId;
    this.locations = locations;
    this.made = made;
  }

  /**
   * Only the facts that alerts cite, and every company (alerts name them): a million deals need no
   * index of them all for a few thousand alerts.
   */
  static FactSummaries of(FactSet facts, Set<String> cited) {
    Map<String, Fact> byId = new HashMap<>();
    facts.all().forEach(fact -> {
      if (fact instanceof Company || cited.contains(fact.id())) {
        byId.put(fact.id(), fact);
      }
    });
    return new FactSummaries(byId, facts.locations(), new ConcurrentHashMap<>());
  }

  /** The fact known by this id, or null. */
  Fact fact(String id) {
    return byId.get(id);
  }

  List<FactSummary> of(List<String> ids) {
    return ids.stream().map(this::of).toList();
  }

  FactSummary of(String id) {
    return made == null ? summaryOf(id) : made.computeIfAbsent(id, this::summaryOf);
  }

  private FactSummary summaryOf(String id) {
    Fact fact = byId.get(id);
    FileLocation where = locations.get(id);
    String location = where == null ? "" : where.toString();
    if (fact instanceof Investment i) {
      return investment(i, location);
    } else if (fact instanceof SupplyDeal d) {
      return supplyDeal(d, location);
    } else if (fact instanceof Company c) {
      return company(c, location);
    } else if (fact instanceof Stake s) {
      return stake(s, location);
    } else if (fact instanceof Chip c) {
      return chip(c, location);
    } else if (fact instanceof Financials f) {
      return financials(f, location);
    } else if (fact instanceof Event e) {
      return event(e, location);
    }
    return new FactSummary(id, "unknown", id + " (not in the facts)", Map.of(), List.of(), location);
  }

  private FactSummary investment(Investment i, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("investor", name(i.investor()));
    fields.put("investee", name(i.investee()));
    fields.put("amount", Money.usd(i.amountUsd()));
    fields.put("instrument", i.instrument().label());
    fields.put("status", i.status().label());
    fields.put("announced", i.announced().toString());
    putIfPresent(fields, "expected close", i.expectedClose());
    putIfPresent(fields, "supersedes", i.supersedes());
    putIfPresent(fields, "note", i.note());
    String summary = name(i.investor()) + " invests in " + name(i.investee()) + ": " + Money.sized(i.amountUsd()) + " "
        + i.instrument().label() + ", " + i.status().label() + ", announced " + i.announced();
    return new FactSummary(i.id(), "investment", summary, fields, i.sources(), location);
  }

  private FactSummary supplyDeal(SupplyDeal d, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("buyer", name(d.buyer()));
    fields.put("supplier", name(d.supplier()));
    fields.put("product", d.product().label());
    fields.put("amount", Money.usd(d.amountUsd()));
    putIfPresent(fields, "capacity", d.capacityGw() == null ? null : gw(d.capacityGw()));
    fields.put("status", d.status().label());
    fields.put("announced", d.announced().toString());
    putIfPresent(fields, "expected close", d.expectedClose());
    putIfPresent(fields, "supersedes", d.supersedes());
    putIfPresent(fields, "note", d.note());
    String summary = name(d.buyer()) + " buys " + d.product().label() + " from " + name(d.supplier()) + ": "
        + Money.usd(d.amountUsd()) + (d.capacityGw() == null ? "" : ", " + gw(d.capacityGw())) + ", "
        + d.status().label() + ", announced " + d.announced();
    return new FactSummary(d.id(), "supply-deal", summary, fields, d.sources(), location);
  }

  private FactSummary company(Company c, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", c.name());
    fields.put("roles", labels(c.roles()));
    fields.put("country", c.country());
    putIfPresent(fields, "parent", c.parent() == null ? null : name(c.parent()));
    String summary = c.name() + " (" + labels(c.roles()) + ", " + c.country() + ")";
    return new FactSummary(c.id(), "company", summary, fields, c.sources(), location);
  }

  private FactSummary stake(Stake s, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("holder", name(s.holder()));
    fields.put("company", name(s.company()));
    fields.put("percent", s.percent().stripTrailingZeros().toPlainString() + " %");
    fields.put("status", s.status().label());
    fields.put("as of", s.asOf().toString());
    putIfPresent(fields, "supersedes", s.supersedes());
    putIfPresent(fields, "note", s.note());
    String summary = name(s.holder()) + " holds " + s.percent().stripTrailingZeros().toPlainString() + " % of "
        + name(s.company()) + ", " + s.status().label() + ", as of " + s.asOf();
    return new FactSummary(s.id(), "stake", summary, fields, s.sources(), location);
  }

  private FactSummary chip(Chip c, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("vendor", name(c.vendor()));
    fields.put("name", c.name());
    fields.put("kind", c.kind().label());
    fields.put("workloads", labels(c.workloads()));
    fields.put("status", c.status().label());
    fields.put("announced", c.announced().toString());
    putIfPresent(fields, "note", c.note());
    String summary = name(c.vendor()) + " " + c.name() + ": " + c.kind().label() + " for " + labels(c.workloads())
        + ", " + c.status().label() + ", announced " + c.announced();
    return new FactSummary(c.id(), "chip", summary, fields, c.sources(), location);
  }

  private FactSummary financials(Financials f, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("company", name(f.company()));
    fields.put("period", f.period());
    fields.put("revenue", Money.usd(f.revenueUsd()));
    fields.put("net income", Money.usd(f.netIncomeUsd()));
    putIfPresent(fields, "commitments", f.commitmentsUsd() == null ? null : Money.usd(f.commitmentsUsd()));
    putIfPresent(fields, "note", f.note());
    String summary = name(f.company()) + " " + f.period() + ": revenue " + Money.usd(f.revenueUsd()) + ", net income "
        + Money.usd(f.netIncomeUsd())
        + (f.commitmentsUsd() == null ? "" : ", commitments " + Money.usd(f.commitmentsUsd()));
    return new FactSummary(f.id(), "financials", summary, fields, f.sources(), location);
  }

  private FactSummary event(Event e, String location) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("date", e.date().toString());
    fields.put("kind", e.kind().label());
    fields.put("subject", e.subject());
    putIfPresent(fields, "leaving", e.leaving() == null ? null : name(e.leaving()));
    putIfPresent(fields, "note", e.note());
    String summary = e.date() + ": " + e.kind().label() + " (" + e.subject() + ")";
    return new FactSummary(e.id(), "event", summary, fields, e.sources(), location);
  }

  private String name(String companyId) {
    return byId.get(companyId) instanceof Company c ? c.name() : companyId;
  }

  private static String gw(BigDecimal capacity) {
    return capacity.stripTrailingZeros().toPlainString() + " GW";
  }

  private static String labels(List<? extends Labeled> values) {
    return values.stream().map(Labeled::label).collect(Collectors.joining(", "));
  }

  private static void putIfPresent(Map<String, String> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, value.toString());
    }
  }
}
