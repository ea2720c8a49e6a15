package io.loopwatch.kafka;

import java.util.Optional;

/**
 * A record key: the universe (a watchlist, a desk, a scenario: one independent deal web) and the id
 * within it, written {@code universe/id}. The universe is everything before the first slash, so a
 * fact id may hold slashes ({@code company/period} for financials) and a universe may not.
 */
public record UniverseKey(String universe, String id) {

  public UniverseKey {
    if (universe.isEmpty() || universe.indexOf('/') >= 0) {
      throw new IllegalArgumentException("a universe is a non-empty name without '/': " + universe);
    }
    if (id.isEmpty()) {
      throw new IllegalArgumentException("an id must not be empty");
    }
  }

  /** The key, or empty when it is null or not of the form {@code universe/id}. */
  public static Optional<UniverseKey> parse(String key) {
    int slash = key == null ? -1 : key.indexOf('/');
    if (slash <= 0 || slash == key.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new UniverseKey(key.substring(0, slash), key.substring(slash + 1)));
  }

  /** The universe of a key, or the whole key when it has none: what partitions go by. */
  static String universeOf(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? key : key.substring(0, slash);
  }

  @Override
  public String toString() {
    return universe + "/" + id;
  }
}
