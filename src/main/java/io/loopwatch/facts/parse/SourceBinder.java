package io.loopwatch.facts.parse;

import io.loopwatch.facts.Source;
import java.time.LocalDate;

/** Reads a source: {@code publisher}, {@code date}, optional {@code url}. */
final class SourceBinder {

  private SourceBinder() {}

  static Source bind(Fields in) {
    String publisher = in.text("publisher");
    LocalDate date = in.date("date");
    String url = in.optionalText("url");
    return in.complete() ? new Source(publisher, date, url) : null;
  }
}
