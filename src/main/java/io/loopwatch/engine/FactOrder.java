package io.loopwatch.engine;

import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one order in which a session receives the facts of a set, whatever order they arrived in:
 * by kind (companies, investments, supply deals, chips, financials, events), then by id.
 *
 * <p>Rules that collect facts ({@code from collect}) see them in the order Drools holds them, and
 * list them in that order in messages and evidence. An evaluation inserts the facts in this order,
 * and a live session re-presents its facts in this order after every change, so both list
 * collected facts alike and a session ends with exactly the alerts of an evaluation.
 */
final class FactOrder {

  private static final Comparator<Object> BY_ID = Comparator.comparing(FactIds::of);

  private FactOrder() {}

  static List<Object> of(FactSet facts) {
    List<Object> ordered = new ArrayList<>(facts.size());
    Stream.of(facts.companies(), facts.investments(), facts.supplyDeals(), facts.chips(), facts.financials(),
            facts.events())
        .forEach(kind -> kind.stream().map(Object.class::cast).sorted(BY_ID).forEach(ordered::add));
    return ordered;
  }
}
