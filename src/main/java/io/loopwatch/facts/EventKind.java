package io.loopwatch.facts;

/** Things that happen to a deal or a company and change how fragile a loop is. */
public enum EventKind implements Labeled {
  NEGOTIATION_STALLED,
  DENIAL,
  COMMITMENT_CUT,
  COMMITMENT_RAISED,
  EXPLORING_ALTERNATIVES,
  SUPPLY_SHORTAGE,
  FUNDING_ROUND,
  IPO_PLANNED,
  MARKET_WARNING,
  RIFT_REPORTED
}
