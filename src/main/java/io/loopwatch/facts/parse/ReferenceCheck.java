package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks that every id a fact refers to names a fact of the right kind, and that no deal is
 * between a company and itself. Runs on the merged facts, since references cross files.
 */
public final class ReferenceCheck {

  private static final List<Section<?>> SUBJECTS =
      List.of(Section.COMPANIES, Section.INVESTMENTS, Section.SUPPLY_DEALS, Section.CHIPS);

  private final FactSet facts;
  private final Positions positions;
  private final Predicate<String> alsoKnown;
  /**
   * The ids of each kind of fact, made when first needed. Most references name companies, and a
   * table of the companies alone is a fraction of one of every id: with a million deals, looking
   * references up in one table of every id was most of the time this check took. By identity,
   * since there is one of each section, and a record's hash walks every component.
   */
  private final Map<Section<?>, Set<String>> idsByKind = new IdentityHashMap<>();
  private final List<Diagnostic> found = new ArrayList<>();
  private Map<String, Stake> stakesById;

  private ReferenceCheck(FactSet facts, Positions positions, Predicate<String> alsoKnown) {
    this.facts = facts;
    this.positions = positions;
    this.alsoKnown = alsoKnown;
  }

  /**
   * @param alsoKnown ids of facts that were written but had errors of their own; references to
   *     them are not reported, since fixing the fact fixes the reference
   */
  public static List<Diagnostic> find(FactSet facts, Positions positions, Set<String> alsoKnown) {
    return find(facts, positions, alsoKnown::contains);
  }

  /** @param alsoKnown whether an id that is not among these facts names a fact all the same */
  static List<Diagnostic> find(FactSet facts, Positions positions, Predicate<String> alsoKnown) {
    ReferenceCheck check = new ReferenceCheck(facts, positions, alsoKnown);
    facts.companies().forEach(check::company);
    facts.investments().forEach(check::investment);
    facts.supplyDeals().forEach(check::supplyDeal);
    facts.stakes().forEach(check::stake);
    facts.chips().forEach(check::chip);
    facts.financials().forEach(check::financials);
    facts.events().forEach(check::event);
    return List.copyOf(check.found);
  }

  /** References in facts that could not be bound: unknown ids, or ids of the wrong kind. */
  static List<Diagnostic> findUnbound(
      FactSet facts, List<UnboundReference> unbound, Set<String> alsoKnown) {
    if (unbound.isEmpty()) {
      return List.of();
    }
    ReferenceCheck check = new ReferenceCheck(facts, null, alsoKnown::contains);
    List<Diagnostic> found = new ArrayList<>();
    for (UnboundReference reference : unbound) {
      check.problem(reference.id(), reference.kinds()).ifPresent(m -> found.add(reference.error(m)));
    }
    return found;
  }

  /** What is wrong with a reference to one of these kinds, in the words the bound checks use. */
  private java.util.Optional<String> problem(String id, List<Section<?>> kinds) {
    if (isKnown(id, kinds)) {
      return java.util.Optional.empty();
    }
    if (kinds.size() > 1) {
      return java.util.Optional.of("unknown subject " + Messages.quote(id)
          + Messages.didYouMean(id, idsOf(kinds))
          + "; expected the id of a company, investment, supply deal or chip");
    }
    Section<?> kind = kinds.get(0);
    Section<?> actual = kindOf(id);
    if (actual != null) {
      return java.util.Optional.of(
          Messages.quote(id) + " is " + actual.aNoun() + ", not " + kind.aNoun());
    }
    String suggestion = Messages.didYouMean(id, idsOf(List.of(kind)));
    return java.util.Optional.of("unknown " + kind.noun() + " " + Messages.quote(id)
        + (suggestion.isEmpty() ? "; no " + kind.noun() + " has this id" : suggestion));
  }

  private void company(Company c) {
    if (c.id().equals(c.parent())) {
      report(c, "parent", "a company cannot be its own parent");
    } else {
      expect(c, "parent", c.parent(), Section.COMPANIES);
    }
  }

  private void investment(Investment i) {
    twoCompanies(i, "investor", i.investor(), "investee", i.investee(), "an investment is between two different companies");
    supersedes(i, i.id(), i.supersedes(), Section.INVESTMENTS);
  }

  private void supplyDeal(SupplyDeal d) {
    twoCompanies(d, "buyer", d.buyer(), "supplier", d.supplier(), "a supply deal is between two different companies");
    supersedes(d, d.id(), d.supersedes(), Section.SUPPLY_DEALS);
    for (int i = 0; i < d.chips().size(); i++) {
      String chip = d.chips().get(i);
      if (!isKnownAs(chip, Section.CHIPS)) {
        int index = i;
        problem(chip, List.of(Section.CHIPS))
            .ifPresent(message -> found.add(positions.ofItem(d, "chips", index).error(message)));
      }
    }
  }

  private void stake(Stake s) {
    twoCompanies(s, "holder", s.holder(), "company", s.company(), "a stake is one company's holding in another");
    supersedes(s, s.id(), s.supersedes(), Section.STAKES);
    Stake replaced = s.supersedes() == null ? null : stakes().get(s.supersedes());
    if (replaced != null && !(replaced.holder().equals(s.holder()) && replaced.company().equals(s.company()))) {
      report(s, "supersedes", "a stake replaces an earlier stake of the same holder in the same company; "
          + Messages.quote(replaced.id()) + " is " + Messages.quote(replaced.holder()) + "'s stake in "
          + Messages.quote(replaced.company()) + ", this one " + Messages.quote(s.holder()) + "'s in "
          + Messages.quote(s.company()));
    }
  }

  /** The stakes by id, made when first needed: only stakes that supersede another ask. */
  private Map<String, Stake> stakes() {
    if (stakesById == null) {
      stakesById = new java.util.HashMap<>();
      facts.stakes().forEach(s -> stakesById.putIfAbsent(s.id(), s));
    }
    return stakesById;
  }

  private void chip(Chip c) {
    expect(c, "vendor", c.vendor(), Section.COMPANIES);
  }

  private void financials(Financials f) {
    expect(f, "company", f.company(), Section.COMPANIES);
  }

  private void event(Event e) {
    problem(e.subject(), SUBJECTS).ifPresent(message -> report(e, "subject", message));
    expect(e, "leaving", e.leaving(), Section.COMPANIES);
  }

  /** The two companies a fact is between: both known, and not one company twice (said in {@code why}). */
  private void twoCompanies(Object fact, String fromField, String from, String toField, String to, String why) {
    expect(fact, fromField, from, Section.COMPANIES);
    expect(fact, toField, to, Section.COMPANIES);
    if (from.equals(to)) {
      report(fact, toField, fromField + " and " + toField + " are both " + Messages.quote(from) + "; " + why);
    }
  }

  private void supersedes(Object deal, String id, String supersedes, Section<?> kind) {
    if (id.equals(supersedes)) {
      report(deal, "supersedes", kind.aNoun() + " cannot supersede itself");
    } else {
      expect(deal, "supersedes", supersedes, kind);
    }
  }

  /** Reports a reference that names nothing, or names a fact of another kind. */
  private void expect(Object fact, String field, String id, Section<?> kind) {
    if (id != null && !isKnownAs(id, kind)) {
      problem(id, List.of(kind)).ifPresent(message -> report(fact, field, message));
    }
  }

  /** {@link #isKnown} for one kind, without making a list per reference: a million are checked. */
  private boolean isKnownAs(String id, Section<?> kind) {
    return kindOf(id) == kind || alsoKnown.test(id);
  }

  private boolean isKnown(String id, List<Section<?>> kinds) {
    if (alsoKnown.test(id)) {
      return true;
    }
    Section<?> kind = kindOf(id);
    return kind != null && isOneOf(kind, kinds);
  }

  /**
   * The kind of fact an id names; when several facts of different kinds share it (a duplicate,
   * reported elsewhere), the kind that comes first in {@link Section#ALL}.
   */
  private Section<?> kindOf(String id) {
    for (Section<?> section : Section.ALL) {
      if (section.hasId() && ids(section).contains(id)) {
        return section;
      }
    }
    return null;
  }

  private Set<String> ids(Section<?> kind) {
    return idsByKind.computeIfAbsent(kind, k -> keysOf(k, facts));
  }

  private static <T> Set<String> keysOf(Section<T> section, FactSet facts) {
    List<T> all = section.inFacts().apply(facts);
    Set<String> keys = new HashSet<>(Math.max(16, all.size() * 4 / 3 + 1));
    all.forEach(fact -> keys.add(section.key().apply(fact)));
    return keys;
  }

  /**
   * By identity, since there is one of each section: a record's equals compares every component,
   * and with a million references to check that showed up in profiles.
   */
  private static boolean isOneOf(Section<?> kind, List<Section<?>> kinds) {
    for (Section<?> k : kinds) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  /** The ids whose kind is one of these, sorted, for suggestions; only when something is wrong. */
  private List<String> idsOf(List<Section<?>> kinds) {
    return kinds.stream()
        .flatMap(kind -> ids(kind).stream())
        .distinct()
        .filter(id -> isOneOf(kindOf(id), kinds))
        .sorted()
        .toList();
  }

  private void report(Object fact, String field, String message) {
    found.add(positions.of(fact, field).error(message));
  }
}
