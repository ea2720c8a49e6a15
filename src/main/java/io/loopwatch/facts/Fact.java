package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One of the seven kinds of fact an evaluation takes. What every kind answers the same way is
 * declared here once, so code that only needs a fact's id, its date or the companies it names does
 * not ask which kind it holds.
 *
 * <p>Rules match the records themselves ({@code Investment(amountUsd > …)}); these methods add no
 * record component, so a rule sees the same fields as before.
 */
public sealed interface Fact permits Company, Deal, Stake, Chip, Financials, Event {

  /** The id the fact is known by, unique among all facts: {@code company/period} for financials. */
  String id();

  /**
   * The day the fact became known: the day a deal or chip was announced, the date of an event,
   * the day a stake was held;
   * empty for companies and financials, which are known on every date. An as-of evaluation leaves
   * out facts known only after its date ({@link AsOfFilter}).
   */
  Optional<LocalDate> knownFrom();

  /** True when the fact was known on the date: it has no date, or its date is not after it. */
  default boolean isKnownOn(LocalDate date) {
    return knownFrom().map(from -> !from.isAfter(date)).orElse(true);
  }

  /**
   * The ids of the companies the fact names, besides itself: a deal's two sides, a chip's vendor,
   * the company financials belong to, a company's parent. An event names its subject, which may be
   * a deal or a company, so it lists none here.
   */
  List<String> parties();
}
