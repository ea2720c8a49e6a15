package io.loopwatch.derived;

import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.Investment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a piece of news is about, for every id some event names that is among the facts: the deal
 * or company itself and the companies it concerns (a deal's two parties, or the company).
 */
public record Subject(String id, Fact fact, List<String> parties) implements Derived {

  public Subject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fact, "fact");
    parties = List.copyOf(parties);
  }

  @Override
  public String key() {
    return "subject:" + id;
  }

  /** The deal, as a list of one, or empty when the news is about a company. */
  public List<Deal> deals() {
    return fact instanceof Deal deal ? List.of(deal) : List.of();
  }

  /**
   * The amount of the investment the news is about; zero when it is about something else, and
   * {@code null} when the investment's amount was not disclosed (which reaches no tier of a grade).
   */
  public BigDecimal investmentUsd() {
    return fact instanceof Investment investment ? investment.amountUsd() : BigDecimal.ZERO;
  }

  /**
   * By what it is about, which equal subjects share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
