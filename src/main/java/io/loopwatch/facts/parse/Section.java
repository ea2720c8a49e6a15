package io.loopwatch.facts.parse;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One top-level list of a fact file, and everything the loader and the checks need to know about
 * its kind of fact. The table of sections is the schema's single source of truth.
 *
 * @param name the top-level key, also the start of every path into the section
 * @param noun the kind of fact, for messages: {@code supply deal}
 * @param keyField the field that identifies the fact, where a duplicate is reported
 */
record Section<T>(
    String name,
    String noun,
    String keyField,
    Function<Fields, T> binder,
    Function<FactSet, List<T>> inFacts,
    Function<T, String> key,
    BiConsumer<FactSet.Builder, T> add) {

  static final Section<Company> COMPANIES = new Section<>("companies", "company", "id",
      CompanyBinder::bind, FactSet::companies, Company::id, FactSet.Builder::add);
  static final Section<Investment> INVESTMENTS = new Section<>("investments", "investment",
      "id", InvestmentBinder::bind, FactSet::investments, Investment::id, FactSet.Builder::add);
  static final Section<SupplyDeal> SUPPLY_DEALS = new Section<>("supplyDeals", "supply deal",
      "id", SupplyDealBinder::bind, FactSet::supplyDeals, SupplyDeal::id, FactSet.Builder::add);
  static final Section<Stake> STAKES = new Section<>("stakes", "stake", "id",
      StakeBinder::bind, FactSet::stakes, Stake::id, FactSet.Builder::add);
  static final Section<Chip> CHIPS = new Section<>("chips", "chip", "id",
      ChipBinder::bind, FactSet::chips, Chip::id, FactSet.Builder::add);
  static final Section<Financials> FINANCIALS = new Section<>("financials",
      "financials record", "period",
      FinancialsBinder::bind, FactSet::financials, Financials::id, FactSet.Builder::add);
  static final Section<Event> EVENTS = new Section<>("events", "event", "id",
      EventBinder::bind, FactSet::events, Event::id, FactSet.Builder::add);

  /** In the order facts are added and documented. */
  static final List<Section<?>> ALL =
      List.of(COMPANIES, INVESTMENTS, SUPPLY_DEALS, STAKES, CHIPS, FINANCIALS, EVENTS);

  static Optional<Section<?>> named(String name) {
    return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
  }

  static List<String> names() {
    return ALL.stream().map(Section::name).collect(Collectors.toList());
  }

  /** The noun with its article: {@code an investment}. */
  String aNoun() {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** True for sections whose keys share one namespace of ids; financials have their own key. */
  boolean hasId() {
    return keyField.equals("id");
  }

  /** The facts of this section with their keys, typed, so callers need no casts. */
  List<Keyed> keyed(FactSet facts) {
    return inFacts.apply(facts).stream()
        .map(fact -> new Keyed(this, fact, key.apply(fact)))
        .collect(Collectors.toList());
  }

  /** A fact, the section it belongs to, and its key. */
  record Keyed(Section<?> section, Object fact, String key) {}
}
