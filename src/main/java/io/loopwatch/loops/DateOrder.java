package io.loopwatch.loops;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The quickest way money could follow a loop's deals in date order: starting with a deal that
 * {@code startsAt} makes on {@code first}, each next link through a deal dated no earlier than the
 * one before it, the last dated {@code last}. A loop without one only exists on paper: some link
 * would carry money back before it was sent.
 *
 * @param startsAt the company that pays first
 * @param first the date of the first deal (its announcement)
 * @param last the date of the deal that brings the money back to {@code startsAt}
 */
public record DateOrder(String startsAt, LocalDate first, LocalDate last) {

  public DateOrder {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a date order ends no earlier than it starts: " + first + " to " + last);
    }
  }

  /** Days from the first deal to the last. */
  public long days() {
    return ChronoUnit.DAYS.between(first, last);
  }
}
