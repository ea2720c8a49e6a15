package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who reported a fact and when. Every fact that states something about the world carries at least
 * one, so that an alert can always be traced back to a publication.
 *
 * @param url optional link to the publication
 */
public record Source(String publisher, LocalDate date, String url) {

  public Source {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
  }

  /** {@code Reuters, 2026-02-03}. */
  public String cite() {
    return publisher + ", " + date;
  }
}
