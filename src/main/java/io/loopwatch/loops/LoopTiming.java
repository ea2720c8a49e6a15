package io.loopwatch.loops;

/**
 * When a loop's deals were made, as far as money going round is concerned; part of a {@link Loop}.
 *
 * @param dateOrder the quickest trip round the loop in date order, or null when the deals' dates
 *     allow none: the loop is structural, a cycle on paper that money could not have followed
 * @param anyOrderDays the fewest days that hold a deal of every link, in any order ({@link
 *     Long#MAX_VALUE} when a link has no dated deal): how close together the deals were made, which
 *     is what a swap of purchases is judged by
 */
public record LoopTiming(DateOrder dateOrder, long anyOrderDays) {

  static LoopTiming of(java.util.List<LoopLink> links) {
    LoopDates dates = new LoopDates(links);
    return new LoopTiming(dates.dateOrder(), dates.anyOrderDays());
  }
}
