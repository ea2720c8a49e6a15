package io.loopwatch.facts;

/**
 * A fact that moves money from one company to another: an investment (investor to investee) or a
 * supply deal (buyer to supplier). The money loops follow {@link #from()} to {@link #to()}.
 */
public sealed interface Deal extends Fact permits Investment, SupplyDeal {

  /** The company the money comes from: the investor, or the buyer. */
  String from();

  /** The company the money goes to: the investee, or the supplier. */
  String to();

  /** The deal's value in US dollars, {@code null} where it was not disclosed. */
  java.math.BigDecimal amountUsd();

  /** True when the deal's value is public: sums must never read an undisclosed one as zero. */
  boolean isDisclosed();

  /** The id of the earlier deal of the same kind this one replaces, or null. */
  String supersedes();

  DealStatus status();

  /** True unless the deal was cancelled: it still counts as a link between companies. */
  boolean isLive();
}
