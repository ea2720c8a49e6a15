package io.loopwatch.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything known about the deal network at one time: the input of an evaluation. Immutable;
 * build one with {@link FactFiles#load} or {@link #builder()}.
 *
 * @param locations where each fact was written, by fact id ({@link Fact#id()}: {@code
 *     company/period} for financials); empty for facts built in code
 */
public record FactSet(
    List<Company> companies,
    List<Investment> investments,
    List<SupplyDeal> supplyDeals,
    List<Stake> stakes,
    List<Chip> chips,
    List<Financials> financials,
    List<Event> events,
    Map<String, FileLocation> locations) {

  public FactSet {
    companies = List.copyOf(companies);
    investments = List.copyOf(investments);
    supplyDeals = List.copyOf(supplyDeals);
    stakes = List.copyOf(stakes);
    chips = List.copyOf(chips);
    financials = List.copyOf(financials);
    events = List.copyOf(events);
    // A hash map rather than Map.copyOf: an immutable map of a million entries probes and
    // compares keys to build, which a hash map's copy does not, and every load builds one.
    if (!(locations instanceof HandedOver)) {
      locations.forEach((id, location) -> {
        if (id == null || location == null) {
          throw new NullPointerException("a location with no fact id or no place: " + id + " -> " + location);
        }
      });
      locations = new HashMap<>(locations);
    }
    locations = Collections.unmodifiableMap(locations);
  }

  public static FactSet empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every fact, in a stable order: companies first, then deals, stakes, chips, financials and events. */
  public Stream<Fact> all() {
    return Stream.of(companies, investments, supplyDeals, stakes, chips, financials, events)
        .flatMap(List::stream);
  }

  public int size() {
    return companies.size()
        + investments.size()
        + supplyDeals.size()
        + stakes.size()
        + chips.size()
        + financials.size()
        + events.size();
  }

  public Optional<FileLocation> locationOf(String factId) {
    return Optional.ofNullable(locations.get(factId));
  }

  public Optional<Company> company(String id) {
    return companies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This fact set and another, as one. Nothing is checked here; see {@link FactSetValidator}. */
  public FactSet plus(FactSet other) {
    return builder().addAll(this).addAll(other).build();
  }

  /** Collects facts; {@link #build()} makes the immutable set. */
  public static final class Builder {
    private final List<Company> companies = new ArrayList<>();
    private final List<Investment> investments = new ArrayList<>();
    private final List<SupplyDeal> supplyDeals = new ArrayList<>();
    private final List<Stake> stakes = new ArrayList<>();
    private final List<Chip> chips = new ArrayList<>();
    private final List<Financials> financials = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private HandedOver locations = new HandedOver();
    /** True once {@link #build} gave the map away: the next change works on a copy. */
    private boolean handedOver;

    private Builder() {}

    public Builder add(Company company) {
      companies.add(company);
      return this;
    }

    public Builder add(Investment investment) {
      investments.add(investment);
      return this;
    }

    public Builder add(SupplyDeal deal) {
      supplyDeals.add(deal);
      return this;
    }

    public Builder add(Stake stake) {
      stakes.add(stake);
      return this;
    }

    public Builder add(Chip chip) {
      chips.add(chip);
      return this;
    }

    public Builder add(Financials record) {
      financials.add(record);
      return this;
    }

    public Builder add(Event event) {
      events.add(event);
      return this;
    }

    /**
     * Adds a fact of any of the seven kinds, for callers that hold them as {@link Fact}s (a live
     * session's facts, a test's shuffled list). Each kind has its own list, so this is the one
     * place that asks which kind a fact is.
     */
    public Builder addFact(Fact fact) {
      Objects.requireNonNull(fact, "fact");
      if (fact instanceof Company c) {
        return add(c);
      } else if (fact instanceof Investment i) {
        return add(i);
      } else if (fact instanceof SupplyDeal d) {
        return add(d);
      } else if (fact instanceof Stake s) {
        return add(s);
      } else if (fact instanceof Chip c) {
        return add(c);
      } else if (fact instanceof Financials f) {
        return add(f);
      }
      return add((Event) fact);
    }

    /** Records where a fact was written, so that alerts and errors can point to it. */
    public Builder locate(String factId, FileLocation location) {
      ownLocations().put(Objects.requireNonNull(factId, "factId"), Objects.requireNonNull(location, "location"));
      return this;
    }

    public Builder addAll(FactSet facts) {
      companies.addAll(facts.companies());
      investments.addAll(facts.investments());
      supplyDeals.addAll(facts.supplyDeals());
      stakes.addAll(facts.stakes());
      chips.addAll(facts.chips());
      financials.addAll(facts.financials());
      events.addAll(facts.events());
      ownLocations().putAll(facts.locations());
      return this;
    }

    public FactSet build() {
      handedOver = true;
      return new FactSet(companies, investments, supplyDeals, stakes, chips, financials, events, locations);
    }

    private HandedOver ownLocations() {
      if (handedOver) {
        HandedOver copy = new HandedOver();
        copy.putAll(locations);
        locations = copy;
        handedOver = false;
      }
      return locations;
    }
  }

  /**
   * A builder's map of locations, given to the set it builds rather than copied: nothing else holds
   * it, and its keys and values were checked as they went in. On ten million facts a copy is most of
   * a gigabyte at the moment memory is shortest.
   */
  private static final class HandedOver extends HashMap<String, FileLocation> {
    private static final long serialVersionUID = 1L;
  }
}
