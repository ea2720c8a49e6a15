package io.loopwatch.facts.parse;

import io.loopwatch.facts.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each value that many facts repeat: company ids in deals, publishers, countries,
 * dates. A million deals otherwise hold millions of equal strings and dates, a third of the
 * memory the loaded facts take. Shared by the files read side by side, hence concurrent maps.
 * Values are only ever compared with equals, so which copy a fact holds makes no difference.
 */
final class SharedValues {

  // Sized for a large load from the start: growing a concurrent map while two threads fill it
  // showed up in profiles, and a few thousand empty slots cost nothing next to the facts.
  private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>(1 << 14);
  private final ConcurrentHashMap<LocalDate, LocalDate> dates = new ConcurrentHashMap<>(1 << 12);
  private final ConcurrentHashMap<List<Source>, List<Source>> sourceLists = new ConcurrentHashMap<>(1 << 12);

  String text(String value) {
    return shared(texts, value);
  }

  LocalDate date(LocalDate value) {
    return shared(dates, value);
  }

  /**
   * One copy of each list of sources without links: many deals cite the same publisher on the same
   * day, and a list and its sources cost a deal as much as its amount and dates. A source with a
   * link is usually one of a kind, so such lists are kept as they are rather than filling the map.
   * The copy is immutable, so a record's {@code List.copyOf} keeps it as it is.
   */
  List<Source> sources(List<Source> sources) {
    for (Source source : sources) {
      if (source.url() != null) {
        return sources;
      }
    }
    return shared(sourceLists, List.copyOf(sources));
  }

  private static <T> T shared(ConcurrentHashMap<T, T> copies, T value) {
    if (value == null) {
      return null;
    }
    // get first: for a value seen before, which is most, it takes no lock.
    T copy = copies.get(value);
    if (copy != null) {
      return copy;
    }
    copy = copies.putIfAbsent(value, value);
    return copy == null ? value : copy;
  }
}
