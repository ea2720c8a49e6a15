package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rule that bars a chip from some destinations from a date on: the US BIS rule of 2023-10-17
 * keeps advanced GPUs out of China and Macau. Written on each chip it catches, since such rules
 * name chips by their performance, not by their vendor.
 *
 * @param barred destinations the chip may not be sold to, as ISO 3166-1 alpha-2 codes (CN, MO)
 * @param from the first day the bar applies
 * @param note optional analyst remark: what the rule is called, which destinations it leaves out
 */
public record ExportControl(List<String> barred, LocalDate from, String note, List<Source> sources) {

  public ExportControl {
    barred = List.copyOf(barred);
    Objects.requireNonNull(from, "from");
    sources = List.copyOf(sources);
  }

  /** True when this bars sales to a company in {@code country} on {@code date}. */
  public boolean bars(String country, LocalDate date) {
    return !from.isAfter(date) && barred.contains(country);
  }
}
