package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a deal or a company.
 *
 * @param subject the id of the deal or company it happened to
 */
public record Event(
    String id, LocalDate date, EventKind kind, String subject, String note, List<Source> sources)
    implements Fact {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    sources = List.copyOf(sources);
  }

  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.of(date);
  }

  /** None: its subject may be a deal or a company. */
  @Override
  public List<String> parties() {
    return List.of();
  }

  /**
   * By id alone, which equal facts share: Drools hashes the facts it matches, and a record's own
   * hash would walk every field, sources included, each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
