package io.loopwatch.loops;

import io.loopwatch.facts.Labeled;

/** Why money moves along a link: an investment (investor to investee) or a purchase (buyer to supplier). */
public enum EdgeKind implements Labeled {
  INVESTMENT,
  SUPPLY
}
