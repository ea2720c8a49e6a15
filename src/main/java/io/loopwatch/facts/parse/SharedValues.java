package io.loopwatch.facts.parse;

import java.time.LocalDate;
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

  String text(String value) {
    return shared(texts, value);
  }

  LocalDate date(LocalDate value) {
    return shared(dates, value);
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
