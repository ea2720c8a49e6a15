package io.loopwatch.loops;

import io.loopwatch.facts.Labeled;

/**
 * What kind of money goes round a loop, which decides the risk it stands for and so the rule that
 * speaks about it. Every loop has exactly one shape: a loop with both kinds of link always has a
 * company that is paid in purchases and invests onwards, a hub.
 */
public enum LoopShape implements Labeled {
  /** A company invests into the loop and is paid back by it in purchases (it has {@link Loop#hubs()}). */
  VENDOR_FINANCED,
  /** Every deal is an investment: A holds B, B holds A (cross or circular shareholding). */
  CROSS_SHAREHOLDING,
  /** Every deal is a purchase: A buys from B, B buys from A (revenue that can be round-tripped). */
  PURCHASES_ONLY
}
