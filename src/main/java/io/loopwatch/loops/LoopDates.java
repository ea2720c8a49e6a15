package io.loopwatch.loops;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a loop's deals, link by link, sorted, and what they allow: money going round in date
 * order ({@link #dateOrder()}), or all the links' deals falling close together in any order ({@link
 * #anyOrderDays()}). Worked out once, when the loop is made, so that rules compare a number with a
 * threshold instead of walking deals.
 */
final class LoopDates {

  private final List<String> payers;
  /** For each link, its deals' dates, sorted; a deal without a date is left out. */
  private final LocalDate[][] dates;

  LoopDates(List<LoopLink> links) {
    payers = links.stream().map(LoopLink::from).toList();
    dates = links.stream()
        .map(link -> link.edges().stream().map(LoopEdge::announced).filter(Objects::nonNull).sorted()
            .toArray(LocalDate[]::new))
        .toArray(LocalDate[][]::new);
  }

  /**
   * The shortest trip round the loop in date order, starting at any link with any of its deals and
   * taking at each next link the earliest deal dated no earlier than the last (which leaves the
   * most room for the links after it); null when no start gets all the way round. Ties go to the
   * earliest start, then to the first link.
   */
  DateOrder dateOrder() {
    DateOrder best = null;
    int n = dates.length;
    for (int start = 0; start < n; start++) {
      for (LocalDate first : dates[start]) {
        LocalDate last = first;
        for (int step = 1; step < n && last != null; step++) {
          last = earliestFrom(dates[(start + step) % n], last);
        }
        if (last != null && (best == null || isBetter(first, last, best))) {
          best = new DateOrder(payers.get(start), first, last);
        }
      }
    }
    return best;
  }

  /**
   * The fewest days that hold a deal of every link, whatever their order: how close together the
   * loop's deals were made. {@link Long#MAX_VALUE} when a link has no dated deal.
   */
  long anyOrderDays() {
    long best = Long.MAX_VALUE;
    for (LocalDate[] link : dates) {
      for (LocalDate from : link) {
        LocalDate to = from;
        for (LocalDate[] other : dates) {
          LocalDate next = earliestFrom(other, from);
          if (next == null) {
            to = null;
            break;
          }
          to = next.isAfter(to) ? next : to;
        }
        if (to != null) {
          best = Math.min(best, ChronoUnit.DAYS.between(from, to));
        }
      }
    }
    return best;
  }

  private static boolean isBetter(LocalDate first, LocalDate last, DateOrder best) {
    long days = ChronoUnit.DAYS.between(first, last);
    return days < best.days() || (days == best.days() && first.isBefore(best.first()));
  }

  /** The earliest date on or after {@code from}, or null. */
  private static LocalDate earliestFrom(LocalDate[] sorted, LocalDate from) {
    int at = Arrays.binarySearch(sorted, from);
    if (at < 0) {
      at = -at - 1;
    } else {
      while (at > 0 && sorted[at - 1].equals(from)) {
        at--;
      }
    }
    return at < sorted.length ? sorted[at] : null;
  }
}
