package io.loopwatch.rules;

import io.loopwatch.facts.Stake;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stakes companies hold in each other along a loop, for rules that weigh ownership rather than
 * money: which stake is in force between two companies, and how small the smallest on a loop is. A
 * rule collects the stakes among the loop's companies and hands them here:
 *
 * <pre>
 * $stakes : List() from collect( Stake( isLive(), $loop.contains(holder), $loop.contains(company) ) )
 * ... .grade("shareholding-stake-share", "the smallest stake on the loop", Stakes.smallestShare($loop, $stakes), Unit.SHARE)
 * </pre>
 */
public final class Stakes {

  private static final Comparator<Stake> LATEST =
      Comparator.comparing(Stake::asOf).thenComparing(Stake::id, Comparator.reverseOrder());

  private Stakes() {}

  /**
   * The stake in force of one company in another among these: live, not replaced by another live
   * stake among them ({@code supersedes}), and of those the latest by {@code asOf} (the smallest id
   * on a tie). Empty when none is recorded.
   */
  public static Optional<Stake> inForce(Collection<?> stakes, String holder, String company) {
    List<Stake> live = live(stakes);
    Set<String> replaced = new HashSet<>();
    live.forEach(s -> replaced.add(s.supersedes()));
    return live.stream()
        .filter(s -> s.holder().equals(holder) && s.company().equals(company) && !replaced.contains(s.id()))
        .max(LATEST);
  }

  /** The stakes in force along the loop's links, in path order; links with none recorded are left out. */
  public static List<Stake> onLoop(Loop loop, Collection<?> stakes) {
    List<Stake> found = new ArrayList<>();
    for (LoopLink link : loop.links()) {
      inForce(stakes, link.from(), link.to()).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /**
   * The smallest stake in force on the loop, as a share of 0 to 1, when every link has one; {@code
   * null} when a link has none recorded, since the loop's weakest holding is then unknown (a
   * grade reaches no tier with it).
   */
  public static BigDecimal smallestShare(Loop loop, Collection<?> stakes) {
    List<Stake> found = onLoop(loop, stakes);
    if (found.size() < loop.length()) {
      return null;
    }
    return found.stream().map(Stake::percent).min(BigDecimal::compareTo)
        .map(p -> p.movePointLeft(2)).orElse(null);
  }

  /**
   * {@code Microsoft holds 27 % of OpenAI (as of 2025-10-28), OpenAI 3 % of Microsoft (as of
   * 2026-01-02)}, then {@code ; no stake is recorded on 1 link} where one is missing; the empty
   * string when no link has a stake recorded.
   */
  public static String told(Loop loop, Collection<?> stakes) {
    List<Stake> found = onLoop(loop, stakes);
    if (found.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    boolean first = true;
    for (Stake stake : found) {
      text.append(first ? "" : ", ").append(Names.of(stake.holder()));
      if (isSoldOut(stake)) {
        // "holds 0 % of" would still read as a holding.
        text.append(" has sold its stake in ");
      } else {
        text.append(first ? " holds " : " ").append(stake.percent().stripTrailingZeros().toPlainString()).append(" % of ");
      }
      text.append(Names.of(stake.company())).append(" (").append(stake.status().label()).append(", as of ")
          .append(stake.asOf()).append(')');
      first = false;
    }
    int missing = loop.length() - found.size();
    if (missing > 0) {
      text.append("; no stake is recorded on ").append(missing).append(missing == 1 ? " link" : " links");
    }
    return text.toString();
  }

  /**
   * True when a holder on the loop has sold out (a stake of 0 % in force): the money went round,
   * but the companies no longer hold stakes in each other all the way round.
   */
  public static boolean anySoldOut(Loop loop, Collection<?> stakes) {
    return onLoop(loop, stakes).stream().anyMatch(Stakes::isSoldOut);
  }

  private static boolean isSoldOut(Stake stake) {
    return stake.percent().signum() == 0;
  }

  private static List<Stake> live(Collection<?> stakes) {
    return stakes.stream().filter(Objects::nonNull).filter(Stake.class::isInstance).map(Stake.class::cast)
        .filter(Stake::isLive).toList();
  }
}
