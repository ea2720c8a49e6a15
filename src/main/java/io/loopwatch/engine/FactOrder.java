package io.loopwatch.engine;

import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

  private FactOrder() {}

  /** Only the facts wanted, in that order: a million facts no rule matches need no sorting. */
  static List<Fact> of(FactSet facts, Predicate<Fact> wanted) {
    List<Fact> ordered = new ArrayList<>();
    Stream.of(facts.companies(), facts.investments(), facts.supplyDeals(), facts.stakes(), facts.chips(), facts.financials(),
            facts.events())
        .forEach(kind -> {
          List<Fact> some = new ArrayList<>();
          kind.forEach(fact -> {
            if (wanted.test(fact)) {
              some.add(fact);
            }
          });
          some.sort(FactOrder::byId);
          ordered.addAll(some);
        });
    return ordered;
  }

  private static int byId(Fact a, Fact b) {
    return a.id().compareTo(b.id());
  }
}
