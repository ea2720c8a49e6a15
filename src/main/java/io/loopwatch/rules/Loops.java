package io.loopwatch.rules;

import io.loopwatch.loops.DateOrder;
import io.loopwatch.loops.Loop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a loop alert says about money and time, worded so that it never claims more than the deals
 * do: a figure binds only where binding deals of disclosed size carry it on every link; anything
 * else is "at most", "up to", "not yet binding" or "undisclosed"; a loop closes only when money can
 * follow its deals in date order. One wording for every loop rule, so that they agree.
 */
public final class Loops {

  private Loops() {}

  /**
   * {@code USD 40 B can go all the way round, all of it binding (3 of 3 links binding)}, or
   * {@code at most USD 20 B can go all the way round, of which USD 1 M binding and up to USD 20 B
   * not yet binding (2 of 2 links binding)}, or {@code at most USD 2 B can go all the way round,
   * none of it known to be binding (1 of 2 links binding, 1 undisclosed)}. A link counts as binding
   * when a binding deal of disclosed size is on it ({@code LoopLink.isBinding()}). A link with an
   * undisclosed deal beside disclosed ones ({@code 1 partly undisclosed}) sets no ceiling, and where a
   * binding deal is undisclosed the binding figure is a floor ({@code of which at least USD 1 B
   * binding}).
   */
  public static String money(Loop loop) {
    BigDecimal roundTrip = loop.roundTripUsd();
    BigDecimal atMost = loop.atMostUsd();
    String amount;
    if (loop.undisclosedLinks() == loop.length()) {
      amount = "no amount on any link is disclosed";
    } else if (!loop.hasCeiling()) {
      // Every link has an undisclosed deal: none caps what goes round; binding money is only a floor.
      amount = "no link's deals are all disclosed, so nothing caps what can go all the way round"
          + (loop.undisclosedLinks() == 0 && roundTrip.signum() > 0
              ? "; at least " + Money.usd(roundTrip) + " of it binding"
              : ", none of it known to be binding");
    } else if (loop.undisclosedLinks() > 0) {
      // An undisclosed link may carry anything up to the others: nothing is known to go round.
      amount = "at most " + Money.usd(atMost) + " can go all the way round, none of it known to be binding";
    } else if (roundTrip.signum() > 0 && roundTrip.compareTo(atMost) == 0) {
      amount = Money.usd(roundTrip) + " can go all the way round, all of it binding";
    } else if (roundTrip.signum() > 0) {
      // A binding deal of undisclosed size may bind more than the disclosed ones: then a floor.
      amount = "at most " + Money.usd(atMost) + " can go all the way round, of which "
          + (loop.isRoundTripAFloor() ? "at least " : "") + Money.usd(roundTrip)
          + " binding and up to " + Money.usd(loop.unboundUsd()) + " not yet binding";
    } else {
      // A binding deal of undisclosed size on a link may carry all of it: then nothing is known.
      amount = "at most " + Money.usd(atMost) + " can go all the way round, none of it "
          + (loop.isRoundTripAFloor() ? "known to be " : "") + "binding";
    }
    String undisclosed = (loop.undisclosedLinks() == 0 ? "" : ", " + loop.undisclosedLinks() + " undisclosed")
        + (loop.partlyDisclosedLinks() == 0 ? "" : ", " + loop.partlyDisclosedLinks() + " partly undisclosed")
        + (loop.boundByUndisclosedLinks() == 0 ? ""
            : "; " + loop.boundByUndisclosedLinks() + " more " + (loop.boundByUndisclosedLinks() == 1 ? "has" : "have")
                + " a binding deal of undisclosed size");
    return amount + " (" + loop.bindingLinks() + " of " + loop.length() + " links binding" + undisclosed + ")";
  }

  /**
   * The loop's companies by name in the order money travels, back to the first: {@code NVIDIA →
   * OpenAI → Oracle → NVIDIA}. {@link Loop#path()} gives the ids, for keys and logs.
   */
  public static String path(Loop loop) {
    List<String> round = new ArrayList<>(loop.companies());
    round.add(loop.companies().get(0));
    return Names.inOrder(round, " → ");
  }

  /**
   * {@code it closes in date order: money can leave NVIDIA on 2025-05-20 and be back by 2026-01-10 (235
   * days)}, or {@code
   * structural: no date order of its deals lets money go round} or {@code structural: in date order
   * the money takes 500 days to go round, more than the window of 365 days}.
   *
   * @param windowDays the most days money may take to go round for the loop to close
   */
  public static String timing(Loop loop, int windowDays) {
    DateOrder order = loop.dateOrder();
    if (order == null) {
      return "structural: no date order of its deals lets money go round";
    }
    if (!loop.closesWithin(windowDays)) {
      return "structural: in date order the money takes " + order.days() + " days to go round, more than the window of "
          + windowDays + " days";
    }
    return "it closes in date order: money can leave " + Names.of(order.startsAt()) + " on " + order.first()
        + " and be back by " + order.last() + " (" + order.days() + " days)";
  }
}
