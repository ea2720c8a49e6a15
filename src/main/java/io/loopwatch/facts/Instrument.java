package io.loopwatch.facts;

/** How an investment is made. Warrants and backstops given to customers deserve extra scrutiny. */
public enum Instrument implements Labeled {
  EQUITY,
  WARRANT,
  CONVERTIBLE,
  DEBT,
  CAPACITY_BACKSTOP,
  GUARANTEE,
  REVENUE_SHARE
}
