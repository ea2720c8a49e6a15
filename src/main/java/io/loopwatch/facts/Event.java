package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a deal or a company.
 *
 * @param subject the id of the deal or company it happened to
 * @param leaving optional, for {@link EventKind#EXPLORING_ALTERNATIVES} only: the id of the vendor
 *     whose products the subject is looking to replace; null when the news does not say, and then
 *     every vendor the subject buys from is warned
 */
public record Event(
    String id, LocalDate date, EventKind kind, String subject, String leaving, String note, List<Source> sources)
    implements Fact {

  /** An event that names no vendor being left. */
  public Event(String id, LocalDate date, EventKind kind, String subject, String note, List<Source> sources) {
    this(id, date, kind, subject, null, note, sources);
  }

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

  /** True when it concerns this vendor: it names no vendor being left, or names this one. */
  public boolean concernsVendor(String vendor) {
    return leaving == null || leaving.equals(vendor);
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
