package io.loopwatch.engine;

import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one order in which a session receives the facts of a set, whatever order they arrived in:
 * by kind (companies, investments, supply deals, chips, financials, events), then by id.
 *
 * <p>Rules that collect facts ({@code from collect}) see them in the order Drools holds them. An
 * evaluation inserts the facts in this order so that it does not depend on the order of the
 * files; a live session receives them in any order, so what a rule shows of a collection must not
 * depend on it either: evidence lists collected facts by id ({@code EvidenceOrder}), and rules
 * sort what they print.
 */
final class FactOrder {

  private static final Comparator<Fact> BY_ID = Comparator.comparing(Fact::id);

  private FactOrder() {}

  static List<Fact> of(FactSet facts) {
    List<Fact> ordered = new ArrayList<>(facts.size());
    Stream.of(facts.companies(), facts.investments(), facts.supplyDeals(), facts.chips(), facts.financials(),
            facts.events())
        .forEach(kind -> kind.stream().map(Fact.class::cast).sorted(BY_ID).forEach(ordered::add));
    return ordered;
  }
}
