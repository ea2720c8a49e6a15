package io.loopwatch.rules;

import java.time.LocalDate;
import java.util.Objects;

/** The date an evaluation looks at the world; one per session, so rules can measure time. */
public record AsOf(LocalDate date) {

  public AsOf {
    Objects.requireNonNull(date, "date");
  }
}
